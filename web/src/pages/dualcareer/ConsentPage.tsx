import { useEffect, useState, type FormEvent } from 'react';
import { CheckboxField } from '../../components/CheckboxField';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { errorText } from '../../errors';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/messages';
import {
  DATA_ITEMS,
  decideReveal,
  fetchConsentPage,
  formFromConsent,
  formProblem,
  grantConsent,
  revokeConsent,
  type ConsentForm,
  type ConsentPageData,
  type DataItem,
} from './consentApi';

/**
 * The partner's page behind the personal link: read the consent text, choose which data go to
 * whom for which purpose, revoke at once, answer contact requests, see who viewed the profile.
 */
export function ConsentPage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<ConsentPageData | null>(null);
  const [form, setForm] = useState<ConsentForm | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const show = (next: ConsentPageData) => {
    setData(next);
    setForm(formFromConsent(next.consent, t('consent.defaultPurpose', { network: next.network.name })));
  };

  useEffect(() => {
    fetchConsentPage(token).then(show, (e: unknown) => setError(errorText(e, t)));
  }, [token]);

  const run = async (action: () => Promise<ConsentPageData>, done: MessageKey) => {
    setBusy(true);
    setError('');
    setNotice('');
    try {
      show(await action());
      setNotice(t(done));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  if (data === null || form === null) {
    return (
      <>
        <PageTitle>{t('consent.title')}</PageTitle>
        {error === '' ? <p>{t('consent.loading')}</p> : <FormAlert message={error} />}
      </>
    );
  }

  const toggleItem = (item: DataItem, on: boolean) =>
    setForm({ ...form, dataItems: on ? [...form.dataItems, item] : form.dataItems.filter((i) => i !== item) });
  const toggleOrg = (id: number, on: boolean) =>
    setForm({ ...form, organisations: on ? [...form.organisations, id] : form.organisations.filter((o) => o !== id) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = formProblem(form);
    if (problem !== '') {
      setError(t(problem));
      return;
    }
    void run(() => grantConsent(token, data.text.version, form), 'consent.saved');
  };

  return (
    <>
      <PageTitle>{t('consent.title')}</PageTitle>
      <p>{t('consent.intro', { network: data.network.name })}</p>
      <FormAlert message={error} />
      <FormAlert kind="success" message={notice} />
      <section aria-labelledby="consent-status">
        <h2 id="consent-status">{t('consent.status')}</h2>
        <p data-testid="consent-status">
          {data.consent === null
            ? t('consent.none')
            : t('consent.active', { date: formatDateTime(data.consent.granted_at, lang) })}
        </p>
        {data.consent !== null && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => revokeConsent(token), 'consent.revoked')}>
            {t('consent.revoke')}
          </button>
        )}
      </section>
      <form className="form" noValidate onSubmit={submit} aria-busy={busy}>
        <h2>{t('consent.textHeading', { version: data.text.version })}</h2>
        <p className="consent-text">{data.text.text}</p>
        <fieldset>
          <legend>{t('consent.items')}</legend>
          {DATA_ITEMS.map((item) => (
            <CheckboxField
              key={item}
              id={`consent-item-${item}`}
              label={t(`consent.item.${item}` as MessageKey)}
              checked={form.dataItems.includes(item)}
              onChange={(on) => toggleItem(item, on)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('consent.recipients')}</legend>
          <CheckboxField
            id="consent-scope-network"
            label={t('consent.scopeNetwork', { network: data.network.name })}
            checked={form.scope === 'network'}
            onChange={(on) => setForm({ ...form, scope: on ? 'network' : 'organisations' })}
          />
          {form.scope === 'organisations' &&
            data.members.map((m) => (
              <CheckboxField
                key={m.id}
                id={`consent-org-${m.id}`}
                label={m.name}
                checked={form.organisations.includes(m.id)}
                onChange={(on) => toggleOrg(m.id, on)}
              />
            ))}
        </fieldset>
        <div className="field">
          <label htmlFor="consent-purpose">{t('consent.purpose')}</label>
          <textarea
            id="consent-purpose"
            value={form.purpose}
            onChange={(event) => setForm({ ...form, purpose: event.target.value })}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('consent.give')}
        </button>
      </form>
      <section aria-labelledby="consent-reveals">
        <h2 id="consent-reveals">{t('consent.reveals')}</h2>
        {data.reveal_requests.length === 0 ? (
          <p>{t('consent.noReveals')}</p>
        ) : (
          <ul>
            {data.reveal_requests.map((r) => (
              <li key={r.id}>
                {r.organisation_name}: {t(`consent.reveal.${r.status}` as MessageKey)}
                {r.status === 'pending' && (
                  <>
                    {' '}
                    <button type="button" className="button" disabled={busy}
                      onClick={() => void run(() => decideReveal(token, r.id, true), 'consent.saved')}>
                      {t('consent.revealGrant')}
                    </button>{' '}
                    <button type="button" className="button" disabled={busy}
                      onClick={() => void run(() => decideReveal(token, r.id, false), 'consent.saved')}>
                      {t('consent.revealDecline')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="consent-views">
        <h2 id="consent-views">{t('consent.views')}</h2>
        {data.views.length === 0 ? (
          <p>{t('consent.noViews')}</p>
        ) : (
          <ul data-testid="consent-views">
            {data.views.map((v, i) => (
              <li key={i}>
                {v.organisation_name} – {formatDateTime(v.viewed_at, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>{t('consent.expires', { date: formatDateTime(data.link_expires_at, lang) })}</p>
    </>
  );
}
