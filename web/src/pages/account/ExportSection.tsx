import { useState } from 'react';
import { exportMyData } from '../../api';
import { FormAlert } from '../../components/FormAlert';
import { saveFile } from '../../download';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';

/** Download of all own data (GET /api/v1/me/export), saved under the server's file name. */
export function ExportSection() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const handleClick = async () => {
    setBusy(true);
    setError('');
    setDone('');
    try {
      const file = await exportMyData();
      saveFile(file.filename, file.content, file.type);
      setDone(file.filename);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('account.export.title')}</h2>
      <p>{t('account.export.text')}</p>
      <FormAlert message={error} />
      <FormAlert kind="success" message={done === '' ? '' : t('account.export.done', { filename: done })} />
      <p>
        <button type="button" className="button button-secondary" onClick={handleClick} disabled={busy}>
          {busy ? t('account.export.busy') : t('account.export.submit')}
        </button>
      </p>
    </section>
  );
}
