import { useEffect, useState } from 'react';
import { PageTitle } from '../components/PageTitle';
import { useI18n } from '../i18n/context';
import { loadLegalHtml, type LegalDocument } from '../legal';

const TITLES = { impressum: 'legal.imprintTitle', datenschutz: 'legal.privacyTitle' } as const;

type Content = { status: 'loading' } | { status: 'missing' } | { status: 'loaded'; html: string };

/** Impressum or Datenschutzerklärung, as provided by the operator. */
export function LegalPage({ document: name }: { document: LegalDocument }) {
  const { t, lang } = useI18n();
  const [content, setContent] = useState<Content>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    setContent({ status: 'loading' });
    loadLegalHtml(name).then((html) => {
      if (active) setContent(html === null ? { status: 'missing' } : { status: 'loaded', html });
    });
    return () => {
      active = false;
    };
  }, [name]);

  return (
    <>
      <PageTitle>{t(TITLES[name])}</PageTitle>
      {lang !== 'de' && <p className="note">{t('legal.germanOnly')}</p>}
      {content.status === 'loading' && <p>{t('legal.loading')}</p>}
      {content.status === 'missing' && <p className="notice">{t('legal.placeholder')}</p>}
      {content.status === 'loaded' && (
        // Operator-provided, sanitised HTML; German is the legally binding language.
        <div className="legal-text" lang="de" dangerouslySetInnerHTML={{ __html: content.html }} />
      )}
    </>
  );
}
