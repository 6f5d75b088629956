import { Link } from '../components/Link';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';
import { useSession } from '../session/context';
import { mayCreateNetwork, mayCreateOrganisation } from './directoryRights';

/** "Neues Netzwerk anlegen" / "Neue Organisation anlegen" for the users who may. */
export function CreateLinks() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.state.status === 'authenticated' ? session.state.user : null;
  const network = mayCreateNetwork(user);
  const organisation = mayCreateOrganisation(user);
  if (!network && !organisation) return null;
  return (
    <p className="form-actions">
      {network && (
        <Link className="button button-secondary" href={ROUTES.newNetwork}>
          {t('networkForm.new')}
        </Link>
      )}
      {organisation && (
        <Link className="button button-secondary" href={ROUTES.newOrganisation}>
          {t('orgForm.new')}
        </Link>
      )}
    </p>
  );
}
