// Names of Länder and Kreise by AGS code, loaded once per Land and cached for the session.
import { useEffect, useState } from 'react';
import { listRegions } from '../api';

const cache = new Map<string, Promise<Record<string, string>>>();

function load(key: string, land?: string): Promise<Record<string, string>> {
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = listRegions(land)
      .then((items) => Object.fromEntries(items.map((r) => [r.ags, r.name])))
      .catch(() => {
        cache.delete(key);
        return {};
      });
    cache.set(key, entry);
  }
  return entry;
}

/** Names for the given AGS codes (Länder: two digits; Kreise: five). Missing names stay out. */
export function useRegionNames(codes: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const laender = [...new Set(codes.filter((c) => c.length >= 5).map((c) => c.slice(0, 2)))].sort();
  const wantLaender = codes.some((c) => c.length === 2);
  const key = `${wantLaender ? 'L' : ''}|${laender.join(',')}`;
  useEffect(() => {
    let active = true;
    const parts = [...(wantLaender ? [load('laender')] : []), ...laender.map((l) => load(`kreise-${l}`, l))];
    void Promise.all(parts).then((all) => {
      if (active) setNames(Object.assign({}, ...all) as Record<string, string>);
    });
    return () => {
      active = false;
    };
    // `key` captures the codes that matter.
  }, [key]);
  return names;
}
