import type { ChangeEvent, HTMLAttributes, Ref } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** Help text shown between label and input (e.g. password rules); '' for none. */
  hint?: string;
  /** Message shown below the field and announced to screen readers; '' for none. */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Lines of a multi-line field (a textarea); single-line input when not given. */
  rows?: number;
}

/** A labelled input (or textarea, with `rows`) with an optional hint and its error message right below it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  hint = '',
  error = '',
  inputRef,
  rows,
}: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = error !== '';
  const describedBy = [hint !== '' ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': invalid,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  };
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== '' && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {rows === undefined ? (
        <input
          {...common}
          ref={inputRef}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      ) : (
        <textarea {...common} rows={rows} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
      )}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
