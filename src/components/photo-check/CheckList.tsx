import type { PhotoCheckResult } from '../../checkers/photo/types.ts';
import { CHECK_TITLES } from './labels.ts';
import { StatusIcon } from './StatusIcon.tsx';

interface Props {
  checks: readonly PhotoCheckResult[];
  /** Reason id → link to the article that explains it. */
  reasonLinks: Readonly<Record<string, string>>;
  /** Open article links in a new tab (inside an iframe). */
  linksInNewTab: boolean;
}

/** The checks, worst first, each with what was found, what to do and a link to why. */
export function CheckList({ checks, reasonLinks, linksInNewTab }: Props) {
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  const sorted = [...checks].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <ul className="pc-checks">
      {sorted.map((check) => {
        const href = reasonLinks[check.reasonId];
        return (
          <li key={check.id} className={`pc-check pc-check--${check.status}`} data-check={check.id} data-status={check.status}>
            <div className="pc-check__head">
              <StatusIcon status={check.status} />
              <h3 className="pc-check__title">{CHECK_TITLES[check.id]}</h3>
            </div>
            <p className="pc-check__message">{check.message}</p>
            {check.status !== 'pass' && <p className="pc-check__fix">{check.fix}</p>}
            {check.status !== 'pass' && href && (
              <a className="pc-check__link" href={href} {...(linksInNewTab ? { target: '_blank', rel: 'noopener' } : {})}>
                Why photos get rejected for this
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
