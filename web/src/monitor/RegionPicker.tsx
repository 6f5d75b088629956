// Choosing the monitor's region: a Kreis by name, a Land, or a network found by search.
// The chosen region is the API's region id: "08136", "land:08" or "network:ID".
import { useEffect, useId, useState, type FormEvent } from 'react';
import { listRegions, search, type Region, type SearchHit } from '../api';
import { useI18n } from '../i18n/context';
import { listAllKreise } from './monitorApi';

type Kind = 'kreis' | 'land' | 'network';

/** Matches typed text against the Kreise: the exact name, "Name (AGS)" or the 5-digit AGS. */
export function findKreis(kreise: readonly Region[], text: string): Region | undefined {
  const t = text.trim();
  const code = /\((\d{5})\)$/.exec(t)?.[1] ?? (/^\d{5}$/.test(t) ? t : undefined);
  if (code !== undefined) return kreise.find((k) => k.ags === code);
  const lower = t.toLocaleLowerCase('de');
  return kreise.find((k) => k.name.toLocaleLowerCase('de') === lower);
}

export function RegionPicker({ onChange }: { onChange: (region: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<Kind>('kreis');
  const [kreise, setKreise] = useState<Region[]>([]);
  const [laender, setLaender] = useState<Region[]>([]);
  const [kreisText, setKreisText] = useState('');
  const [land, setLand] = useState('');
  const [query, setQuery] = useState('');
  const [networks, setNetworks] = useState<SearchHit[] | null>(null);

  useEffect(() => {
    void listAllKreise().then(setKreise, () => setKreise([]));
    void listRegions().then(setLaender, () => setLaender([]));
  }, []);

  // Text typed before the list arrived is matched once it is there.
  useEffect(() => {
    const k = findKreis(kreise, kreisText);
    if (k !== undefined) onChange(k.ags);
  }, [kreise]);

  function typeKreis(text: string) {
    setKreisText(text);
    const k = findKreis(kreise, text);
    if (k !== undefined) onChange(k.ags);
  }

  function searchNetworks(event: FormEvent) {
    event.preventDefault();
    void search(`type=network&q=${encodeURIComponent(query)}`).then(
      (r) => setNetworks(r.items.filter((h) => h.type === 'network')),
      () => setNetworks([]),
    );
  }

  return (
    <fieldset className="monitor-region">
      <legend>{t('monitor.region.legend')}</legend>
      <div className="button-row" role="radiogroup" aria-label={t('monitor.region.kind')}>
        {(['kreis', 'land', 'network'] as const).map((k) => (
          <label key={k} className="radio-inline">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`monitor.region.${k}`)}
          </label>
        ))}
      </div>
      {kind === 'kreis' && (
        <div className="field">
          <label htmlFor={`${id}-kreis`}>{t('monitor.region.kreisName')}</label>
          <p id={`${id}-kreis-hint`} className="field-hint">
            {t('monitor.region.kreisHint')}
          </p>
          <input
            id={`${id}-kreis`}
            list={`${id}-kreise`}
            value={kreisText}
            autoComplete="off"
            aria-describedby={`${id}-kreis-hint`}
            onChange={(e) => typeKreis(e.target.value)}
          />
          <datalist id={`${id}-kreise`}>
            {kreise.map((k) => (
              <option key={k.ags} value={`${k.name} (${k.ags})`} />
            ))}
          </datalist>
        </div>
      )}
      {kind === 'land' && (
        <div className="field">
          <label htmlFor={`${id}-land`}>{t('monitor.region.landName')}</label>
          <select
            id={`${id}-land`}
            value={land}
            onChange={(e) => {
              setLand(e.target.value);
              if (e.target.value !== '') onChange(e.target.value === 'de' ? 'de' : `land:${e.target.value}`);
            }}
          >
            <option value="">{t('monitor.region.choose')}</option>
            <option value="de">{t('monitor.region.germany')}</option>
            {laender.map((l) => (
              <option key={l.ags} value={l.ags}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'network' && (
        <form className="field" onSubmit={searchNetworks} role="search">
          <label htmlFor={`${id}-network`}>{t('monitor.region.networkSearch')}</label>
          <input id={`${id}-network`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <button type="submit" className="button">
            {t('monitor.region.search')}
          </button>
          {networks !== null && networks.length === 0 && <p aria-live="polite">{t('monitor.region.noNetworks')}</p>}
          {networks !== null && networks.length > 0 && (
            <ul className="plain-list">
              {networks.map((n) => (
                <li key={n.id}>
                  <button type="button" className="link-button" onClick={() => onChange(`network:${n.id}`)}>
                    {n.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </form>
      )}
    </fieldset>
  );
}
