/**
 * The embed protocol's names and version, with no dependencies, so that the host-side loader
 * can import them without pulling in zod.
 */

/** Version of every message in this protocol. A receiver ignores other versions. */
export const PROTOCOL_VERSION = 1;

/** Prefix of every message type and every console warning of this protocol. */
export const PROTOCOL_PREFIX = 'kyc:';

/** The widgets that can be embedded, by the path segment of their page under `/embed/`. */
export const WIDGETS = ['data-match', 'photo-check'] as const;
export type WidgetName = (typeof WIDGETS)[number];

/** Every message type, closed: anything else is rejected. */
export const MESSAGE_TYPES = {
  /** Widget → host: the widget's document height changed. */
  resize: 'kyc:resize',
  /** Widget → host: the widget has loaded and listens for messages. */
  ready: 'kyc:ready',
  /** Host → data-match widget: fill the form and run a check. */
  dataMatchCheck: 'kyc:data-match:check',
  /** Host → photo-check widget: check this photo. */
  photoCheck: 'kyc:photo-check:check',
  /** Data-match widget → host: the findings for the current form. */
  dataMatchResult: 'kyc:data-match:result',
  /** Photo-check widget → host: the checks for the last photo. */
  photoCheckResult: 'kyc:photo-check:result',
  /** Photo-check widget → host: a file could not be analysed. */
  photoCheckError: 'kyc:photo-check:error',
} as const;
export type MessageType = (typeof MESSAGE_TYPES)[keyof typeof MESSAGE_TYPES];

/** Message types that a widget sends to its host and the loader re-dispatches as DOM events. */
export const WIDGET_EVENT_TYPES: readonly MessageType[] = [
  MESSAGE_TYPES.ready,
  MESSAGE_TYPES.dataMatchResult,
  MESSAGE_TYPES.photoCheckResult,
  MESSAGE_TYPES.photoCheckError,
];
