import type { ChangeEvent, Ref } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  /** Language of the label when it differs from the page ("English" on a German page). */
  lang?: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

/** A labelled drop-down list with optional hint and error message (like TextField). */
export function SelectField({ id, label, value, options, onChange, hint = '', error = '', selectRef }: Props) {
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
      <select
        id={id}
        name={id}
        ref={selectRef}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
