import { CheckboxField } from '../components/CheckboxField';
import { useI18n } from '../i18n/context';
import { HANDLUNGSFELDER, ZIELGRUPPEN } from './vocabulary';

type Topic = 'handlungsfelder' | 'zielgruppen';

/** The Handlungsfelder and Zielgruppen as two groups of checkboxes, with an error under each group. */
export function VocabularyFields({
  value,
  errors,
  onToggle,
}: {
  value: Record<Topic, string[]>;
  errors: Partial<Record<Topic, string>>;
  onToggle: (field: Topic, code: string, on: boolean) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      {(
        [
          ['handlungsfelder', HANDLUNGSFELDER, 'network.handlungsfelder'],
          ['zielgruppen', ZIELGRUPPEN, 'network.zielgruppen'],
        ] as const
      ).map(([field, labels, legend]) => (
        <fieldset key={field} className={errors[field] ? 'field-invalid' : undefined}>
          <legend>{t(legend)}</legend>
          {Object.entries(labels).map(([code, names]) => (
            <CheckboxField
              key={code}
              id={`${field}-${code}`}
              label={lang === 'de' ? names[0] : names[1]}
              checked={value[field].includes(code)}
              onChange={(on) => onToggle(field, code, on)}
            />
          ))}
          {errors[field] && <p className="field-error">{errors[field]}</p>}
        </fieldset>
      ))}
    </>
  );
}
