// The Kreis map with its metric choice: on the start page (open at once) and below the search
// (opened on request). Clicking a Kreis, on the map or in its table, opens the search filtered
// to that Kreis for what the map counts.
import { lazy, Suspense, useCallback, useState } from 'react';
import { useI18n } from '../i18n/context';
import { navigate } from '../router';
import { ROUTES } from '../routes';
import { kreisSearch, type MapMetric } from './search';

// Loaded only when shown: it brings its own large library (ECharts).
const KreisMap = lazy(() => import('./KreisMap'));

export function MapSection({ startOpen = false }: { startOpen?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(startOpen);
  const [metric, setMetric] = useState<MapMetric>('networks');
  const select = useCallback((ags: string) => navigate(ROUTES.networks + kreisSearch(metric, ags)), [metric]);
  return (
    <section aria-labelledby="map-heading" className="map-section">
      <h2 id="map-heading">{t('map.title')}</h2>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('map.show')}
        </button>
      ) : (
        <>
          <fieldset className="search-type">
            <legend>{t('map.metric')}</legend>
            {(['networks', 'organisations', 'practices'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="map-metric" checked={metric === m} onChange={() => setMetric(m)} />{' '}
                {t(`map.metric.${m}`)}
              </label>
            ))}
          </fieldset>
          <p className="field-hint">{t('map.clickHint')}</p>
          <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
            <KreisMap metric={metric} onSelect={select} />
          </Suspense>
        </>
      )}
    </section>
  );
}
