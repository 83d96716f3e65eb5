import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PricePoint } from '../../shared/prices';

export interface PriceChartProps {
  points: PricePoint[];
  labels: { spot: string; origin: string };
  width?: number;
  height?: number;
}

/** Spot and pay-as-you-go price over time, drawn as steps (prices hold until the next change). */
export function PriceChart({ points, labels, width = 720, height = 260 }: PriceChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current || points.length === 0) return;
    const xs = points.map((p) => Date.parse(p.at) / 1000);
    const data: uPlot.AlignedData = [xs, points.map((p) => p.spotPrice), points.map((p) => p.originPrice)];
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    const plot = new uPlot(
      {
        width,
        height,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max * 1.1] } },
        axes: [{}, { values: (_u, ticks) => ticks.map((v) => `¥${v.toFixed(2)}`), size: 70 }],
        series: [
          {},
          {
            label: labels.spot,
            stroke: '#c2410c',
            width: 2,
            paths: stepped,
            value: (_u, v) => (v == null ? '' : `¥${v.toFixed(3)}`),
          },
          {
            label: labels.origin,
            stroke: '#667085',
            width: 1.5,
            dash: [6, 4],
            paths: stepped,
            value: (_u, v) => (v == null ? '' : `¥${v.toFixed(3)}`),
          },
        ],
      },
      data,
      host.current,
    );
    return () => plot.destroy();
  }, [points, labels, width, height]);

  return <div ref={host} className="price-chart" data-testid="price-chart" />;
}
