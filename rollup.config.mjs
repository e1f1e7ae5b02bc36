// Builds both packages: ESM + .d.ts for each, the event-data CLI, and a standalone minified
// bundle of <event-timeline> (lit and date-fns' month names inlined) for a plain <script> tag.
// The data package is built first: the component's builds resolve it from its dist/.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const DATA = 'packages/event-data';
const COMPONENT = 'packages/event-timeline';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/**
 * The element reads only `localize.month` of its date-fns locales
 * (packages/event-timeline/src/render/locales.ts), but a locale is an object literal and terser
 * keeps every part of it: parsing (`match`), `formatDistance`, `formatRelative`, `formatLong`,
 * and the era, quarter, weekday and day-period names cost ~7 KB gzipped for five locales. In the
 * standalone bundle only, `date-fns/locale/<code>` resolves to a locale holding `localize`
 * alone, whose object keeps only the members the element calls. (date-fns' "exports" map hides
 * `_lib/localize.js` from tsc, esbuild and vite, so the source imports the public entry.)
 */
const DATE_FNS_LOCALIZE_KEEP = new Set(['month']);
const dateFnsLocalizeOnly = () => ({
  name: 'date-fns-localize-only',
  resolveId: (id) => (/^date-fns\/locale\/[a-zA-Z-]+$/.test(id) ? `\0${id}` : null),
  load(id) {
    const m = /^\0date-fns\/locale\/([a-zA-Z-]+)$/.exec(id);
    if (!m) return null;
    const name = m[1].replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const file = `${process.cwd()}/node_modules/date-fns/locale/${m[1]}/_lib/localize.js`;
    return `import { localize } from ${JSON.stringify(file)};\nexport const ${name} = { code: ${JSON.stringify(m[1])}, localize };\n`;
  },
  // Cuts the unused members out of `export const localize = {…}` and the never asked-for
  // `narrow` widths out of the name tables, keeping line numbers so the source map stays right.
  transform(code, id) {
    if (!/[\\/]date-fns[\\/]locale[\\/][^\\/]+[\\/]_lib[\\/]localize\.js$/.test(id)) return null;
    const cuts = [];
    const cut = (object, drop) =>
      object.properties.forEach((p, i, all) => {
        if (!drop(p)) return;
        // The property and its own comma; what stays is `{ a, b, }`, valid whatever was cut.
        const comma = code.slice(p.end, i + 1 < all.length ? all[i + 1].start : object.end).indexOf(',');
        cuts.push([p.start, comma < 0 ? p.end : p.end + comma + 1]);
      });
    let trimmed = false;
    for (const node of this.parse(code).body) {
      const decl = (node.type === 'ExportNamedDeclaration' ? node.declaration : node)?.declarations?.[0];
      if (decl?.init?.type !== 'ObjectExpression') continue;
      if (decl.id.name === 'localize') {
        const names = decl.init.properties.map((p) => p.key?.name);
        if ([...DATE_FNS_LOCALIZE_KEEP].some((k) => !names.includes(k))) this.error(`${id}: localize lacks one of ${[...DATE_FNS_LOCALIZE_KEEP]}`);
        cut(decl.init, (p) => !DATE_FNS_LOCALIZE_KEEP.has(p.key?.name));
        trimmed = true;
      } else cut(decl.init, (p) => p.key?.name === 'narrow');
    }
    if (!trimmed) this.error(`${id}: no \`export const localize = {…}\` to trim`);
    let out = code;
    for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, '') + out.slice(to);
    return { code: out, map: null };
  },
});

/**
 * papaparse and Mozilla's Readability ship only UMD/CommonJS scripts, which rollup (with no
 * CommonJS plugin here) would leave to run as ES modules, where they fail (`this` and `module`
 * are undefined). Each runs as CommonJS instead, with no AMD `define` in sight, and its
 * `module.exports` is exported as Node and bundlers give it: papaparse's as the default export,
 * Readability's as `Readability` (its package entry only re-exports that file).
 */
const COMMONJS_SCRIPTS = [
  { file: /[\\/]node_modules[\\/]papaparse[\\/]papaparse(\.min)?\.js$/, exportAs: 'default' },
  { file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/, exportAs: 'Readability' },
];
const commonJsScripts = () => ({
  name: 'commonjs-scripts',
  resolveId: (id) => (id === '@mozilla/readability' ? `${process.cwd()}/node_modules/@mozilla/readability/Readability.js` : null),
  transform(code, id) {
    const script = COMMONJS_SCRIPTS.find((s) => s.file.test(id));
    if (!script) return null;
    const exported = script.exportAs === 'default' ? 'export default module.exports;' : `const exported = module.exports;\nexport { exported as ${script.exportAs} };`;
    return { code: `const module = { exports: {} };\n(function (define, module, exports) {\n${code}\n}).call(globalThis, undefined, module, module.exports);\n${exported}\n`, map: null };
  },
});

