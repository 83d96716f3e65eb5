import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PricePoint } from '../../shared/prices';
import { day, yuan } from '../lib/format';
import { mountPlot } from './mount-plot';
import { spotRange } from './price-range';

export interface PriceChartProps {
  points: PricePoint[];
  labels: { spot: string; origin: string };
  /** The UI language, for the axes and the legend. */
  lang: string;
  height?: number;
}

/** Spot and pay-as-you-go price over time, drawn as steps (prices hold until the next change). */
export function PriceChart({ points, labels, lang, height = 260 }: PriceChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = host.current;
    if (!box || points.length === 0) return;
    const xs = points.map((p) => Date.parse(p.at) / 1000);
    const data: uPlot.AlignedData = [xs, points.map((p) => p.spotPrice), points.map((p) => p.originPrice)];
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    const money = (_u: uPlot, v: number | null) => (v == null ? '' : yuan(v, lang));
    return mountPlot(
      box,
      height,
      {
        scales: { x: { time: true }, y: { range: () => spotRange(points) } },
        axes: [
          { values: (_u, ticks) => ticks.map((s) => day(s * 1000, lang)) },
          { values: (_u, ticks) => ticks.map((v) => yuan(v, lang, 2)), size: 70 },
        ],
        series: [
          { value: (_u, s) => (s == null ? '' : new Date(s * 1000).toLocaleString(lang, { hour12: false })) },
          { label: labels.spot, stroke: '#c2410c', width: 2, paths: stepped, value: money },
          { label: labels.origin, stroke: '#667085', width: 1.5, dash: [6, 4], paths: stepped, value: money },
        ],
      },
      data,
    );
  }, [points, labels, lang, height]);

  return <div ref={host} className="price-chart" data-testid="price-chart" />;
}
