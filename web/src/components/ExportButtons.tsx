import { useState } from 'react';
import { downloadList, type ExportFormat } from '../directory/transfer';
import { saveFile } from '../download';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { FormAlert } from './FormAlert';

/** "Exportieren (CSV/Excel)": the list behind `path` (an API list route) as a file. */
export function ExportButtons({ path }: { path: string }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const run = (format: ExportFormat) => {
    setBusy(true);
    setError('');
    downloadList(path, format, lang)
      .then((file) => saveFile(file.filename, file.blob, file.type))
      .catch((e: unknown) => setError(errorText(e, t)))
      .finally(() => setBusy(false));
  };

  return (
    <div className="export-buttons" role="group" aria-label={t('export.label')}>
      <span>{t('export.label')}:</span>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => run('csv')}>
        {t('export.csv')}
      </button>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => run('xlsx')}>
        {t('export.xlsx')}
      </button>
      <FormAlert message={error} />
    </div>
  );
}
