import type { Network, NetworkMember } from '../api';
import { Link } from '../components/Link';
import { formatDate } from '../format';
import { useI18n } from '../i18n/context';
import { organisationPath } from '../routes';
import { useSession } from '../session/context';
import { actionsFor } from './membership';
import { MemberActions } from './MembershipControls';
import { label, MEMBER_ROLES, MEMBER_STATUS, ORGANISATION_TYPES } from './vocabulary';

/**
 * A table of memberships of a network — the members, or the open requests and invitations —
 * with a column of workflow buttons when the reader may take a step on any row.
 */
export function MembersTable({
  id,
  caption,
  network,
  members,
  onChanged,
}: {
  id: string;
  caption: string;
  network: Network;
  members: NetworkMember[];
  onChanged: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const session = useSession();
  const user = session.state.status === 'authenticated' ? session.state.user : null;
  const withActions = members.some((m) => actionsFor(user, network.id, m).length > 0);
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.col.organisation')}</th>
            <th scope="col">{t('network.col.type')}</th>
            <th scope="col">{t('network.col.role')}</th>
            <th scope="col">{t('network.col.regional')}</th>
            <th scope="col">{t('network.col.status')}</th>
            <th scope="col">{t('network.col.joined')}</th>
            {withActions && <th scope="col">{t('membership.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.organisation_id}>
              <th scope="row">
                <Link href={organisationPath(m.organisation_id)}>{m.organisation_name}</Link>
              </th>
              <td>{label(ORGANISATION_TYPES, m.organisation_type, lang)}</td>
              <td>{label(MEMBER_ROLES, m.role, lang)}</td>
              <td>{m.regional ? t('common.yes') : t('common.no')}</td>
              <td>{label(MEMBER_STATUS, m.status, lang)}</td>
              <td>{m.joined_on ? formatDate(m.joined_on, lang) : t('common.none')}</td>
              {withActions && (
                <td>
                  <MemberActions network={network} member={m} onChanged={onChanged} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
