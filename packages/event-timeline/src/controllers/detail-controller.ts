import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

type DetailModule = typeof import('../render/detail-panel.js');

/** What the loader needs of the element: its shadow root, to add the panel's styles to. */
export interface DetailHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The built-in detail panel, loaded with its styles on the first selection: a dynamic import,
 * which a bundler makes a chunk of its own (~1.7 KB gzipped that a page whose users never select
 * an event, or that fills the `detail` slot itself, never loads). Until it arrives, a few ms, the
 * panel is not drawn; the host's `updateComplete` waits for it.
 */
export class DetailController {
  /** The chunk on its way, if any. */
  pending?: Promise<void>;
  private module?: DetailModule;

  constructor(private readonly host: DetailHost) {}

  /** Starts loading the panel, once: call when an event is selected (before the render that shows it). */
  load(): void {
    if (this.module || this.pending) return;
    this.pending = import('../render/detail-panel.js').then(
      (module) => {
        this.adoptStyles(module);
        this.module = module;
        this.pending = undefined;
        this.host.requestUpdate();
      },
      () => {
        this.pending = undefined;
      },
    );
  }

  /** The panel made by `draw` with the loaded module, or nothing while it loads. */
  render(draw: (module: DetailModule) => TemplateResult): TemplateResult | typeof nothing {
    return this.module ? draw(this.module) : nothing;
  }

  private adoptStyles({ detailStyles }: DetailModule): void {
    const root = this.host.renderRoot as ShadowRoot;
    const sheet = detailStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else {
      const style = document.createElement('style');
      style.textContent = detailStyles.cssText;
      root.appendChild(style);
    }
  }
}
