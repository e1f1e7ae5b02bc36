// Writes the recipe's input: the benchmark's synthetic corpus (bench/extract/corpus.ts, same seed,
// same articles) as one NDJSON file of all the articles and as NDJSON partitions, one article a
// line. Run through tsx, which corpus.ts needs:
//   node --import tsx --conditions=source write-partitions.mjs OUT_DIR ARTICLES PARTITIONS
// Prints {"all": path, "partitions": [paths…]} on standard output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticCorpus } from '../../bench/extract/corpus.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [outDir, articleCount, partitionCount] = process.argv.slice(2);
const count = Number(articleCount);
const parts = Number(partitionCount);
if (!outDir || !Number.isInteger(count) || count < 1 || !Number.isInteger(parts) || parts < 1 || parts > count) {
  console.error('usage: write-partitions.mjs OUT_DIR ARTICLES PARTITIONS (1 ≤ PARTITIONS ≤ ARTICLES)');
  process.exit(2);
}

const lines = syntheticCorpus(join(ROOT, 'data/articles'), count).map((article) => JSON.stringify(article) + '\n');
const all = join(outDir, 'all.ndjson');
writeFileSync(all, lines.join(''));

// Article n goes to partition n mod P: every shard then holds articles from the whole batch, so
// the merge really interleaves them rather than concatenating runs of neighbours.
const partitions = Array.from({ length: parts }, (_, p) => join(outDir, `part-${String(p).padStart(3, '0')}.ndjson`));
partitions.forEach((path, p) => writeFileSync(path, lines.filter((_, n) => n % parts === p).join('')));
process.stdout.write(JSON.stringify({ all, partitions }) + '\n');
