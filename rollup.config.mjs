// Builds both packages: ESM + .d.ts for each, the event-data CLI, and a standalone minified
// bundle of <event-timeline> (lit, d3 modules and date-fns inlined) for a plain <script> tag.
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
 * d3-zoom imports d3-transition only to animate double-click zoom and to interrupt such
 * animations. The element zooms with duration 0, so the standalone bundle swaps it for a
 * no-op stand-in and sheds d3-transition, d3-color, d3-ease and d3-timer (~5 KB gzipped).
 */
const withoutD3Transition = () => ({
  name: 'without-d3-transition',
  resolveId: (id) => (id === 'd3-transition' ? `${process.cwd()}/${COMPONENT}/src/bundle/d3-transition-lite.ts` : null),
});

/** Writes the JSON Schema of a dataset next to the data package, from the code that validates it. */
const writeJsonSchema = () => ({
  name: 'write-json-schema',
  async writeBundle() {
    const { datasetJsonSchema } = await import(pathToFileURL(`${DATA}/dist/index.js`).href + `?t=${Date.now()}`);
    await writeFile(`${DATA}/schema.json`, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
  },
});

export default [
  {
    // `schema` is its own entry so the component's bundle can import the validator without the tagger and pipeline.
    input: { index: `${DATA}/src/index.ts`, schema: `${DATA}/src/schema/index.ts`, cli: `${DATA}/src/cli/main.ts` },
    output: { dir: `${DATA}/dist`, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    external: (id) => isBare(id),
    plugins: [typescript({ tsconfig: `${DATA}/tsconfig.json` }), writeJsonSchema()],
  },
  {
    input: `${COMPONENT}/src/index.ts`,
    output: { dir: `${COMPONENT}/dist`, format: 'es', sourcemap: true },
    external: (id) => isBare(id),
    plugins: [typescript({ tsconfig: `${COMPONENT}/tsconfig.json` })],
  },
  {
    input: `${COMPONENT}/src/index.ts`,
    output: { file: `${COMPONENT}/dist/event-timeline.bundle.js`, format: 'es', sourcemap: true },
    plugins: [
      withoutD3Transition(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: `${COMPONENT}/tsconfig.json`, declaration: false, declarationMap: false, outDir: `${COMPONENT}/dist` }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  },
];
