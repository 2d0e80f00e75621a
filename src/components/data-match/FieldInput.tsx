import type { Finding, FieldId } from '../../checkers/data-match/index.ts';
import { FindingNote } from './FindingNote.tsx';
import { INPUT_HINTS, INPUT_LABELS } from './labels.ts';

interface FieldInputProps {
  field: FieldId;
  /** Prefix that makes the element ids unique on the page. */
  idPrefix: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  /** How the checker read the value ("Read as 3 April 1990"). */
  reading?: string | undefined;
  multiline?: boolean;
  reasonLinks: Readonly<Record<string, string>>;
  embedded: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
  /** Called with the field when its input gains focus, and with `null` when it loses it. */
  onFocusChange: (field: FieldId | null) => void;
}

/** A labelled input with its hint, how it was read, and the findings about it. */
export function FieldInput({ field, idPrefix, value, onChange, findings, reading, multiline, reasonLinks, embedded, inputRef, onFocusChange }: FieldInputProps) {
  const id = `${idPrefix}-${field.replace('.', '-')}`;
  const hint = INPUT_HINTS[field];
  const describedBy = [hint && `${id}-hint`, reading && `${id}-reading`, findings.length > 0 && `${id}-findings`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    // Spell-checkers can send what is typed to a cloud service; autocomplete would store it.
    spellCheck: false,
    autoComplete: 'off',
    'aria-describedby': describedBy || undefined,
    'aria-invalid': findings.some((finding) => finding.severity === 'error') || undefined,
    onFocus: () => onFocusChange(field),
    onBlur: () => onFocusChange(null),
  };
  return (
    <div className={`dm-field dm-field--${field.replace('.', '-')}`}>
      <label htmlFor={id}>{INPUT_LABELS[field]}</label>
      {hint && (
        <p className="dm-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} className="dm-mrz-input" onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {reading && (
        <p className="dm-reading" id={`${id}-reading`}>
          {reading}
        </p>
      )}
      {findings.length > 0 && (
        <ul className="dm-findings" id={`${id}-findings`}>
          {findings.map((finding, index) => (
            <FindingNote key={`${finding.kind}-${index}`} finding={finding} href={reasonLinks[finding.reasonId]} embedded={embedded} />
          ))}
        </ul>
      )}
    </div>
  );
}
