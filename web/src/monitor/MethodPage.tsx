// "Arbeitsmarktmonitor: Methode": how the bottleneck score and the projection work and their
// limits, in plain German (summarised from docs/engine-monitor.md).
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';

export function MethodPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('monitor.method.title')}</PageTitle>
      <p>
        <Link href={ROUTES.monitor}>{t('monitor.method.back')}</Link>
      </p>
      <h2>{t('monitor.method.scoreHeading')}</h2>
      <p>{t('monitor.method.score1')}</p>
      <p>{t('monitor.method.score2')}</p>
      <p>{t('monitor.method.score3')}</p>
      <h2>{t('monitor.method.projectionHeading')}</h2>
      <p>{t('monitor.method.projection1')}</p>
      <p>{t('monitor.method.projection2')}</p>
      <h2>{t('monitor.method.limitsHeading')}</h2>
      <ul>
        <li>{t('monitor.method.limit1')}</li>
        <li>{t('monitor.method.limit2')}</li>
        <li>{t('monitor.method.limit3')}</li>
        <li>{t('monitor.method.limit4')}</li>
        <li>{t('monitor.method.limit5')}</li>
      </ul>
    </>
  );
}
