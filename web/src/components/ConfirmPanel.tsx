import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/context';
import { FormAlert } from './FormAlert';

interface Props {
  /** The question, e.g. "Konto von „Erika Muster“ sperren?" */
  title: string;
  /** What exactly happens; may contain fields (e.g. a password for confirmation). */
  children?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy?: boolean;
  /** Error of the confirmed action for the whole panel; '' for none. */
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The confirmation step before a destructive action. It opens in place below the button
 * that asked for it (no modal), takes focus on its heading, and gives the focus back to
 * that button when cancelled (button "Abbrechen" or the Escape key).
 */
export function ConfirmPanel({ title, children, confirmLabel, busyLabel, busy = false, error = '', onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    headingRef.current?.focus();
  }, []);

  const cancel = () => {
    onCancel();
    const back = opener.current;
    if (back instanceof HTMLElement) window.setTimeout(() => back.focus(), 0);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onConfirm();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation();
      cancel();
    }
  };

  return (
    <section className="confirm-panel" aria-labelledby={headingId} onKeyDown={handleKeyDown}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <form noValidate onSubmit={handleSubmit} aria-busy={busy}>
        <FormAlert message={error} />
        {children}
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy && busyLabel !== undefined ? busyLabel : confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={cancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
