import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context';
import { useLocation } from '../router';
import { ROUTES, SECTIONS } from '../routes';
import { Link } from './Link';

/** The dark navigation bar: sections on the left, `aside` (account links) on the right. */
export function MainNav({ aside }: { aside?: ReactNode }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const items = [{ path: ROUTES.start, title: 'nav.start' as const }, ...SECTIONS];
  return (
    <div className="nav-bar">
      <div className="nav-bar-inner">
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.path}>
                <Link href={item.path} aria-current={path === item.path ? 'page' : undefined}>
                  {t(item.title)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {aside}
      </div>
    </div>
  );
}
