// Small form pieces shared by the monitor's views.
import { useI18n } from '../i18n/context';

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** The German (or English) name of a requirement level 1–4. */
export function useLevelName(): (level: number) => string {
  const { t } = useI18n();
  return (level) => t(`monitor.level.${level as Level}`);
}

/** The four requirement levels as <option>s. */
export function LevelOptions() {
  const levelName = useLevelName();
  return (
    <>
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {levelName(l)}
        </option>
      ))}
    </>
  );
}

/** The text filter on occupation name or KldB code above a table. */
export function TextFilter({ id, value, onChange }: { id: string; value: string; onChange: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('monitor.filter.text')}</label>
      <input id={id} type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
