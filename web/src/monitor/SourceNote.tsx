// Every figure names its source and date; synthetic data carry a clear banner.
import { formatDate } from '../format';
import { useI18n } from '../i18n/context';
import type { MonitorSource } from './monitorApi';

export function SyntheticBanner({ synthetic }: { synthetic: boolean }) {
  const { t } = useI18n();
  if (!synthetic) return null;
  return (
    <p className="notice monitor-synthetic" role="note">
      <strong>{t('monitor.synthetic')}</strong>
    </p>
  );
}

/** One line per distinct source (name and reference date), e.g. "Quelle: …, Stichtag 30.06.2025". */
export function sourceLines(sources: readonly MonitorSource[], t: ReturnType<typeof useI18n>['t'], lang: ReturnType<typeof useI18n>['lang']): string[] {
  const lines = sources.map((s) =>
    s.reference_date !== undefined && s.reference_date !== '' && formatDate(s.reference_date, lang) !== ''
      ? t('monitor.sourceDate', { name: s.name, date: formatDate(s.reference_date, lang) })
      : t('monitor.source', { name: s.name }),
  );
  return [...new Set(lines)];
}

export function SourceNote({ lines }: { lines: readonly string[] }) {
  return (
    <p className="note monitor-source">
      {lines.map((l) => (
        <span key={l}>
          {l}
          <br />
        </span>
      ))}
    </p>
  );
}
