import { useEffect, useId, useState, type FormEvent } from 'react';
import { search, type SearchHit, type SearchResult } from '../api';
import { ExportButtons } from '../components/ExportButtons';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { CreateLinks } from '../directory/CreateLinks';
import { MapSection } from '../directory/MapSection';
import { label, HANDLUNGSFELDER, ORGANISATION_TYPES, ZIELGRUPPEN } from '../directory/vocabulary';
import { useRegionNames } from '../directory/regions';
import {
  apiQuery,
  formatSearch,
  parseSearch,
  sanitiseSnippet,
  toggleFilter,
  type Facet,
  type SearchState,
  type SearchType,
} from '../directory/search';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { formatNumber } from '../format';
import { navigate, useLocation } from '../router';
import { networkPath, organisationPath, practicePath, ROUTES } from '../routes';


const PAGE_SIZE = 20;
const TYPES: SearchType[] = ['network', 'organisation', 'practice', 'all'];
const FACET_ORDER: Facet[] = ['land', 'kreis', 'handlungsfeld', 'zielgruppe', 'partner_type'];

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; result: SearchResult };

function hitPath(type: SearchHit['type'], id: number): string {
  return type === 'network' ? networkPath(id) : type === 'practice' ? practicePath(id) : organisationPath(id);
}

/** "Netzwerke": full-text search over networks, organisations and practices with facet filters. */
export function SearchPage() {
  const { t, lang } = useI18n();
  const { search: query } = useLocation();
  const state = parseSearch(query);
  const [text, setText] = useState(state.q);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const inputId = useId();
  const apiKey = apiQuery(state, PAGE_SIZE);

  useEffect(() => setText(state.q), [state.q]);

  useEffect(() => {
    let active = true;
    setLoad((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    search(apiKey)
      .then((result) => active && setLoad({ status: 'loaded', result }))
      .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    return () => {
      active = false;
    };
  }, [apiKey]);

  const go = (next: SearchState) => navigate(ROUTES.networks + formatSearch(next));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...state, q: text, page: 1 });
  };

  const result = load.status === 'loaded' ? load.result : null;
  const facetCodes = result === null ? [] : [...Object.keys(result.facets.land ?? {}), ...Object.keys(result.facets.kreis ?? {})];
  const names = useRegionNames(facetCodes);

  const facetLabel = (facet: Facet, code: string): string => {
    switch (facet) {
      case 'land':
      case 'kreis':
        return names[code] ?? code;
      case 'handlungsfeld':
        return label(HANDLUNGSFELDER, code, lang);
      case 'zielgruppe':
        return label(ZIELGRUPPEN, code, lang);
      case 'partner_type':
        return label(ORGANISATION_TYPES, code, lang);
    }
  };

  const hasFilters = Object.keys(state.filters).length > 0;
  const pages = result === null ? 1 : Math.max(1, Math.ceil(result.total / PAGE_SIZE));

  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <p className="lead">{t('search.intro')}</p>
      <CreateLinks />
      <form role="search" className="search-form" onSubmit={onSubmit}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <div className="search-row">
          <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button button-primary">
            {t('search.submit')}
          </button>
        </div>
        <fieldset className="search-type">
          <legend>{t('search.type')}</legend>
          {TYPES.map((type) => (
            <label key={type}>
              <input
                type="radio"
                name="type"
                value={type}
                checked={state.type === type}
                onChange={() => go({ ...state, q: text, type, page: 1 })}
              />{' '}
              {t(`search.type.${type}`)}
              {result !== null && type !== 'all' && result.facets.type?.[type] !== undefined
                ? ` (${formatNumber(result.facets.type[type] ?? 0, lang)})`
                : ''}
            </label>
          ))}
        </fieldset>
      </form>

      <div className="search-layout">
        <aside className="facets" aria-labelledby="facets-heading">
          <h2 id="facets-heading">{t('search.filters')}</h2>
          {hasFilters && (
            <p>
              <Link href={ROUTES.networks + formatSearch({ ...state, filters: {}, page: 1 })}>{t('search.resetFilters')}</Link>
            </p>
          )}
          {result !== null &&
            FACET_ORDER.map((facet) => {
              const counts = result.facets[facet] ?? {};
              const selected = state.filters[facet];
              const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
              if (selected !== undefined && counts[selected] === undefined) entries.unshift([selected, 0]);
              if (entries.length === 0) return null;
              return (
                <section key={facet} className="facet" aria-labelledby={`facet-${facet}`}>
                  <h3 id={`facet-${facet}`}>{t(`search.facet.${facet}`)}</h3>
                  <ul>
                    {entries.slice(0, 20).map(([code, count]) => {
                      const active = selected === code;
                      return (
                        <li key={code}>
                          <Link
                            href={ROUTES.networks + formatSearch(toggleFilter(state, facet, code))}
                            aria-current={active ? 'true' : undefined}
                            className={active ? 'facet-active' : undefined}
                          >
                            {t('search.facetItem', { label: facetLabel(facet, code), count: formatNumber(count, lang) })}
                            {active && <span className="visually-hidden"> – {t('search.filterActive')}</span>}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })}
        </aside>

        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading">{t('search.results')}</h2>
          <ExportButtons path={`/api/v1/search?${apiKey}`} />
          {load.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
          {load.status === 'failed' && <FormAlert message={load.message} />}
          {result !== null && (
            <>
              <p aria-live="polite" className="result-count">
                {result.total === 1 ? t('search.totalOne') : t('search.total', { count: formatNumber(result.total, lang) })}
              </p>
              {result.items.length === 0 ? (
                <p>{t('search.none')}</p>
              ) : (
                <ol className="result-list">
                  {result.items.map((hit) => (
                    <li key={`${hit.type}-${hit.id}`}>
                      <p className="result-kind">
                        {t(`search.kind.${hit.type}`)}
                        {hit.is_demo && <span className="badge"> {t('search.demo')}</span>}
                      </p>
                      <h3>
                        <Link href={hitPath(hit.type, hit.id)}>{hit.title}</Link>
                      </h3>
                      <p className="snippet" dangerouslySetInnerHTML={{ __html: sanitiseSnippet(hit.snippet) }} />
                    </li>
                  ))}
                </ol>
              )}
              {pages > 1 && (
                <nav aria-label={t('search.paging')} className="paging">
                  {state.page > 1 && (
                    <Link href={ROUTES.networks + formatSearch({ ...state, page: state.page - 1 })}>{t('search.previous')}</Link>
                  )}
                  <span>{t('search.pageOf', { page: state.page, pages })}</span>
                  {state.page < pages && (
                    <Link href={ROUTES.networks + formatSearch({ ...state, page: state.page + 1 })}>{t('search.next')}</Link>
                  )}
                </nav>
              )}
            </>
          )}
        </section>
      </div>

      <MapSection />
    </>
  );
}

