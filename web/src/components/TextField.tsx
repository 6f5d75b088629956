import type { ChangeEvent, Ref } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  /** Message shown below the field and announced to screen readers; '' for none. */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with its error message right below it. */
export function TextField({ id, label, value, onChange, type = 'text', autoComplete, error = '', inputRef }: Props) {
  const errorId = `${id}-error`;
  const invalid = error !== '';
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        ref={inputRef}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
