import { useEffect, useState } from 'react';
import type { User } from '../../api';
import { FormAlert } from '../../components/FormAlert';
import { RequireLogin } from '../../components/Guards';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/context';
import { describeRoles } from '../../roles';
import { DeleteAccountSection } from './DeleteAccountSection';
import { ExportSection } from './ExportSection';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';

/** "Mein Konto": own name and language, password, data export, account deletion. */
export function AccountPage() {
  const { t } = useI18n();
  // Kept here, not in the session: after deletion the session is gone but the
  // confirmation must stay on screen.
  const [deleted, setDeleted] = useState(false);

  // The button that was pressed is gone: continue at the confirmation's heading.
  useEffect(() => {
    if (deleted) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [deleted]);

  if (deleted) {
    return (
      <>
        <PageTitle>{t('account.deleted.title')}</PageTitle>
        <FormAlert kind="success" message={t('account.deleted.text')} />
      </>
    );
  }
  return <RequireLogin>{(user) => <AccountContent user={user} onDeleted={() => setDeleted(true)} />}</RequireLogin>;
}

function AccountContent({ user, onDeleted }: { user: User; onDeleted: () => void }) {
  const { t } = useI18n();
  const roles = describeRoles(user, t);
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <p>{t('account.intro')}</p>

      <section className="panel" aria-labelledby="account-overview">
        <h2 id="account-overview">{t('account.overview')}</h2>
        <dl className="facts">
          <dt>{t('account.email')}</dt>
          <dd>
            {user.email}
            <span className="facts-note">{t('account.emailNote')}</span>
          </dd>
          <dt>{t('account.roles')}</dt>
          <dd>
            {roles.length === 0 ? (
              t('start.noRoles')
            ) : (
              <ul className="plain-list">
                {roles.map((role) => (
                  <li key={role}>{role}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>

      <ProfileForm user={user} />
      <PasswordForm />
      <ExportSection />
      <DeleteAccountSection user={user} onDeleted={onDeleted} />
    </>
  );
}
