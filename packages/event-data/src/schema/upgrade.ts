import { SCHEMA_VERSION, type Dataset } from './event-schema.js';
import { assertDataset } from './validate.js';

/**
 * A dataset of an earlier schema version as one of the current version (2). Version 2 only
 * added to version 1 (four event types, mentions' `trigger`), so a version 1 dataset upgrades by
 * its number alone. The dataset is validated first: this throws a `ValidationError` listing the
 * issues when it is invalid or of a version this package does not know. Returns a new object and
 * leaves `value` as it was.
 *
 * @example
 * const dataset = upgradeDataset(JSON.parse(await readFile('events-2023.json', 'utf8')));
 * dataset.schemaVersion; // 2
 */
export function upgradeDataset(value: unknown): Dataset & { schemaVersion: typeof SCHEMA_VERSION } {
  return { ...assertDataset(value), schemaVersion: SCHEMA_VERSION };
}
