import { useEffect, useState } from 'react';
import { listNetworkPractices, type PracticePage } from '../api';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { practicePath } from '../routes';

/** The network's published good-practice entries (GET /api/v1/practices?network=…&status=published). */
export function NetworkPractices({ networkId }: { networkId: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState<PracticePage | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let active = true;
    listNetworkPractices(networkId)
      .then((p) => active && setPage(p))
      .catch((e: unknown) => active && setError(errorText(e, t)));
    return () => {
      active = false;
    };
  }, [networkId]);

  return (
    <section aria-labelledby="network-practices">
      <h2 id="network-practices">{t('network.practices')}</h2>
      <FormAlert message={error} />
      {page === null ? (
        error === '' && <p aria-live="polite">{t('common.loading')}</p>
      ) : page.items.length === 0 ? (
        <p>{t('network.noPractices')}</p>
      ) : (
        <ul className="practice-list">
          {page.items.map((p) => (
            <li key={p.id}>
              <Link href={practicePath(p.id)}>{p.title}</Link>
              {p.teaser !== '' && <p>{p.teaser}</p>}
            </li>
          ))}
        </ul>
      )}
      {page !== null && page.total > page.items.length && <p>{t('network.morePractices', { count: page.total })}</p>}
    </section>
  );
}
