/**
 * The loader's pure half: which widget page to frame, and what a message from a widget means.
 * No zod here (the loader must stay a few KB): only the checks the loader acts on; the widgets
 * validate what they send against the full schemas in `src/protocol/messages.ts`.
 */
import { MESSAGE_TYPES, PROTOCOL_PREFIX, PROTOCOL_VERSION, WIDGETS, WIDGET_EVENT_TYPES, type WidgetName } from '../protocol/constants.ts';

/** Prefix of every console warning the loader writes. */
export const WARNING_PREFIX = '[kyc-checker]';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Largest height the loader accepts, as in `resizeMessageSchema`. */
const MAX_HEIGHT = 100_000;

/** Message types a widget may send, in the order the warnings list them. */
const WIDGET_TO_HOST_TYPES: readonly string[] = [MESSAGE_TYPES.resize, ...WIDGET_EVENT_TYPES];

export interface WidgetOptions {
  widget: WidgetName;
  theme: Theme;
  lang: string;
}

/** What the loader does with a message that came from its own widget frame. */
export type WidgetMessage =
  | { kind: 'resize'; height: number }
  | { kind: 'event'; type: string; message: Record<string, unknown> }
  | { kind: 'ignore'; warning?: string };

function listed(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** Reads the `widget`, `theme` and `lang` attribute values; a bad value gets a warning and no widget, or the default. */
export function readOptions(attributes: {
  widget: string | null;
  theme: string | null;
  lang: string | null;
}): { options: WidgetOptions | undefined; warnings: string[] } {
  const warnings: string[] = [];
  const widget = WIDGETS.find((name) => name === attributes.widget);
  if (!widget) {
    warnings.push(`${WARNING_PREFIX} Unknown widget "${attributes.widget ?? ''}". Valid widgets: ${listed(WIDGETS)}.`);
  }
  let theme = THEMES.find((name) => name === (attributes.theme ?? 'auto'));
  if (!theme) {
    warnings.push(`${WARNING_PREFIX} Unknown theme "${attributes.theme}", using "auto". Valid themes: ${listed(THEMES)}.`);
    theme = 'auto';
  }
  // A language tag is letters, digits and hyphens; anything else falls back to English.
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(attributes.lang ?? '') ? (attributes.lang as string) : 'en';
  return { options: widget && { widget, theme, lang }, warnings };
}

/** The widget page's address on the help site's origin. Nothing personal ever goes into it. */
export function widgetUrl(origin: string, { widget, theme, lang }: WidgetOptions): string {
  const url = new URL(`/embed/${widget}/`, origin);
  url.searchParams.set('theme', theme);
  url.searchParams.set('lang', lang);
  return url.href;
}

/**
 * Interprets data posted by the widget frame (its source and origin already checked).
 * Anything without the protocol's prefix is someone else's message and is ignored quietly.
 */
export function readWidgetMessage(data: unknown): WidgetMessage {
  if (typeof data !== 'object' || data === null) return { kind: 'ignore' };
  const message = data as Record<string, unknown>;
  const { type, version } = message;
  if (typeof type !== 'string' || !type.startsWith(PROTOCOL_PREFIX)) return { kind: 'ignore' };
  if (!WIDGET_TO_HOST_TYPES.includes(type)) {
    return {
      kind: 'ignore',
      warning: `${WARNING_PREFIX} Ignored a message of unknown type "${type}". Valid types: ${listed(WIDGET_TO_HOST_TYPES)}.`,
    };
  }
  if (version !== PROTOCOL_VERSION) {
    return {
      kind: 'ignore',
      warning: `${WARNING_PREFIX} Ignored "${type}" with version ${JSON.stringify(version)}. Valid versions: ${PROTOCOL_VERSION}.`,
    };
  }
  if (type !== MESSAGE_TYPES.resize) return { kind: 'event', type, message };
  const { height } = message;
  if (typeof height !== 'number' || !(height >= 0 && height <= MAX_HEIGHT)) {
    return { kind: 'ignore', warning: `${WARNING_PREFIX} Ignored "${type}" with an invalid height ${JSON.stringify(height)}.` };
  }
  return { kind: 'resize', height: Math.ceil(height) };
}
