import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href={ROUTES.start}>{t('login.toStart')}</Link>
      </p>
    </>
  );
}
