/**
 * The embed side of the message protocol, shared by every widget page under `/embed/`:
 * messages to the host page, the content height, and messages from the host.
 */
import { MESSAGE_TYPES, PROTOCOL_PREFIX, PROTOCOL_VERSION, type WidgetName } from '../../protocol/constants.ts';
import type { HostToWidgetMessage, WidgetToHostMessage } from '../../protocol/messages.ts';
// By URL, not `import()`: Vite's preload helper (880 bytes gzip) would ship with every widget for it.
import messageSchemasUrl from 'lazy-module-url:../../protocol/messages.ts';

/** Prefix of every console warning the widgets write about messages. */
export const WIDGET_WARNING_PREFIX = '[kyc-widget]';

/** Whether this page is framed by another page (it then talks to that page). */
export function isEmbedded(): boolean {
  return window.parent !== window;
}

/**
 * Sends a message to the host page. The target origin is `*` because the widget cannot know its
 * host, so messages must carry no personal data: each widget builds its messages field by field
 * in one function (`toResultMessage`, `hostMessageFor`) that unit tests hold to the strict
 * schemas. Parsing again here would ship zod to the photo widget for nothing.
 */
export function postToHost(message: WidgetToHostMessage): void {
  if (!isEmbedded()) return;
  window.parent.postMessage(message, '*');
}

/** Tells the host that the widget has loaded and listens. */
export function announceReady(widget: WidgetName): void {
  postToHost({ type: MESSAGE_TYPES.ready, version: PROTOCOL_VERSION, widget });
}

/** Reports the page's content height to the host whenever it changes; returns a stop function. */
export function watchHeight(element: HTMLElement = document.documentElement): () => void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postToHost({ type: MESSAGE_TYPES.resize, version: PROTOCOL_VERSION, height });
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}

/**
 * Calls `handler` with every message of `type` from the host page. Messages without the
 * protocol's prefix belong to someone else and are ignored quietly; a protocol message that does
 * not fit its schema, or is meant for another widget, gets a console warning that says why.
 * Messages are handled in the order they arrive. Returns a stop function.
 */
export function onHostMessage<Type extends HostToWidgetMessage['type']>(
  type: Type,
  handler: (message: Extract<HostToWidgetMessage, { type: Type }>) => void,
): () => void {
  let reading = Promise.resolve();
  let listening = true;
  const listener = (event: MessageEvent) => {
    if (event.source !== window.parent || !isEmbedded()) return;
    const data: unknown = event.data;
    const received = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
    if (typeof received !== 'string' || !received.startsWith(PROTOCOL_PREFIX)) return;
    // The schemas (zod) load with the first message, so that a widget nobody talks to ships none.
    reading = reading.then(async () => {
      let schemas: typeof import('../../protocol/messages.ts');
      try {
        schemas = (await import(/* @vite-ignore */ messageSchemasUrl)) as typeof import('../../protocol/messages.ts');
      } catch {
        console.warn(`${WIDGET_WARNING_PREFIX} Could not load what reads a "${received}" message; the next message tries again.`);
        return;
      }
      if (!listening) return;
      const parsed = schemas.hostToWidgetMessageSchema.safeParse(data);
      if (!parsed.success) {
        const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`);
        console.warn(`${WIDGET_WARNING_PREFIX} Ignored a "${received}" message: ${reasons.join('; ')}`);
      } else if (parsed.data.type !== type) {
        console.warn(`${WIDGET_WARNING_PREFIX} Ignored a "${received}" message: this widget takes "${type}" only.`);
      } else {
        handler(parsed.data as Extract<HostToWidgetMessage, { type: Type }>);
      }
    });
  };
  window.addEventListener('message', listener);
  return () => {
    listening = false;
    window.removeEventListener('message', listener);
  };
}
