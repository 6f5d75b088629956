import { useEffect, useState, type ReactNode } from 'react';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';

type Load<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; value: T };

/**
 * Loads one directory entry (a network, an organisation) and renders it, with the same
 * loading text and the same error page — the server's message and a way back to the search —
 * for every kind. A late answer for an id the page has left is ignored.
 */
export function DirectoryEntry<T>({
  id,
  fetch,
  title,
  render,
}: {
  id: number;
  fetch: (id: number) => Promise<T>;
  title: string;
  render: (value: T) => ReactNode;
}) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    setLoad({ status: 'loading' });
    fetch(id)
      .then((value) => active && setLoad({ status: 'loaded', value }))
      .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    return () => {
      active = false;
    };
  }, [id]);

  if (load.status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (load.status === 'failed')
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <FormAlert message={load.message} />
        <p>
          <Link href={ROUTES.networks}>{t('network.back')}</Link>
        </p>
      </>
    );
  return <>{render(load.value)}</>;
}
