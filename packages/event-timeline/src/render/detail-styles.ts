import { css } from 'lit';

/** Styles of the built-in detail panel. */
export const detailStyles = css`
  .detail {
    margin: 0 12px 12px;
    padding: 14px 16px;
    border-radius: 8px;
    background: var(--_panel);
    border: 1px solid var(--_border);
  }
  .detail-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_c, var(--_mark));
  }
  .detail .detail-title {
    font-weight: 700;
    margin: 6px 0 10px;
    font-size: 17px;
    line-height: 1.3;
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 14px;
    margin: 0 0 10px;
  }
  .detail dt {
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
  }
  .iso {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    margin-inline-start: 4px;
  }
  .mentions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 10px;
  }
  .mentions blockquote {
    margin: 0;
    padding-block: 2px;
    padding-inline: 12px 0;
    border-inline-start: 3px solid var(--_border);
    font-family: var(--event-timeline-quote-font, Georgia, 'Times New Roman', serif);
    font-size: 14px;
  }
  .mentions mark {
    background: var(--event-timeline-highlight-background, #fde68a);
    color: var(--event-timeline-highlight-color, #0f172a);
    border-radius: 3px;
    padding: 0 2px;
  }
  /* The word that names the happening: underlined in the type's colour, so that it reads apart
     from the date's background even where the two sit side by side. */
  .mentions mark.trigger {
    background: var(--event-timeline-trigger-background, transparent);
    color: var(--event-timeline-trigger-color, inherit);
    font-weight: 600;
    padding: 0;
    border-radius: 0;
    text-decoration: underline 2px var(--_c, currentColor);
    text-underline-offset: 3px;
    text-decoration-skip-ink: none;
  }
  /* An article, then what it says: its headline (or title) and publisher, its quotes beneath. */
  .mentions li {
    display: grid;
    gap: 4px;
  }
  .mentions cite {
    display: block;
    font-style: normal;
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
  }
  .mentions cite .publisher {
    font-weight: 400;
  }
  .iso code {
    font: inherit;
  }
  .close {
    border: 0;
    min-width: 28px;
    height: 28px;
  }
  @media (forced-colors: active) {
    .mentions mark {
      background: Mark;
      color: MarkText;
    }
    .mentions mark.trigger {
      background: Canvas;
      color: CanvasText;
      text-decoration-color: CanvasText;
    }
  }
`;
