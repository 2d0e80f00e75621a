/**
 * The embed side of the message protocol, shared by every widget page under `/embed/`:
 * messages to the host page, the content height, and messages from the host.
 */
import type { z } from 'zod/mini';
import { MESSAGE_TYPES, PROTOCOL_PREFIX, PROTOCOL_VERSION, type WidgetName } from '../../protocol/constants.ts';
import type { WidgetToHostMessage } from '../../protocol/messages.ts';

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
 * Calls `handler` with every message from the host page that `schema` accepts. Messages
 * without the protocol's prefix belong to someone else and are ignored quietly; a protocol
 * message that does not fit gets a console warning that says why. Returns a stop function.
 */
export function onHostMessage<Schema extends z.ZodMiniType>(schema: Schema, handler: (message: z.infer<Schema>) => void): () => void {
  const listener = (event: MessageEvent) => {
    if (event.source !== window.parent || !isEmbedded()) return;
    const data: unknown = event.data;
    const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !type.startsWith(PROTOCOL_PREFIX)) return;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      console.warn(`${WIDGET_WARNING_PREFIX} Ignored a "${type}" message: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`).join('; ')}`);
      return;
    }
    handler(parsed.data);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
