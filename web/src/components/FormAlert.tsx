/**
 * Form-level message. The live region is always in the DOM so that screen readers
 * announce a message as soon as it appears.
 */
export function FormAlert({ message, kind = 'error' }: { message: string; kind?: 'error' | 'success' }) {
  if (kind === 'success') {
    return (
      <div role="status" className={message === '' ? 'form-alert-empty' : 'form-alert form-alert-success'}>
        {message}
      </div>
    );
  }
  return (
    <div role="alert" className={message === '' ? 'form-alert-empty' : 'form-alert form-alert-error'}>
      {message}
    </div>
  );
}
