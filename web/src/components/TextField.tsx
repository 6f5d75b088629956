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
}

/** A labelled input with an optional hint and its error message right below it. */
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
}: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = error !== '';
  const describedBy = [hint !== '' ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== '' && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        ref={inputRef}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={invalid}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
