// Shared Kreis choropleth (Apache ECharts, TopoJSON from /karten/): the directory's counts
// (KreisMap.tsx) and the monitor's projected gap (monitor/GapMap.tsx) draw with the same
// geometry and the same chart set-up, so the TopoJSON is fetched and registered once.
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface KreisProps {
  ags: string;
  name: string;
}

let geoPromise: Promise<KreisProps[]> | null = null;

/** Fetches the Kreis geometry once, registers it as map "kreise" and returns the Kreise. */
export function loadKreisGeo(): Promise<KreisProps[]> {
  if (geoPromise === null) {
    geoPromise = fetch('/karten/kreise_laender.topo.json')
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<Topology<{ kreise: GeometryCollection<KreisProps> }>>;
      })
      .then((topo) => {
        const geo = feature(topo, topo.objects.kreise);
        echarts.registerMap('kreise', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
        return geo.features.map((f) => f.properties);
      })
      .catch((error: unknown) => {
        // A failed fetch is retried on the next call rather than cached.
        geoPromise = null;
        throw error;
      });
  }
  return geoPromise;
}

export interface ChoroplethSpec {
  kreise: readonly KreisProps[];
  /** AGS → value; Kreise without a value are drawn without colour (no data). */
  values: Readonly<Record<string, number>>;
  min: number;
  max: number;
  colors: string[];
  format: (value: number) => string;
  /** Text for Kreise without a value in the tooltip. */
  missing: string;
  /** Called with the AGS of a clicked Kreis. */
  onSelect?: (ags: string) => void;
}

/** Draws the map into `element`; returns the clean-up (resize listener, chart). */
export function drawKreisChoropleth(element: HTMLElement, spec: ChoroplethSpec): () => void {
  const chart = echarts.init(element, undefined, { renderer: 'canvas' });
  const data = spec.kreise.map((k) => ({ name: k.ags, value: spec.values[k.ags] ?? Number.NaN }));
  const names = Object.fromEntries(spec.kreise.map((k) => [k.ags, k.name]));
  chart.setOption({
    aria: { enabled: false },
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number }) => `${names[p.name] ?? p.name}: ${Number.isFinite(p.value) ? spec.format(p.value) : spec.missing}`,
    },
    visualMap: {
      min: spec.min,
      max: spec.max,
      left: 'left',
      bottom: 10,
      text: [spec.format(spec.max), spec.format(spec.min)],
      calculable: false,
      inRange: { color: spec.colors },
    },
    series: [
      {
        type: 'map',
        map: 'kreise',
        nameProperty: 'ags',
        roam: false,
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c200' } },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.4 },
        data,
      },
    ],
  });
  const { onSelect } = spec;
  if (onSelect) chart.on('click', (p) => onSelect(String(p.name)));
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    chart.dispose();
  };
}
