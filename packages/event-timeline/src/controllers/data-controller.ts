import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normaliseInput, withoutInvalid, type NormalisedInput, type ValidateEvent } from '../model/normalise.js';
import { warningFor } from '../model/validation.js';
import { validateInBackground } from './background-validation.js';
import { eventsFromCsv, isCsvSource } from '../model/csv-events.js';

/** The full schema check, once loaded: shared by every element of the page. */
let validator: ValidateEvent | undefined;
let loading: Promise<ValidateEvent> | undefined;
const loadValidator = (): Promise<ValidateEvent> => (loading ??= import('./full-check.js').then((m) => (validator = m.validateEvent)));

/**
 * Where the events come from and whether they are valid: reads the `events` property, fetches
 * `src` (a dataset or events as JSON, or CSV: loading and error states), warns once about invalid items, and for large inputs runs
 * the full schema check between frames. Fetches and checks stop when the host leaves the DOM
 * and resume when it returns.
 */
export class DataController implements ReactiveController {
  status: 'ready' | 'loading' | 'error' = 'ready';
  /** What went wrong with `src`, for the error state: the URL and the reason (the browser's or server's words). */
  failure = { src: '', reason: '' };
  private data: NormalisedInput = normaliseInput([]);
  private src?: string;
  private abort?: AbortController;
  private cancelValidation?: () => void;
  /**
   * Counts the inputs asked for (each `read` and `load`): an answer to an older request is
   * dropped, whether it was given up on (aborted) or answered anyway, so a slow server never
   * puts old data over newer data.
   */
  private request = 0;

  /** `onData(data, fresh)`: `fresh` is new input; otherwise the same input minus items the full check rejected. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onData: (data: NormalisedInput, fresh: boolean) => void,
  ) {
    host.addController(this);
    // Loaded while the page sets up, so that it is usually at hand when the first events come.
    void loadValidator().catch(() => {});
  }

  hostConnected(): void {
    if (this.status === 'loading' && !this.abort && this.src) void this.load(this.src);
    if (this.data.pending && !this.cancelValidation) this.validate(this.data);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.cancelValidation?.();
    this.cancelValidation = undefined;
  }

  /** Reads events or a dataset given by code: they replace whatever a pending `src` fetch would bring. */
  read(input: unknown): void {
    this.request++;
    this.cancelLoad();
    this.status = 'ready';
    this.adoptInput(input);
  }

  /** Stops a pending fetch, if any (`src` was removed). */
  cancelLoad(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.src = undefined;
    if (this.status === 'loading') this.status = 'ready';
  }

  private adoptInput(input: unknown): void {
    this.cancelValidation?.();
    this.cancelValidation = undefined;
    const data = (this.data = normaliseInput(input, validator));
    this.onData(data, true);
    if (data.pending) this.validate(data);
    else if (data.invalid || data.problem) console.warn(warningFor(data));
  }

  /** Fetches a dataset; a newer call cancels an older one. */
  async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    const request = ++this.request;
    const stale = () => abort.signal.aborted || request !== this.request;
    [this.abort, this.src, this.status] = [abort, src, 'loading'];
    this.host.requestUpdate();
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      const input: unknown = isCsvSource(src, response.headers.get('content-type'))
        ? await eventsFromCsv(await response.text())
        : await response.json().catch(() => {
            throw new Error('the response is not JSON (a CSV needs a .csv name or a text/csv content type)');
          });
      if (stale()) return;
      this.status = 'ready';
      this.adoptInput(input);
    } catch (error) {
      if (stale()) return;
      this.failure = { src, reason: (error as Error).message };
      this.status = 'error';
    } finally {
      if (this.abort === abort) this.abort = undefined;
      this.host.requestUpdate();
    }
  }

  /**
   * Large inputs, and any input that comes before the validator is loaded, draw after a quick
   * check; the full schema check follows between frames.
   */
  private validate(data: NormalisedInput): void {
    let cancelled = false;
    this.cancelValidation = () => (cancelled = true);
    loadValidator().then(
      (check) => {
        if (cancelled) return;
        this.cancelValidation = validateInBackground(data, check, (invalid, reasons) => {
          this.cancelValidation = undefined;
          if (!invalid.size) {
            data.pending = undefined;
            if (data.invalid) console.warn(warningFor(data));
            return;
          }
          const valid = (this.data = withoutInvalid(data, invalid, reasons));
          console.warn(warningFor(valid));
          this.onData(valid, false);
          this.host.requestUpdate();
        });
      },
      (error: unknown) => {
        // The events stay as the quick check left them; the next connection tries again.
        if (cancelled) return;
        this.cancelValidation = undefined;
        loading = undefined;
        console.warn(`<event-timeline>: the full check of the events could not load (${(error as Error)?.message ?? error}); they had only the quick check.`);
      },
    );
  }
}
