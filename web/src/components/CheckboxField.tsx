import type { ChangeEvent } from 'react';

interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** A checkbox with its label to the right and an error message below. */
export function CheckboxField({ id, label, checked, onChange, error = '' }: Props) {
  const errorId = `${id}-error`;
  const invalid = error !== '';
  return (
    <div className={invalid ? 'field field-checkbox field-invalid' : 'field field-checkbox'}>
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
