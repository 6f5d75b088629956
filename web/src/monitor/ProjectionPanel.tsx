// Projection of one occupation group × level with scenario sliders. Every slider change
// recomputes (debounced) through POST /api/v1/monitor/projection; signed-in users save the
// scenario by name (/api/v1/monitor/scenarios) and load saved ones.
import { lazy, Suspense, useEffect, useId, useState, type FormEvent } from 'react';
import { FormAlert } from '../components/FormAlert';
import { errorText } from '../errors';
import { formatNumber } from '../format';
import { useI18n } from '../i18n/context';
import { useSession } from '../session/context';
import { fetchProjection, listScenarios, saveScenario, type MonitorRegion, type ProjectionReport, type SavedScenario } from './monitorApi';
import { buildScenario, NEUTRAL, runsFor, SLIDERS, valuesFromScenario, type SliderValues } from './scenario';
import { LevelOptions, useLevelName } from './fields';
import { SourceNote, SyntheticBanner } from './SourceNote';
import { GapMap } from './GapMap';

const ProjectionChart = lazy(() => import('./ProjectionChart'));

const DEBOUNCE_MS = 300;

type Load = { status: 'idle' } | { status: 'loading'; last: ProjectionReport | null } | { status: 'failed'; message: string } | { status: 'loaded'; report: ProjectionReport };

interface Props {
  region: MonitorRegion;
  occupation: string;
  level: number;
  onPick: (occupation: string, level: number) => void;
}

export function ProjectionPanel({ region, occupation, level, onPick }: Props) {
  const { t, lang } = useI18n();
  const levelName = useLevelName();
  const id = useId();
  const { state } = useSession();
  const signedIn = state.status === 'authenticated';
  const [values, setValues] = useState<SliderValues>(NEUTRAL);
  const [load, setLoad] = useState<Load>({ status: 'idle' });
  const [saved, setSaved] = useState<SavedScenario[]>([]);
  const [name, setName] = useState('');
  const [saveMessage, setSaveMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const scenario = buildScenario(values);
  const scenarioKey = JSON.stringify(scenario);

  useEffect(() => {
    if (!/^\d{3}$/.test(occupation)) return undefined;
    let active = true;
    setLoad((previous) => ({ status: 'loading', last: previous.status === 'loaded' ? previous.report : previous.status === 'loading' ? previous.last : null }));
    const timer = window.setTimeout(() => {
      fetchProjection({ region: region.id, occupation, runs: runsFor(region.kreise), scenario })
        .then((report) => active && setLoad({ status: 'loaded', report }))
        .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    }, DEBOUNCE_MS);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [region.id, occupation, scenarioKey]);

  useEffect(() => {
    if (!signedIn) return;
    void listScenarios().then(setSaved, () => setSaved([]));
  }, [signedIn]);

  function save(event: FormEvent) {
    event.preventDefault();
    saveScenario(name.trim(), scenario).then(
      (s) => {
        setSaved([...saved, s]);
        setSaveMessage({ kind: 'success', text: t('monitor.scenario.saved', { name: s.name }) });
      },
      (error: unknown) => setSaveMessage({ kind: 'error', text: errorText(error, t) }),
    );
  }

  const report = load.status === 'loaded' ? load.report : load.status === 'loading' ? load.last : null;
  const series = report?.series.find((s) => s.level === level) ?? null;
  const last = series === null ? -1 : series.years.length - 1;
  const fmt = (n: number) => formatNumber(Math.round(n), lang, 0);
  const source = report === null ? '' : t('monitor.sourceBase', { name: report.source.name, year: report.base_year });

  return (
    <section aria-labelledby="monitor-projection-heading">
      <h2 id="monitor-projection-heading">
        {series === null ? t('monitor.view.projection') : t('monitor.projection.heading', { horizon: report?.horizon ?? 2040, name: `${series.name} (${levelName(level)})` })}
      </h2>
      <div className="monitor-filters">
        <div className="field">
          <label htmlFor={`${id}-occ`}>{t('monitor.projection.occupation')}</label>
          <input id={`${id}-occ`} inputMode="numeric" maxLength={3} size={5} value={occupation} onChange={(e) => onPick(e.target.value.replace(/\D/g, ''), level)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>{t('monitor.projection.level')}</label>
          <select id={`${id}-level`} value={level} onChange={(e) => onPick(occupation, Number(e.target.value))}>
            <LevelOptions />
          </select>
        </div>
      </div>
      {!/^\d{3}$/.test(occupation) && <p>{t('monitor.projection.pick')}</p>}
      <fieldset className="monitor-scenario">
        <legend>{t('monitor.scenario.legend')}</legend>
        {SLIDERS.map((spec) => (
          <div className="field monitor-slider" key={spec.field}>
            <label htmlFor={`${id}-${spec.field}`}>{t(`monitor.scenario.${spec.field}`)}</label>
            <input
              id={`${id}-${spec.field}`}
              type="range"
              min={spec.min}
              max={spec.max}
              step={spec.step}
              value={values[spec.field]}
              onChange={(e) => setValues({ ...values, [spec.field]: Number(e.target.value) })}
            />
            <output htmlFor={`${id}-${spec.field}`}>{formatNumber(values[spec.field], lang, 1)}</output>
          </div>
        ))}
        <button type="button" className="button" onClick={() => setValues(NEUTRAL)}>
          {t('monitor.scenario.reset')}
        </button>
        {signedIn && saved.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-saved`}>{t('monitor.scenario.load')}</label>
            <select
              id={`${id}-saved`}
              value=""
              onChange={(e) => {
                const s = saved.find((x) => String(x.id) === e.target.value);
                if (s !== undefined) setValues(valuesFromScenario(s.parameters));
              }}
            >
              <option value="">{t('monitor.region.choose')}</option>
              {saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      {signedIn ? (
        <form className="monitor-save" onSubmit={save}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('monitor.scenario.name')}</label>
            <input id={`${id}-name`} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary">
            {t('monitor.scenario.save')}
          </button>
          {saveMessage !== null && <FormAlert message={saveMessage.text} kind={saveMessage.kind} />}
        </form>
      ) : (
        <p className="note">{t('monitor.scenario.loginToSave')}</p>
      )}
      <p aria-live="polite" className="note">
        {load.status === 'loading' ? t('monitor.projection.updating') : ''}
      </p>
      {load.status === 'failed' && <FormAlert message={load.message} />}
      {report !== null && series !== null && (
        <>
          <SyntheticBanner synthetic={report.synthetic} />
          <p className="monitor-summary" aria-live="polite">
            {t('monitor.projection.summary', {
              year: series.years[last] ?? '',
              supply: fmt(series.supply[last] ?? 0),
              demand: fmt(series.demand[last] ?? 0),
              gap: fmt(series.gap[last] ?? 0),
            })}
          </p>
          <p className="note">{report.runs > 0 ? t('monitor.projection.runs', { runs: report.runs }) : t('monitor.projection.noBand')}</p>
          <Suspense fallback={<p>{t('common.loading')}</p>}>
            <ProjectionChart
              series={series}
              format={fmt}
              fileName={`Projektion-${region.id.replace(/[^\w]+/g, '_')}-${occupation}-${level}`}
              labels={{ supply: t('monitor.projection.supply'), demand: t('monitor.projection.demand'), band: t('monitor.projection.band'), source }}
            />
          </Suspense>
          <SourceNote lines={[source]} />
          <GapMap region={region} occupation={occupation} level={level} scenario={scenario} />
        </>
      )}
    </section>
  );
}
