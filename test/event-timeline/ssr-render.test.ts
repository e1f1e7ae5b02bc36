// Server-side rendering with @lit-labs/ssr, as a Node server (Next, Astro, Eleventy with their Lit
// integrations) runs it. The element cannot draw its frame on a server — its render reads the page
// (`:dir(rtl)`, its width) and measures axis labels on a canvas — so it opts out: without a DOM the
// module defines a plain class, and the server writes the bare tag for the browser to upgrade.
// README "Server-side rendering" says what happens with @lit-labs/ssr's global DOM shim instead.
import { expect } from 'chai';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { createElement } from 'react';

describe('<event-timeline> rendered on a server with @lit-labs/ssr', () => {
  it('writes the bare tag with its attributes and no shadow root, without throwing, for the browser to upgrade', async () => {
    await import('@event-timeline/component');
    const events = [{ title: 'Launch', start: '2024-03-01' }];
    const page = await collectResult(
      render(html`<main><event-timeline src="/events.json" group-by="actor" label="Plan" .events=${events}></event-timeline></main>`),
    );
    const tag = page.match(/<event-timeline\b[^>]*>([\s\S]*?)<\/event-timeline>/);
    expect(tag, page).to.not.equal(null);
    expect(tag![0]).to.match(/src="\/events\.json"/);
    expect(tag![0]).to.match(/group-by="actor"/);
    expect(tag![0]).to.match(/label="Plan"/);
    // No declarative shadow DOM: nothing the browser would have to match when it upgrades the element.
    expect(tag![1]).to.equal('');
    expect(page).not.to.contain('shadowroot');
  });

  it('renders through the React wrapper with react-dom/server: the tag alone, its props set when React hydrates', async () => {
    const { EventTimeline } = await import('@event-timeline/component/react');
    // Typed here: the project has @types/react but not @types/react-dom.
    const { renderToString } = (await import('react-dom/server' as string)) as { renderToString: (element: unknown) => string };
    const page = renderToString(createElement(EventTimeline, { events: [{ title: 'Launch', start: '2024-03-01' }], label: 'Plan', onTimelineSelect: () => {} }));
    expect(page).to.match(/^<event-timeline\b[^>]*label="Plan"[^>]*><\/event-timeline>$/);
    expect(page).not.to.contain('Launch');
  });
});
