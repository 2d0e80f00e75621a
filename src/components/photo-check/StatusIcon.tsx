import type { CheckStatus } from '../../protocol/messages.ts';
import { STATUS_LABELS } from './labels.ts';

/** A tick, an exclamation mark or a cross in a circle, with the status in words for screen readers. */
export function StatusIcon({ status }: { status: CheckStatus }) {
  return (
    <span className={`pc-status pc-status--${status}`}>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="9" />
        {status === 'pass' && <path d="M5.5 10.5l3 3 6-7" />}
        {status === 'warn' && <path d="M10 5v6.5M10 14.2v.6" />}
        {status === 'fail' && <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" />}
      </svg>
      <span className="pc-status__label">{STATUS_LABELS[status]}</span>
    </span>
  );
}
