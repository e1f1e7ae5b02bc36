/**
 * A very small schema language: each schema is one value that yields
 *  - its TypeScript type (`Infer<typeof schema>`),
 *  - its JSON Schema (`schema.json`), and
 *  - a validator whose issues name the path and the reason.
 *
 * Why not zod or TypeBox + ajv: the <event-timeline> element validates its input in the
 * browser, so the validator ships in its bundle. This file and the event schema built on it
 * minify to about 2 KB gzipped; zod 4 and ajv cost 5 to 30 times that (see the package README).
 */

/** One problem found in a value: where (`events[3].time.start`) and why. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchema = { [key: string]: unknown };

/** A schema for values of type `T`. */
export interface Schema<T> {
  /** The JSON Schema of this value. */
  readonly json: JsonSchema;
  /**
   * Checks `value`, pushing issues to `issues`. Returns false if anything was wrong.
   * @internal
   */
  check(value: unknown, path: string, issues: IssueSink): boolean;
  /** Phantom field carrying the type; never set. @internal */
  readonly _type?: T;
}

/** Collects issues up to a limit, so 10 MB of junk does not build 10 million messages. */
export class IssueSink {
  readonly issues: ValidationIssue[] = [];
  dropped = 0;
  constructor(readonly limit = 100) {}
  add(path: string, message: string): false {
    if (this.issues.length < this.limit) this.issues.push({ path: path || '(root)', message });
    else this.dropped++;
    return false;
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string, optionally limited by a pattern, a length and a format check. */
export function string(options: {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** Extra check returning an error message, or undefined when fine. */
  refine?: (value: string) => string | undefined;
  format?: string;
  description?: string;
} = {}): Schema<string> {
  const json: JsonSchema = { type: 'string' };
  if (options.description) json.description = options.description;
  if (options.minLength !== undefined) json.minLength = options.minLength;
  if (options.maxLength !== undefined) json.maxLength = options.maxLength;
  if (options.pattern) json.pattern = options.pattern.source;
  if (options.format) json.format = options.format;
  return {
    json,
    check(value, path, issues) {
      if (typeof value !== 'string') return issues.add(path, `expected a string, got ${describe(value)}`);
      if (options.minLength !== undefined && value.length < options.minLength)
        return issues.add(path, options.minLength === 1 ? 'must not be empty' : `must be at least ${options.minLength} characters`);
      if (options.maxLength !== undefined && value.length > options.maxLength)
        return issues.add(path, `must be at most ${options.maxLength} characters, got ${value.length}`);
      if (options.pattern && !options.pattern.test(value)) return issues.add(path, `${describe(value)} does not match ${options.pattern.source}`);
      const problem = options.refine?.(value);
      if (problem) return issues.add(path, problem);
      return true;
    },
  };
}

/** A finite number within optional bounds. */
export function number(options: { minimum?: number; maximum?: number; integer?: boolean; description?: string } = {}): Schema<number> {
  const json: JsonSchema = { type: options.integer ? 'integer' : 'number' };
  if (options.description) json.description = options.description;
  if (options.minimum !== undefined) json.minimum = options.minimum;
  if (options.maximum !== undefined) json.maximum = options.maximum;
  return {
    json,
    check(value, path, issues) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return issues.add(path, `expected a number, got ${describe(value)}`);
      if (options.integer && !Number.isInteger(value)) return issues.add(path, `expected an integer, got ${value}`);
      if (options.minimum !== undefined && value < options.minimum) return issues.add(path, `must be at least ${options.minimum}, got ${value}`);
      if (options.maximum !== undefined && value > options.maximum) return issues.add(path, `must be at most ${options.maximum}, got ${value}`);
      return true;
    },
  };
}

/** One of a few exact values: `literals([1, 2])` accepts 1 and 2, with 1 or 2 in its messages. */
export function literals<const T extends readonly (string | number | boolean)[]>(allowed: T, description?: string): Schema<T[number]> {
  const json: JsonSchema = { enum: [...allowed] };
  if (description) json.description = description;
  const expected = allowed.map((v) => JSON.stringify(v));
  const list = expected.length > 1 ? `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}` : expected[0];
  return {
    json,
    check: (value, path, issues) => allowed.includes(value as T[number]) || issues.add(path, `expected ${list}, got ${describe(value)}`),
  };
}

/** One of a closed list of strings. */
export function oneOf<const T extends readonly string[]>(values: T, description?: string): Schema<T[number]> {
  const allowed = new Set<unknown>(values);
  const json: JsonSchema = { type: 'string', enum: [...values] };
  if (description) json.description = description;
  return {
    json,
    check: (value, path, issues) =>
      allowed.has(value) || issues.add(path, `${describe(value)} is not one of ${values.join(', ')}`),
  };
}

/** An array of items; issues inside name the index (`events[3]`). */
export function array<T>(item: Schema<T>, options: { minItems?: number; description?: string } = {}): Schema<T[]> {
  const json: JsonSchema = { type: 'array', items: item.json };
  if (options.description) json.description = options.description;
  if (options.minItems !== undefined) json.minItems = options.minItems;
  return {
    json,
    check(value, path, issues) {
      if (!Array.isArray(value)) return issues.add(path, `expected an array, got ${describe(value)}`);
      if (options.minItems !== undefined && value.length < options.minItems)
        return issues.add(path, `must have at least ${options.minItems} item${options.minItems === 1 ? '' : 's'}`);
      let ok = true;
      for (let i = 0; i < value.length; i++) ok = item.check(value[i], `${path}[${i}]`, issues) && ok;
      return ok;
    },
  };
}

/** Marks an object property as optional. */
export interface Optional<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export function optional<T>(schema: Schema<T>): Optional<T> {
  return {
    json: schema.json,
    optional: true,
    check: (value, path, issues) => value === undefined || schema.check(value, path, issues),
  };
}

/** `T` or null. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return {
    json: { anyOf: [schema.json, { type: 'null' }] },
    check: (value, path, issues) => value === null || schema.check(value, path, issues),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectType<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

/**
 * An object with known properties. Unknown properties are allowed (the dataset format
 * lets tools add fields), but each known one must match its schema.
 */
export function object<S extends Shape>(
  shape: S,
  options: {
    description?: string;
    /** Checks across properties, run when every property is valid. Returns [relative path, message] pairs. */
    refine?: (value: ObjectType<S>) => Array<[string, string]>;
  } = {},
): Schema<ObjectType<S>> {
  const keys = Object.keys(shape);
  const required = keys.filter((key) => !('optional' in shape[key]));
  const json: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(keys.map((key) => [key, shape[key].json])),
    required,
  };
  if (options.description) json.description = options.description;
  return {
    json,
    check(value, path, issues) {
      if (!isPlainObject(value)) return issues.add(path, `expected an object, got ${describe(value)}`);
      let ok = true;
      for (const key of keys) {
        const child = path ? `${path}.${key}` : key;
        if (!(key in value) || value[key] === undefined) {
          if (required.includes(key)) ok = issues.add(child, 'is required');
          continue;
        }
        ok = shape[key].check(value[key], child, issues) && ok;
      }
      if (ok && options.refine) {
        for (const [relative, message] of options.refine(value as ObjectType<S>)) {
          ok = issues.add(path ? `${path}.${relative}` : relative, message);
        }
      }
      return ok;
    },
  };
}
