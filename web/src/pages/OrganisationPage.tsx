import { fetchOrganisation, type Organisation } from '../api';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { mayEditOrganisation } from '../directory/directoryRights';
import { useRegionNames } from '../directory/regions';
import { label, ORGANISATION_TYPES } from '../directory/vocabulary';
import { DirectoryEntry } from '../directory/DirectoryEntry';
import { useI18n } from '../i18n/context';
import { useFlash } from '../router';
import { networkPath, organisationEditPath, ROUTES } from '../routes';
import { useSession } from '../session/context';

/** One organisation of the directory (GET /api/v1/organisations/{id}). */
export function OrganisationPage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <DirectoryEntry
      id={id}
      fetch={fetchOrganisation}
      title={t('search.kind.organisation')}
      render={(organisation: Organisation) => <OrganisationView organisation={organisation} />}
    />
  );
}

function OrganisationView({ organisation: o }: { organisation: Organisation }) {
  const { t, lang } = useI18n();
  const names = useRegionNames(o.kreis_ags ? [o.kreis_ags] : []);
  const flash = useFlash();
  const session = useSession();
  const user = session.state.status === 'authenticated' ? session.state.user : null;
  const none = t('common.none');
  const hidden = <span className="note">{t('organisation.hidden')}</span>;
  const website = o.website !== null && /^https?:\/\//i.test(o.website) ? o.website : null;

  return (
    <>
      <p>
        <Link href={ROUTES.networks}>{t('network.back')}</Link>
      </p>
      <PageTitle>{o.name}</PageTitle>
      {o.is_demo && <p className="badge">{t('search.demo')}</p>}
      <FormAlert message={flash} kind="success" />
      {mayEditOrganisation(user, o) && (
        <p>
          <Link className="button button-secondary" href={organisationEditPath(o.id)}>
            {t('directoryForm.edit')}
          </Link>
        </p>
      )}
      <dl className="fields">
        <dt>{t('organisation.type')}</dt>
        <dd>{label(ORGANISATION_TYPES, o.type, lang)}</dd>
        <dt>{t('organisation.city')}</dt>
        <dd>{o.city || none}</dd>
        <dt>{t('organisation.kreis')}</dt>
        <dd>{o.kreis_ags ? (names[o.kreis_ags] ?? o.kreis_ags) : none}</dd>
        <dt>{t('organisation.website')}</dt>
        <dd>{website !== null ? <a href={website}>{website}</a> : o.website || none}</dd>
      </dl>

      <h2>{t('organisation.contacts')}</h2>
      {o.contacts.length === 0 ? (
        <p>{t('organisation.noContacts')}</p>
      ) : (
        <ul className="contacts">
          {o.contacts.map((c, index) => (
            <li key={index}>
              <strong>{c.name}</strong>
              <dl className="fields">
                <dt>{t('organisation.functionTitle')}</dt>
                <dd>{c.function_title || none}</dd>
                <dt>{t('organisation.email')}</dt>
                <dd>{c.email === null ? hidden : <a href={`mailto:${c.email}`}>{c.email}</a>}</dd>
                <dt>{t('organisation.phone')}</dt>
                <dd>{c.phone === null ? hidden : c.phone}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('organisation.networks')}</h2>
      {o.networks.length === 0 ? (
        <p>{t('organisation.noNetworks')}</p>
      ) : (
        <ul>
          {o.networks.map((n) => (
            <li key={n.id}>
              <Link href={networkPath(n.id)}>{n.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
