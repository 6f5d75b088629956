import { PageTitle } from '../components/PageTitle';
import { MapSection } from '../directory/MapSection';
import { useI18n } from '../i18n/context';
import { SectionList } from './SectionList';
import { SessionSummary } from './SessionSummary';

export function StartPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('start.title')}</PageTitle>
      <div className="intro">
        <p>{t('start.intro1')}</p>
        <p>{t('start.intro2')}</p>
      </div>
      <SessionSummary />
      <MapSection startOpen />
      <SectionList />
    </>
  );
}
