import { Link } from '../components/Link';
import { useI18n } from '../i18n/context';
import { SECTIONS } from '../routes';

/** The platform's sections with one sentence each; those not built yet say so. */
export function SectionList() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sections-heading">
      <h2 id="sections-heading">{t('start.sections')}</h2>
      <ul className="section-list">
        {SECTIONS.map((section) => (
          <li key={section.id} className="section-card">
            <h3>
              <Link href={section.path}>{t(section.title)}</Link>
            </h3>
            <p>{t(section.description)}</p>
            {section.id !== 'networks' && <p className="badge">{t('placeholder.badge')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
