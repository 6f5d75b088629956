import { PageTitle } from '../components/PageTitle';
import { useI18n } from '../i18n/context';
import type { Section } from '../routes';

/** A section that is not built yet: says what it will offer, shows no data. */
export function PlaceholderPage({ section }: { section: Section }) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t(section.title)}</PageTitle>
      <p className="badge">{t('placeholder.badge')}</p>
      <p className="lead">{t(section.description)}</p>
      <p>{t('placeholder.note')}</p>
    </>
  );
}
