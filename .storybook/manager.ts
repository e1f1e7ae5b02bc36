import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

// The Storybook shell in the project's colours, with its name instead of Storybook's.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'event-timeline',
    brandUrl: './',
    brandTarget: '_self',
    colorPrimary: '#2563eb',
    colorSecondary: '#2563eb',
    appBg: '#f4f6fa',
    appContentBg: '#ffffff',
    appBorderColor: '#e2e8f0',
    appBorderRadius: 8,
    textColor: '#0f172a',
    textMutedColor: '#526075',
    barBg: '#ffffff',
    fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontCode: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  }),
  // One flat, ordered list of groups (see storySort in preview.ts) rather than separate roots.
  sidebar: { showRoots: false },
});