/** Writes the JSON Schema of a dataset next to the data package, from the code that validates it. */
const writeJsonSchema = () => ({
  name: 'write-json-schema',
  async writeBundle() {
    const { datasetJsonSchema } = await import(pathToFileURL(`${DATA}/dist/index.js`).href + `?t=${Date.now()}`);
    await writeFile(`${DATA}/schema.json`, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
  },
});

/**
 * The element's styles are css`…` literals written to be read: indented and commented. Terser
 * keeps a template literal as it is, so in the component's builds their comments, indentation and
 * the spaces around braces and semicolons go; newlines stay, so the source maps keep their lines,
 * and `${…}` parts are left alone. ~1.1 KB gzipped of a bundle with a 40 KB budget.
 */
const compactCss = () => ({
  name: 'compact-css-literals',
  transform(code, id) {
    if (!id.includes(`${COMPONENT}/src/`) || !/\bcss ?`/.test(code)) return null;
    const squash = (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
        .replace(/[ \t]*\n[ \t]*/g, '\n')
        .replace(/[ \t]*([{};])[ \t]*/g, '$1')
        .replace(/[ \t]{2,}/g, ' ');
    const body = (css) => css.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : squash(part))).join('');
    // TypeScript's output writes the tag as `css `…``.
    return { code: code.replace(/\bcss ?`([^`]*)`/g, (_, css) => `css\`${body(css)}\``), map: null };
  },
});

export default [
  {
    // `schema` is its own entry so the component's bundle can import the validator without the tagger and pipeline.
    // `html` (linkedom) and `html-browser` (DOMParser) are the Node and browser builds of the `./html` export.
    input: {
      index: `${DATA}/src/index.ts`,
      schema: `${DATA}/src/schema/index.ts`,
      // the word lists and date helpers without the validators, which the component loads later
      vocabulary: `${DATA}/src/schema/vocabulary-and-dates.ts`,
      cli: `${DATA}/src/cli/main.ts`,
      // the worker thread of `event-data extract --jobs N`, beside cli.js
      'extract-worker': `${DATA}/src/cli/extract-worker.ts`,
      html: `${DATA}/src/input/html.ts`,
      'html-browser': `${DATA}/src/input/html-browser.ts`,
    },
    output: { dir: `${DATA}/dist`, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    external: (id) => isBare(id),
    plugins: [typescript({ tsconfig: `${DATA}/tsconfig.json` }), writeJsonSchema()],
  },
  {
    // The data package for browsers, as the demo's "Try it yourself" panel runs it: extraction and
    // the exports in a Web Worker, the HTML reader (DOMParser) on the page. Made from the dist/ just
    // written, with its dependencies (eld, readability, papaparse) inlined.
    input: { 'event-data': `${DATA}/dist/index.js`, 'event-data-html': `${DATA}/dist/html-browser.js` },
    output: { dir: `${DATA}/dist/browser`, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'event-data-[name].js' },
    plugins: [commonJsScripts(), nodeResolve({ browser: true })],
  },
  {
    // `react` is the `./react` export (the @lit/react wrapper); react and @lit/react stay external.
    input: { index: `${COMPONENT}/src/index.ts`, react: `${COMPONENT}/src/react.ts` },
    output: { dir: `${COMPONENT}/dist`, format: 'es', sourcemap: true },
    external: (id) => isBare(id),
    plugins: [typescript({ tsconfig: `${COMPONENT}/tsconfig.json` }), compactCss()],
  },
  {
    input: `${COMPONENT}/src/index.ts`,
    // papaparse, for `src="….csv"`, is a chunk of its own beside the bundle, loaded on the first CSV only.
    // 'allow-extension': a chunk that imports from the bundle does so from the bundle itself, not
    // through a second file that the bundle would become a two-line facade of.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: `${COMPONENT}/dist`, entryFileNames: 'event-timeline.bundle.js', chunkFileNames: 'event-timeline.[name].js', format: 'es', sourcemap: true },
    plugins: [
      commonJsScripts(),
      dateFnsLocalizeOnly(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: `${COMPONENT}/tsconfig.json`, declaration: false, declarationMap: false, outDir: `${COMPONENT}/dist` }),
      compactCss(),
      // V8's explicit compile hint: nearly every function here runs on the first render, so they are
      // compiled with the script (off the main thread while it streams in), not one by one, lazily,
      // on the main thread during that render (~8 ms of a 5,000-event first render in a fresh page).
      terser({ format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' }, compress: { passes: 2 } }),
    ],
  },
];
