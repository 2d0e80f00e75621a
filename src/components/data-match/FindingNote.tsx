import type { Finding } from '../../checkers/data-match/index.ts';
import { Highlighted } from './Highlighted.tsx';
import { SEVERITY_LABELS, TEXT } from './labels.ts';

interface FindingNoteProps {
  finding: Finding;
  /** The article that explains it, if the site has one. */
  href: string | undefined;
  /** In an iframe, links open a new tab rather than navigating the frame. */
  embedded: boolean;
}

/** One finding under the field it concerns: what is wrong, the marked values, what to do, and why. */
export function FindingNote({ finding, href, embedded }: FindingNoteProps) {
  const { account, document } = finding.highlight ?? {};
  const isZone = finding.field === 'mrz';
  return (
    <li className={`dm-finding dm-finding--${finding.severity}`} data-code={finding.code}>
      <p>
        <span className="dm-badge">{SEVERITY_LABELS[finding.severity]}</span> {finding.message}
      </p>
      {(account || document) && (
        <dl className={isZone ? 'dm-compare dm-compare--zone' : 'dm-compare'}>
          {account && (
            <>
              <dt>{TEXT.inAccount}</dt>
              <dd>
                <Highlighted value={account} />
              </dd>
            </>
          )}
          {document && (
            <>
              <dt>{TEXT.onDocument}</dt>
              <dd>
                <Highlighted value={document} />
              </dd>
            </>
          )}
        </dl>
      )}
      <p className="dm-fix">{finding.fix}</p>
      {href && (
        <a className="dm-why" href={href} {...(embedded && { target: '_blank', rel: 'noopener noreferrer' })}>
          {TEXT.whyLink}
          {embedded && <span className="dm-visually-hidden"> {TEXT.newTab}</span>}
        </a>
      )}
    </li>
  );
}
