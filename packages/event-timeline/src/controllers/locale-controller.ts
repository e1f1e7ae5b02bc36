import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, loadLocale, messagesFor } from '../i18n/registry.js';
import type { Messages } from '../i18n/messages.js';
import { formatCount } from '../render/format.js';

/** What the controller reads of its host: the `locale` and `messages` properties. */
interface LocaleHost extends ReactiveControllerHost {
  locale: string;
  messages: Partial<Messages> | undefined;
}

/**
 * The element's words: its locale's messages (loaded on demand, English until then) with the
 * `messages` property over them, counts as the locale writes them, and type names. A new
 * locale starts loading on the update that sets it; the host draws again when it arrives.
 */
export class LocaleController implements ReactiveController {
  /** The locale's chunk on its way, if any. */
  pending?: Promise<void>;
  private asked?: string;
  private loaded = 0;
  private cached?: Messages;
  private key = '';
  private overrides?: Partial<Messages>;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.locale === this.asked) return;
    this.asked = this.host.locale;
    const pending = (this.pending = loadLocale(this.asked)?.then(
      () => {
        if (this.pending === pending) this.pending = undefined;
        this.loaded++;
        this.host.requestUpdate();
      },
      () => {
        if (this.pending === pending) this.pending = undefined;
      },
    ));
  }

  /** The words in use. */
  get messages(): Messages {
    const { locale, messages } = this.host;
    const key = `${locale}|${this.loaded}`;
    if (!this.cached || this.key !== key || this.overrides !== messages) {
      this.cached = messagesFor(locale, messages);
      [this.key, this.overrides] = [key, messages];
    }
    return this.cached;
  }

  /** A count as the locale writes it ("10,000"). */
  count(n: number): string {
    return formatCount(n, this.host.locale);
  }

  /** An event type in the locale's words. */
  typeName(type: string): string {
    return this.messages.types[type] ?? type.replace(/-/g, ' ');
  }

  /**
   * A lane's name in the locale's words, in title case: types translated, the pooled lanes
   * ("Other", "No actor", "No source") named; actors and publishers as written.
   */
  laneName(lane: { key: string; label: string }, groupBy: string): string {
    const msg = this.messages;
    const name =
      lane.key === '\u0000other'
        ? msg.otherLane
        : lane.key === ''
          ? groupBy === 'actor'
            ? msg.noActor
            : msg.noSource
          : groupBy === 'type' || !['actor', 'source', 'none'].includes(groupBy)
            ? this.typeName(lane.key)
            : lane.label;
    return name.charAt(0).toLocaleUpperCase(languageOf(this.host.locale)) + name.slice(1);
  }
}
