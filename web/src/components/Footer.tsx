import { useEffect, useState } from 'react';
import { fetchHealth } from '../api';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';
import { Link } from './Link';

export function Footer() {
  const { t } = useI18n();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetchHealth()
      .then((health) => {
        if (active) setVersion(health.version);
      })
      .catch(() => undefined); // The version is nice to have; no error for it.
    return () => {
      active = false;
    };
  }, []);

  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <nav aria-label={t('footer.label')}>
          <ul className="footer-links">
            <li>
              <Link href={ROUTES.imprint}>{t('footer.imprint')}</Link>
            </li>
            <li>
              <Link href={ROUTES.privacy}>{t('footer.privacy')}</Link>
            </li>
          </ul>
        </nav>
        <p className="footer-about">
          {t('footer.about')}
          {version !== null && <span className="footer-version"> · {t('footer.version', { version })}</span>}
        </p>
      </div>
    </footer>
  );
}
