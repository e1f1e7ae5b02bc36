import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { publicManifest } from './manifest.js';
import './preview.css';

// Autodocs read every attribute, property, event, slot, CSS part and custom property from here
// (the public API only: see manifest.ts).
setCustomElementsManifest(publicManifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Event timeline',
          'Showcase',
          ['Source sentence on select', 'Precision and uncertainty', 'Custom detail panel (slot)'],
          'Scale',
          'Theming',
          'Locales',
          'Accessibility',
          'Responsive',
          'States',
        ],
      },
    },
    backgrounds: {
      options: {
        paper: { name: 'Paper', value: '#f8fafc' },
        white: { name: 'White', value: '#ffffff' },
        dark: { name: 'Dark', value: '#0f172a' },
      },
    },
    viewport: {
      options: {
        phone360: { name: 'Phone 360', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phone390: { name: 'Phone 390', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'paper' } },
};
export default preview;
