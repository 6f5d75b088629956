import type { ReactNode } from 'react';
import { Link } from '../../components/Link';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/context';
import { useLocation } from '../../router';
import { ROUTES } from '../../routes';

/** Common top of the administration pages: section name, sub-navigation, page heading. */
export function AdminFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const inAudit = path.startsWith(ROUTES.adminAudit);
  const inVocabularies = path.startsWith(ROUTES.adminVocabularies);
  const current = (active: boolean, exact: boolean) => (active ? (exact ? 'page' : 'true') : undefined);
  return (
    <>
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <p className="kicker" aria-hidden="true">
          {t('admin.kicker')}
        </p>
        <ul>
          <li>
            <Link href={ROUTES.admin} aria-current={current(!inAudit && !inVocabularies, path === ROUTES.admin)}>
              {t('admin.nav.users')}
            </Link>
          </li>
          <li>
            <Link href={ROUTES.adminAudit} aria-current={current(inAudit, path === ROUTES.adminAudit)}>
              {t('admin.nav.audit')}
            </Link>
          </li>
          <li>
            <Link href={ROUTES.adminVocabularies} aria-current={current(inVocabularies, path === ROUTES.adminVocabularies)}>
              {t('admin.nav.vocabularies')}
            </Link>
          </li>
        </ul>
      </nav>
      <PageTitle>{title}</PageTitle>
      {children}
    </>
  );
}
