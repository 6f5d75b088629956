// "Arbeitsmarktmonitor": region picker, then the bottleneck table, "today and tomorrow" and
// the projection with scenarios. Every view shows its source and date and the synthetic banner.
import { useEffect, useState } from 'react';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';
import { EngpassTable } from './EngpassTable';
import { fetchEngpass, fetchTodayTomorrow, type EngpassReport, type TodayTomorrowReport } from './monitorApi';
import { ProjectionPanel } from './ProjectionPanel';
import { RegionPicker } from './RegionPicker';
import { SyntheticBanner } from './SourceNote';
import { TodayTomorrow } from './TodayTomorrow';

type View = 'engpass' | 'tomorrow' | 'projection';
type Load<T> = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; data: T };

function useReport<T>(region: string, wanted: boolean, fetcher: (region: string) => Promise<T>): Load<T> {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load<T>>({ status: 'idle' });
  useEffect(() => {
    if (region === '' || !wanted) return undefined;
    let active = true;
    setLoad({ status: 'loading' });
    fetcher(region)
      .then((data) => active && setLoad({ status: 'loaded', data }))
      .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    return () => {
      active = false;
    };
  }, [region, wanted]);
  return load;
}

export function MonitorPage() {
  const { t } = useI18n();
  const [region, setRegion] = useState('');
  const [view, setView] = useState<View>('engpass');
  const [pick, setPick] = useState({ occupation: '', level: 2 });
  // "Heute und morgen" is loaded only when first opened (it projects every group).
  const [tomorrowWanted, setTomorrowWanted] = useState(false);
  const engpass = useReport<EngpassReport>(region, true, fetchEngpass);
  const tomorrow = useReport<TodayTomorrowReport>(region, tomorrowWanted, fetchTodayTomorrow);

  function show(next: View) {
    setView(next);
    if (next === 'tomorrow') setTomorrowWanted(true);
  }

  const regionInfo = engpass.status === 'loaded' ? engpass.data.region : null;
  return (
    <>
      <PageTitle>{t('nav.monitor')}</PageTitle>
      <p className="lead">{t('monitor.lead')}</p>
      <p>
        <Link href={ROUTES.monitorMethod}>{t('monitor.methodLink')}</Link>
      </p>
      <RegionPicker onChange={setRegion} />
      {region === '' && <p>{t('monitor.region.none')}</p>}
      {engpass.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
      {engpass.status === 'failed' && <FormAlert message={engpass.message} />}
      {engpass.status === 'loaded' && regionInfo !== null && (
        <>
          <p aria-live="polite" className="monitor-selected">
            {t('monitor.region.selected', { name: regionInfo.name, kreise: regionInfo.kreise })}
          </p>
          <SyntheticBanner synthetic={engpass.data.synthetic} />
          <div className="button-row monitor-views" role="group" aria-label={t('monitor.view.label')}>
            {(['engpass', 'tomorrow', 'projection'] as const).map((v) => (
              <button key={v} type="button" className={view === v ? 'button button-primary' : 'button'} aria-pressed={view === v} onClick={() => show(v)}>
                {t(`monitor.view.${v}`)}
              </button>
            ))}
          </div>
          {view === 'engpass' && (
            <EngpassTable
              report={engpass.data}
              onProject={(occupation, level) => {
                setPick({ occupation, level });
                show('projection');
              }}
            />
          )}
          {view === 'tomorrow' && tomorrow.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
          {view === 'tomorrow' && tomorrow.status === 'failed' && <FormAlert message={tomorrow.message} />}
          {view === 'tomorrow' && tomorrow.status === 'loaded' && <TodayTomorrow report={tomorrow.data} />}
          {view === 'projection' && (
            <ProjectionPanel region={regionInfo} occupation={pick.occupation} level={pick.level} onPick={(occupation, level) => setPick({ occupation, level })} />
          )}
        </>
      )}
    </>
  );
}
