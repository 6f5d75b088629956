import { fetchNetwork, type Network } from '../api';
import { Field } from '../components/Field';
import { ExportButtons } from '../components/ExportButtons';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { admissionText } from '../directory/admission';
import { useRegionNames } from '../directory/regions';
import {
  COOPERATION_FORMS,
  HANDLUNGSFELDER,
  label,
  MEMBER_ROLES,
  MEMBER_STATUS,
  NETWORK_STATUS,
  ORGANISATION_TYPES,
  ZIELGRUPPEN,
} from '../directory/vocabulary';
import { formatDate } from '../format';
import { DirectoryEntry } from '../directory/DirectoryEntry';
import { useI18n } from '../i18n/context';
import { importPath, organisationPath, ROUTES } from '../routes';
import { useSession } from '../session/context';

/** One network of the directory (GET /api/v1/networks/{id}). */
export function NetworkPage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <DirectoryEntry
      id={id}
      fetch={fetchNetwork}
      title={t('nav.networks')}
      render={(network: Network) => <NetworkView network={network} />}
    />
  );
}

export function AdmissionRule({ regionalPartners, meetsRule }: { regionalPartners: number; meetsRule: boolean }) {
  const { t } = useI18n();
  const text = admissionText(regionalPartners, meetsRule);
  return (
    <p className={text.met ? 'admission admission-met' : 'admission admission-missing notice'}>
      {t(text.key, text.params)}
    </p>
  );
}

function NetworkView({ network }: { network: Network }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const mayImport =
    session.state.status === 'authenticated' &&
    (session.state.user.is_admin ||
      session.state.user.roles.some((r) => r.scope === 'network' && r.scope_id === network.id && r.role === 'coordinator'));
  const names = useRegionNames(network.kreise);
  const none = t('common.none');
  const text = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? none : value);
  const list = (items: string[]) => (items.length === 0 ? none : items.join(', '));
  const safeWebsite = network.website !== null && /^https?:\/\//i.test(network.website) ? network.website : null;

  return (
    <>
      <p>
        <Link href={ROUTES.networks}>{t('network.back')}</Link>
      </p>
      <PageTitle>{network.name}</PageTitle>
      {network.is_demo && <p className="badge">{t('search.demo')}</p>}

      <h2>{t('network.admission')}</h2>
      <AdmissionRule regionalPartners={network.regional_partners} meetsRule={network.meets_admission_rule} />

      <h2>{t('network.details')}</h2>
      <dl className="fields">
        <Field name={t('network.shortName')}>{text(network.short_name)}</Field>
        <Field name={t('network.foundedOn')}>{network.founded_on ? formatDate(network.founded_on, lang) : none}</Field>
        <Field name={t('network.cooperationForm')}>{network.cooperation_form ? label(COOPERATION_FORMS, network.cooperation_form, lang) : none}</Field>
        <Field name={t('network.status')}>{label(NETWORK_STATUS, network.status, lang)}</Field>
        <Field name={t('network.website')}>
          {safeWebsite !== null ? <a href={safeWebsite}>{safeWebsite}</a> : text(network.website)}
        </Field>
        <Field name={t('network.kreise')}>{list(network.kreise.map((ags) => names[ags] ?? ags))}</Field>
        <Field name={t('network.handlungsfelder')}>
          {list(network.handlungsfelder.map((c) => label(HANDLUNGSFELDER, c, lang)))}
        </Field>
        <Field name={t('network.zielgruppen')}>{list(network.zielgruppen.map((c) => label(ZIELGRUPPEN, c, lang)))}</Field>
        <Field name={t('network.description')}>{text(network.description)}</Field>
      </dl>

      <h2>{t('network.members')}</h2>
      <ExportButtons path={`/api/v1/networks/${network.id}/members`} />
      {mayImport && (
        <p>
          <Link className="button" href={importPath(network.id)}>
            {t('network.import')}
          </Link>
        </p>
      )}
      {network.members.length === 0 ? (
        <p>{t('network.noMembers')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="members-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="members-caption">{t('network.membersCaption', { count: network.members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.col.organisation')}</th>
                <th scope="col">{t('network.col.type')}</th>
                <th scope="col">{t('network.col.role')}</th>
                <th scope="col">{t('network.col.regional')}</th>
                <th scope="col">{t('network.col.status')}</th>
                <th scope="col">{t('network.col.joined')}</th>
              </tr>
            </thead>
            <tbody>
              {network.members.map((m) => {
                return (
                  <tr key={m.organisation_id}>
                    <th scope="row">
                      <Link href={organisationPath(m.organisation_id)}>{m.organisation_name}</Link>
                    </th>
                    <td>{label(ORGANISATION_TYPES, m.organisation_type, lang)}</td>
                    <td>{label(MEMBER_ROLES, m.role, lang)}</td>
                    <td>{m.regional ? t('common.yes') : t('common.no')}</td>
                    <td>{label(MEMBER_STATUS, m.status, lang)}</td>
                    <td>{m.joined_on ? formatDate(m.joined_on, lang) : none}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
