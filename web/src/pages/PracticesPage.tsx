import { useEffect, useState } from 'react';
import { listPractices, type PracticePage } from '../api';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { mayCreatePractice } from '../directory/practiceRights';
import { errorText } from '../errors';
import { formatNumber } from '../format';
import { useI18n } from '../i18n/context';
import { practicePath, ROUTES } from '../routes';
import { useSession } from '../session/context';

const PAGE_SIZE = 20;

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; page: PracticePage };

/**
 * "Praxisdatenbank": the newest entries (published ones, plus the unpublished ones of the
 * user's networks), a link to the full-text search over practices and, for editors, a new entry.
 */
export function PracticesPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const user = state.status === 'authenticated' ? state.user : null;
  const [page, setPage] = useState(1);
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    listPractices(page, PAGE_SIZE)
      .then((result) => active && setLoad({ status: 'loaded', page: result }))
      .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    return () => {
      active = false;
    };
  }, [page, user?.id]);

  const pages = load.status === 'loaded' ? Math.max(1, Math.ceil(load.page.total / PAGE_SIZE)) : 1;
  return (
    <>
      <PageTitle>{t('nav.practice')}</PageTitle>
      <p className="lead">{t('placeholder.practice')}</p>
      <p className="button-row">
        <Link className="button" href={`${ROUTES.networks}?type=practice`}>
          {t('practice.search')}
        </Link>
        {mayCreatePractice(user) && (
          <Link className="button button-primary" href={ROUTES.newPractice}>
            {t('practice.new')}
          </Link>
        )}
      </p>
      {load.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
      {load.status === 'failed' && <FormAlert message={load.message} />}
      {load.status === 'loaded' && (
        <>
          <p aria-live="polite" className="result-count">
            {t('search.total', { count: formatNumber(load.page.total, lang) })}
          </p>
          <ol className="result-list">
            {load.page.items.map((p) => (
              <li key={p.id}>
                <p className="result-kind">
                  {t(`practice.status.${p.status}`)}
                  {p.is_demo && <span className="badge"> {t('search.demo')}</span>}
                  {p.awards.length > 0 && ` · ${t('practice.award', { name: p.awards[0]?.name ?? '', year: p.awards[0]?.year ?? '' })}`}
                </p>
                <h2>
                  <Link href={practicePath(p.id)}>{p.title}</Link>
                </h2>
                {p.teaser !== '' && <p>{p.teaser}</p>}
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label={t('search.paging')} className="paging">
              {page > 1 && (
                <button type="button" className="button" onClick={() => setPage(page - 1)}>
                  {t('search.previous')}
                </button>
              )}
              <span>{t('search.pageOf', { page, pages })}</span>
              {page < pages && (
                <button type="button" className="button" onClick={() => setPage(page + 1)}>
                  {t('search.next')}
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
