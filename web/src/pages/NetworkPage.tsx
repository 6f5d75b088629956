import { useState } from 'react';
import { fetchNetwork, type Network } from '../api';
import { FormAlert } from '../components/FormAlert';
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
  NETWORK_STATUS,
  ZIELGRUPPEN,
} from '../directory/vocabulary';
import { formatDate } from '../format';
import { DirectoryEntry } from '../directory/DirectoryEntry';
import { mayEditNetwork } from '../directory/directoryRights';
import { coordinates, pendingMembers } from '../directory/membership';
import { InviteOrganisation, JoinRequest } from '../directory/MembershipControls';
import { MembersTable } from '../directory/MembersTable';
import { NetworkPractices } from '../directory/NetworkPractices';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { useFlash } from '../router';
import { importPath, networkEditPath, ROUTES } from '../routes';
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

function NetworkView({ network: loaded }: { network: Network }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const flash = useFlash();
  const [network, setNetwork] = useState(loaded);
  const [notice, setNotice] = useState('');
  const [reloadError, setReloadError] = useState('');
  const user = session.state.status === 'authenticated' ? session.state.user : null;
  const mayImport = coordinates(user, network.id);
  const pending = pendingMembers(network);
  const settled = network.members.filter((m) => m.status === 'active' || m.status === 'left');
  // After a membership step the page shows the server's new state (admission rule included).
  const changed = (message: string) => {
    setNotice(message);
    setReloadError('');
    fetchNetwork(network.id)
      .then(setNetwork)
      .catch((e: unknown) => setReloadError(errorText(e, t)));
  };
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
      <FormAlert message={flash} kind="success" />
      {mayEditNetwork(user, network.id) && (
        <p>
          <Link className="button button-secondary" href={networkEditPath(network.id)}>
            {t('directoryForm.edit')}
          </Link>
        </p>
      )}

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

      <NetworkPractices networkId={network.id} />

      <FormAlert message={notice} kind="success" />
      <FormAlert message={reloadError} />
      {pending.length > 0 && (
        <>
          <h2>{t('membership.pending')}</h2>
          <MembersTable
            id="pending-caption"
            caption={t('membership.pendingCaption', { count: pending.length })}
            network={network}
            members={pending}
            onChanged={changed}
          />
        </>
      )}
      <JoinRequest network={network} onChanged={changed} />
      {mayImport && <InviteOrganisation network={network} onChanged={changed} />}

      <h2>{t('network.members')}</h2>
      <ExportButtons path={`/api/v1/networks/${network.id}/members`} />
      {mayImport && (
        <p>
          <Link className="button" href={importPath(network.id)}>
            {t('network.import')}
          </Link>
        </p>
      )}
      {settled.length === 0 ? (
        <p>{t('network.noMembers')}</p>
      ) : (
        <MembersTable
          id="members-caption"
          caption={t('network.membersCaption', { count: settled.length })}
          network={network}
          members={settled}
          onChanged={changed}
        />
      )}
    </>
  );
}
