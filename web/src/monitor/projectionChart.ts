// The ECharts option of the projection chart: supply (p50 where there are runs), demand and
// the p10–p90 band of supply, drawn as a transparent base plus a stacked band area.
import type { ProjectionSeries } from './monitorApi';

export interface ChartLabels {
  supply: string;
  demand: string;
  band: string;
  source: string;
}

type Num = number | null;

function rounded(values: readonly Num[]): Num[] {
  return values.map((v) => (v === null ? null : Math.round(v)));
}

export function projectionChartOption(series: ProjectionSeries, labels: ChartLabels, format: (n: number) => string) {
  const band = series.bands?.supply;
  const lower = band ? rounded(band.p10) : [];
  const width = band ? band.p90.map((hi, i) => (hi === null || band.p10[i] === null ? null : Math.round(hi - (band.p10[i] as number)))) : [];
  return {
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '–') },
    legend: { data: [labels.supply, labels.demand, ...(band ? [labels.band] : [])], top: 0 },
    grid: { left: 70, right: 20, top: 40, bottom: 60 },
    graphic: [{ type: 'text', left: 10, bottom: 5, style: { text: labels.source, fontSize: 11, fill: '#4b5563' } }],
    xAxis: { type: 'category', data: series.years.map(String), boundaryGap: false },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => format(v) } },
    series: [
      ...(band
        ? [
            { name: 'p10', type: 'line', data: lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
            {
              name: labels.band,
              type: 'line',
              data: width,
              stack: 'band',
              symbol: 'none',
              lineStyle: { opacity: 0 },
              color: 'rgba(37, 99, 235, 0.35)',
              areaStyle: { color: 'rgba(37, 99, 235, 0.18)' },
              tooltip: { show: false },
            },
          ]
        : []),
      { name: labels.supply, type: 'line', data: rounded(band ? band.p50 : series.supply), color: '#1d4ed8', symbolSize: 4 },
      { name: labels.demand, type: 'line', data: rounded(series.demand), color: '#b91c1c', lineStyle: { type: 'dashed' }, symbolSize: 4 },
    ],
  };
}
