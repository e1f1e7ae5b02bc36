import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The element's source as a newcomer finds it: the view model (model/) stands alone, and no
// module depends on itself through others.

const SRC = resolve(import.meta.dirname, '../../packages/event-timeline/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Each source file's relative imports (static and dynamic, types included), as paths from src/. */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
    out.set(
      relative(SRC, file),
      specs.map((s) => relative(SRC, resolve(dirname(file), s.replace(/\.js$/, '.ts')))),
    );
  }
  return out;
}

describe('the element source (packages/event-timeline/src)', () => {
  it('keeps the view model free of drawing, controllers, the element and the locales: model/ imports model/ only', () => {
    const offending = [...graph()].flatMap(([file, imports]) =>
      file.startsWith('model/') ? imports.filter((i) => !i.startsWith('model/')).map((i) => `${file} → ${i}`) : [],
    );
    expect(offending).to.deep.equal([]);
  });

  it('has no import cycles', () => {
    const g = graph();
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of g.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of g.keys()) visit(file, []);
    expect(cycles).to.deep.equal([]);
  });
});
