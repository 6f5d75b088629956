// The projection chart (ECharts, loaded lazily) with PNG and SVG download. The same figures
// are given as text beside it by the panel, so the chart is never the only carrier.
import { LineChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { saveFile } from '../download';
import { useI18n } from '../i18n/context';
import { projectionChartOption, type ChartLabels } from './projectionChart';
import type { ProjectionSeries } from './monitorApi';

echarts.use([LineChart, AriaComponent, GraphicComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

interface Props {
  series: ProjectionSeries;
  labels: ChartLabels;
  format: (n: number) => string;
  fileName: string;
}

export default function ProjectionChart({ series, labels, format, fileName }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const option = projectionChartOption(series, labels, format);

  useEffect(() => {
    if (ref.current === null) return undefined;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  });

  function png() {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url === undefined) return;
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `${fileName}.png`;
    anchor.click();
  }

  function svg() {
    // A separate server-side-style SVG instance: the on-screen chart draws on a canvas.
    const instance = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 900, height: 450 });
    instance.setOption({ ...option, backgroundColor: '#ffffff' });
    const text = instance.renderToSVGString();
    instance.dispose();
    saveFile(`${fileName}.svg`, text, 'image/svg+xml');
  }

  return (
    <figure className="monitor-chart">
      <div ref={ref} className="monitor-chart-canvas" role="img" aria-label={labels.source} style={{ width: '100%', height: '420px' }} />
      <p className="button-row">
        <button type="button" className="button" onClick={png}>
          {t('monitor.projection.png')}
        </button>
        <button type="button" className="button" onClick={svg}>
          {t('monitor.projection.svg')}
        </button>
      </p>
    </figure>
  );
}
