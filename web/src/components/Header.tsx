import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';
import { AccountNav } from './AccountNav';
import { AuthControls } from './AuthControls';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';
import { Logo } from './Logo';
import { MainNav } from './MainNav';

export function Header() {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="header-bar">
        <Link className="brand" href={ROUTES.start}>
          <Logo />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          <AuthControls />
        </div>
      </div>
      <MainNav aside={<AccountNav />} />
    </header>
  );
}
