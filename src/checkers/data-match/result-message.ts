/** The result as the embed protocol sends it: codes and plain messages, no personal data. */
import { MESSAGE_TYPES, PROTOCOL_VERSION } from '../../protocol/constants.ts';
import type { DataMatchResultMessage } from '../../protocol/messages.ts';
import type { DataMatchResult } from './check.ts';

export function toResultMessage(result: DataMatchResult): DataMatchResultMessage {
  return {
    type: MESSAGE_TYPES.dataMatchResult,
    version: PROTOCOL_VERSION,
    verdict: result.verdict,
    findings: result.findings.map(({ code, field, severity, message }) => ({ code, field, severity, message })),
  };
}
