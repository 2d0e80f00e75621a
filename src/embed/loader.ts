/**
 * The host-side loader, served as `/embed.js`. A host page writes
 *   <script type="module" src="https://HELP-SITE/embed.js"></script>
 *   <kyc-checker widget="photo-check"></kyc-checker>
 * (or `<div data-kyc-checker="photo-check">`), and gets an iframe of the widget that grows with
 * its content, and the widget's messages as DOM events on that element.
 * No dependencies: it imports the protocol's names only, never zod.
 */
import { MESSAGE_TYPES, PROTOCOL_VERSION, type WidgetName } from '../protocol/constants.ts';
import type { DataMatchCheckMessage, HostToWidgetMessage } from '../protocol/messages.ts';
import { readOptions, readWidgetMessage, WARNING_PREFIX, widgetUrl, type WidgetOptions } from './messages.ts';

/** The widgets live on the origin this script was loaded from. */
const WIDGET_ORIGIN = new URL(import.meta.url).origin;

/** Height of a frame until its widget reports its own. */
const INITIAL_HEIGHT_PX = 360;

const TITLES: Record<WidgetName, string> = {
  'data-match': 'Account and document data checker',
  'photo-check': 'Document photo checker',
};

/** What `check()` takes: for the data-match widget, the fields of a `kyc:data-match:check` message. */
export type CheckInput = Partial<Pick<DataMatchCheckMessage, 'account' | 'document' | 'today'>>;

/** One widget frame inside a host element: creates it, sizes it, relays its messages. */
class WidgetFrame {
  readonly #host: HTMLElement;
  #frame: HTMLIFrameElement | undefined;
  #widget: WidgetName | undefined;
  #ready = false;
  #pending: HostToWidgetMessage[] = [];

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  mount(attributes: Parameters<typeof readOptions>[0]): void {
    const { options, warnings } = readOptions(attributes);
    warnings.forEach((warning) => console.warn(warning));
    const src = options && widgetUrl(WIDGET_ORIGIN, options);
    if (src && src === this.#frame?.src) return;
    // Queued checks survive a theme or language change only.
    const pending = options?.widget === this.#widget ? this.#pending : [];
    this.unmount();
    this.#pending = pending;
    if (options && src) this.#create(options, src);
  }

  unmount(): void {
    window.removeEventListener('message', this.#onMessage);
    this.#frame?.remove();
    this.#frame = this.#widget = undefined;
    this.#ready = false;
    this.#pending = [];
  }

  check(input: CheckInput | Blob): void {
    const message = this.#checkMessage(input);
    if (!message) return;
    this.#pending.push(message);
    // A lazy frame below the fold would keep the check waiting: load it now.
    if (this.#frame) this.#frame.loading = 'eager';
    this.#flush();
  }

  #checkMessage(input: CheckInput | Blob): HostToWidgetMessage | undefined {
    if (this.#widget === 'photo-check' && input instanceof Blob) {
      return { type: MESSAGE_TYPES.photoCheck, version: PROTOCOL_VERSION, photo: input };
    }
    if (this.#widget === 'data-match' && !(input instanceof Blob)) {
      const { account = {}, document = {}, today } = input;
      return { type: MESSAGE_TYPES.dataMatchCheck, version: PROTOCOL_VERSION, account, document, ...(today === undefined ? {} : { today }) };
    }
    console.warn(`${WARNING_PREFIX} check() takes a File or Blob on the "photo-check" widget, and { account, document, today } on the "data-match" widget.`);
    return undefined;
  }

  #create(options: WidgetOptions, src: string): void {
    const frame = document.createElement('iframe');
    frame.title = TITLES[options.widget];
    frame.loading = 'lazy';
    if (options.widget === 'photo-check') frame.allow = 'camera';
    // CSSOM properties, not a style attribute: a host's CSP may forbid inline styles.
    Object.assign(frame.style, { display: 'block', width: '100%', height: `${INITIAL_HEIGHT_PX}px`, border: '0' });
    frame.src = src;
    this.#frame = frame;
    this.#widget = options.widget;
    window.addEventListener('message', this.#onMessage);
    this.#host.append(frame);
  }

  #flush(): void {
    const target = this.#frame?.contentWindow;
    if (!this.#ready || !target) return;
    for (const message of this.#pending.splice(0)) target.postMessage(message, WIDGET_ORIGIN);
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const frame = this.#frame;
    // Trust only our own frame, showing a page of the widget origin.
    if (!frame || event.source !== frame.contentWindow || event.origin !== WIDGET_ORIGIN) return;
    const read = readWidgetMessage(event.data);
    if (read.kind === 'ignore') {
      if (read.warning) console.warn(read.warning);
      return;
    }
    if (read.kind === 'resize') {
      frame.style.height = `${read.height}px`;
      return;
    }
    if (read.type === MESSAGE_TYPES.ready) {
      this.#ready = true;
      this.#flush();
    }
    this.#host.dispatchEvent(new CustomEvent(read.type, { detail: read.message, bubbles: true }));
  };
}

/** `<kyc-checker widget="photo-check|data-match" theme="light|dark|auto" lang="en">` */
export class KycCheckerElement extends HTMLElement {
  static readonly observedAttributes = ['widget', 'theme', 'lang'];
  readonly #frame = new WidgetFrame(this);
  #connected = false;

  connectedCallback(): void {
    this.#connected = true;
    this.#frame.mount({ widget: this.getAttribute('widget'), theme: this.getAttribute('theme'), lang: this.getAttribute('lang') });
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#frame.unmount();
  }

  attributeChangedCallback(): void {
    if (this.#connected) this.connectedCallback();
  }

  /**
   * Photo widget: checks a photo (a `File` or `Blob`). Data-match widget: fills the form and runs
   * a check. Either waits for the widget to be ready; the answer comes as an event.
   */
  check(input: CheckInput | Blob): void {
    this.#frame.check(input);
  }
}

const mountedHosts = new WeakSet<HTMLElement>();

/** `<div data-kyc-checker="data-match" data-theme="dark">`: the same, without a custom element. */
function mountDataAttributeHosts(root: ParentNode): void {
  for (const host of root.querySelectorAll<HTMLElement>('[data-kyc-checker]')) {
    if (mountedHosts.has(host)) continue;
    mountedHosts.add(host);
    const frame = new WidgetFrame(host);
    Object.assign(host, { check: (input: CheckInput | Blob) => frame.check(input) });
    frame.mount({ widget: host.dataset['kycChecker'] ?? null, theme: host.dataset['theme'] ?? null, lang: host.dataset['lang'] ?? null });
  }
}

// The module may be evaluated twice (e.g. two different URLs of the loader): define once.
if (!customElements.get('kyc-checker')) {
  customElements.define('kyc-checker', KycCheckerElement);
  mountDataAttributeHosts(document);
  new MutationObserver(() => mountDataAttributeHosts(document)).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'kyc-checker': KycCheckerElement;
  }
}
