import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The seed stories import the extracted dataset as `@event-timeline/data/events.json`, the way a
 * user's bundler would. `npm run extract` writes it into the data package; on a checkout where only
 * data/events.json has been extracted so far, that file is the same dataset, so use it.
 * EVENT_TIMELINE_DATASET=path/to/events.json previews any other dataset in the same stories.
 */
const SEED_DATASET = '@event-timeline/data/events.json';
const seedDataset = () => ({
  name: 'event-timeline-seed-dataset',
  enforce: 'pre' as const,
  resolveId(id: string) {
    if (id !== SEED_DATASET) return null;
    const candidates = [process.env.EVENT_TIMELINE_DATASET, join(ROOT, 'packages/event-data/events.json'), join(ROOT, 'data/events.json')];
    const found = candidates.find((file): file is string => !!file && existsSync(file));
    if (!found) throw new Error(`${SEED_DATASET} not found: run \`npm run extract\` to extract the seed articles first.`);
    return found;
  },
});

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Stories use the packages' TypeScript sources through the "source" export condition.
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    viteConfig.plugins ??= [];
    viteConfig.plugins.push(seedDataset());
    return viteConfig;
  },
};
export default config;
