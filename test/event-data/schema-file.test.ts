import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { datasetJsonSchema } from '@event-timeline/data';

describe('shipped schema.json', () => {
  it('is exactly the JSON Schema the validator is built from', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../packages/event-data/schema.json', import.meta.url), 'utf8'));
    expect(shipped, 'run `npm run build` to regenerate packages/event-data/schema.json').to.deep.equal(datasetJsonSchema());
  });
});
