import { useEffect, useState, type FormEvent } from 'react';
import {
  fetchOrganisation,
  findOrganisations,
  membershipStep,
  type Network,
  type NetworkMember,
  type SearchHit,
} from '../api';
import { ConfirmPanel } from '../components/ConfirmPanel';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { useSession } from '../session/context';
import { actionsFor, requestableOrganisations, today, validateEnd, type EndErrors, type MembershipAction } from './membership';
import { label, MEMBER_ROLES, MEMBER_STATUS } from './vocabulary';

/** The logged-in user, or null. */
function useUser() {
  const session = useSession();
  return session.state.status === 'authenticated' ? session.state.user : null;
}

function useRoleOptions() {
  const { lang } = useI18n();
  return Object.keys(MEMBER_ROLES).map((value) => ({ value, label: label(MEMBER_ROLES, value, lang) }));
}

/**
 * The buttons for one membership (approve, accept, decline, end). Declining and ending open a
 * confirmation in place that asks for the reason (and, when ending, the leaving date).
 */
export function MemberActions({
  network,
  member,
  onChanged,
}: {
  network: Network;
  member: NetworkMember;
  onChanged: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const user = useUser();
  const [open, setOpen] = useState<'leave' | 'reject' | null>(null);
  const [form, setForm] = useState({ left_on: today(), reason: '' });
  const [errors, setErrors] = useState<EndErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const actions = actionsFor(user, network.id, member);
  if (actions.length === 0) return null;

  const run = async (action: MembershipAction) => {
    setBusy(true);
    setError('');
    try {
      const details = action === 'leave' ? form : action === 'reject' ? { reason: form.reason } : {};
      const changed = await membershipStep(network.id, member.organisation_id, action, details);
      setOpen(null);
      onChanged(t('membership.done', { name: member.organisation_name, status: label(MEMBER_STATUS, changed.status, lang) }));
    } catch (e: unknown) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    if (open === null) return;
    const found = validateEnd(form, open, member.joined_on);
    setErrors(found);
    if (Object.keys(found).length === 0) void run(open);
  };

  const id = `member-${member.organisation_id}`;
  return (
    <div className="member-actions">
      {open === null && <FormAlert message={error} />}
      {actions.map((action) =>
        action === 'leave' || action === 'reject' ? (
          <button key={action} type="button" className="button button-secondary" disabled={busy} onClick={() => setOpen(action)}>
            {t(`membership.action.${action}`)}
          </button>
        ) : (
          <button key={action} type="button" className="button" disabled={busy} onClick={() => void run(action)}>
            {t(`membership.action.${action}`)}
          </button>
        ),
      )}
      {open !== null && (
        <ConfirmPanel
          title={t(open === 'leave' ? 'membership.end.titleLeave' : 'membership.end.titleReject', { name: member.organisation_name })}
          confirmLabel={t(`membership.action.${open}`)}
          busyLabel={t('membership.busy')}
          busy={busy}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setOpen(null);
            setErrors({});
            setError('');
          }}
        >
          {open === 'leave' && (
            <TextField
              id={`${id}-left-on`}
              label={t('membership.end.date')}
              hint={t('membership.end.dateHint')}
              value={form.left_on}
              onChange={(left_on) => setForm({ ...form, left_on })}
              error={errors.left_on ? t(errors.left_on) : ''}
            />
          )}
          <TextField
            id={`${id}-reason`}
            label={t('membership.end.reason')}
            value={form.reason}
            rows={3}
            onChange={(reason) => setForm({ ...form, reason })}
            error={errors.reason ? t(errors.reason) : ''}
          />
        </ConfirmPanel>
      )}
    </div>
  );
}

/** "Beitritt anfragen" for editors of organisations that are not yet linked to the network. */
export function JoinRequest({ network, onChanged }: { network: Network; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const user = useUser();
  const roles = useRoleOptions();
  const candidates = requestableOrganisations(user, network);
  const [names, setNames] = useState<Record<number, string>>({});
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('partner');
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const key = candidates.join(',');

  useEffect(() => {
    let active = true;
    void Promise.all(candidates.map((id) => fetchOrganisation(id).then((o) => [id, o.name] as const).catch(() => null))).then(
      (found) => {
        if (!active) return;
        const next: Record<number, string> = {};
        for (const entry of found) if (entry !== null) next[entry[0]] = entry[1];
        setNames(next);
      },
    );
    return () => {
      active = false;
    };
  }, [key]);

  if (candidates.length === 0) return null;
  const options = [
    { value: '', label: '–' },
    ...candidates.map((id) => ({ value: String(id), label: names[id] ?? t('membership.organisationNo', { id }) })),
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (organisation === '') {
      setFieldError(t('membership.error.organisation'));
      return;
    }
    setFieldError('');
    setBusy(true);
    setError('');
    try {
      await membershipStep(network.id, Number(organisation), 'request', { role });
      setOrganisation('');
      onChanged(t('membership.request.done'));
    } catch (e: unknown) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="join-request-title">
      <h2 id="join-request-title">{t('membership.request.title')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <FormAlert message={error} />
        <SelectField
          id="join-organisation"
          label={t('membership.request.organisation')}
          value={organisation}
          options={options}
          onChange={setOrganisation}
          error={fieldError}
        />
        <SelectField id="join-role" label={t('membership.request.role')} value={role} options={roles} onChange={setRole} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('membership.busy') : t('membership.request.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Coordinators search for an organisation and invite it with a role. */
export function InviteOrganisation({ network, onChanged }: { network: Network; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const roles = useRoleOptions();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [role, setRole] = useState('partner');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const linked = new Set(network.members.filter((m) => m.status !== 'left').map((m) => m.organisation_id));

  const find = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError('');
    if (text.trim() === '') return;
    try {
      setHits(await findOrganisations(text.trim()));
    } catch (e: unknown) {
      setError(errorText(e, t));
    }
  };

  const invite = async (hit: SearchHit) => {
    setBusy(true);
    setError('');
    try {
      await membershipStep(network.id, hit.id, 'invite', { role });
      setHits(null);
      setText('');
      onChanged(t('membership.invite.done', { name: hit.title }));
    } catch (e: unknown) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('membership.invite.title')}</h2>
      <form noValidate role="search" onSubmit={(e) => void find(e)}>
        <FormAlert message={error} />
        <TextField id="invite-search" label={t('membership.invite.search')} hint={t('membership.invite.hint')} value={text} onChange={setText} />
        <SelectField id="invite-role" label={t('membership.request.role')} value={role} options={roles} onChange={setRole} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('membership.invite.find')}
          </button>
        </div>
      </form>
      {hits !== null &&
        (hits.filter((h) => !linked.has(h.id)).length === 0 ? (
          <p aria-live="polite">{t('membership.invite.noHits')}</p>
        ) : (
          <ul className="invite-hits" aria-live="polite">
            {hits
              .filter((h) => !linked.has(h.id))
              .map((hit) => (
                <li key={hit.id}>
                  {hit.title}{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    aria-label={t('membership.invite.submitNamed', { name: hit.title })}
                    onClick={() => void invite(hit)}
                  >
                    {t('membership.invite.submit')}
                  </button>
                </li>
              ))}
          </ul>
        ))}
    </section>
  );
}
