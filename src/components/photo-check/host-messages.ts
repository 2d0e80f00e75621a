/**
 * What the embedded photo checker tells its host page after each photo: the verdict, each
 * check's status, message and value, and the time taken. Never pixels, never the file name.
 */
import { MESSAGE_TYPES, PROTOCOL_VERSION } from '../../protocol/constants.ts';
import type { PhotoCheckErrorMessage, PhotoCheckResultMessage } from '../../protocol/messages.ts';
import type { PhotoCheckOutcome } from './PhotoCheck.tsx';

export function hostMessageFor(outcome: PhotoCheckOutcome): PhotoCheckResultMessage | PhotoCheckErrorMessage {
  if (outcome.kind === 'error') {
    return { type: MESSAGE_TYPES.photoCheckError, version: PROTOCOL_VERSION, code: outcome.code, message: outcome.message };
  }
  const { analysis } = outcome.reply;
  return {
    type: MESSAGE_TYPES.photoCheckResult,
    version: PROTOCOL_VERSION,
    verdict: analysis.verdict,
    checks: analysis.checks.map(({ id, status, message, value }) => (value === undefined ? { id, status, message } : { id, status, message, value })),
    timings: { totalMs: Math.round(outcome.totalMs) },
  };
}
