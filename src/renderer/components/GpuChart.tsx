import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { GpuSample } from '../../shared/gpu';
import { timeOfDay } from '../lib/format';
import { mountPlot } from './mount-plot';

export interface GpuChartProps {
  samples: GpuSample[];
  /** The legend's name of GPU n's utilisation and of its memory in use. */
  labels: (index: number) => { utilization: string; memory: string };
  lang: string;
  height?: number;
}

const COLORS = ['#c2410c', '#2563eb', '#15803d', '#7c3aed', '#b45309', '#0e7490', '#be123c', '#4d7c0f'];

/** Each GPU's utilisation (solid) and memory in use (dashed), in percent, over the last minutes. */
export function GpuChart({ samples, labels, lang, height = 180 }: GpuChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = host.current;
    if (!box || samples.length === 0) return;
    const indexes = [...new Set(samples.flatMap((s) => s.gpus.map((g) => g.index)))].sort((a, b) => a - b);
    const xs = samples.map((s) => Date.parse(s.at) / 1000);
    const of = (index: number, read: (g: GpuSample['gpus'][number]) => number) =>
      samples.map((s) => {
        const gpu = s.gpus.find((g) => g.index === index);
        return gpu ? read(gpu) : null;
      });
    const data: uPlot.AlignedData = [
      xs,
      ...indexes.flatMap((i) => [
        of(i, (g) => g.utilization),
        of(i, (g) => Math.round((g.memoryUsedMiB / g.memoryTotalMiB) * 100)),
      ]),
    ];
    const pct = (_u: uPlot, v: number | null) => (v == null ? '' : `${v} %`);
    return mountPlot(
      box,
      height,
      {
        scales: { x: { time: true }, y: { range: [0, 100] } },
        axes: [
          {
            // Whole seconds at least: ticks are labelled to the second.
            incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600],
            values: (_u, ticks) => ticks.map((s) => timeOfDay(new Date(s * 1000).toISOString(), lang)),
          },
          { values: (_u, ticks) => ticks.map((v) => `${v} %`), size: 50 },
        ],
        series: [
          {},
          ...indexes.flatMap((i, n) => {
            const color = COLORS[n % COLORS.length];
            const label = labels(i);
            return [
              { label: label.utilization, stroke: color, width: 2, value: pct },
              { label: label.memory, stroke: color, width: 1.5, dash: [5, 4], value: pct },
            ];
          }),
        ],
      },
      data,
    );
  }, [samples, labels, lang, height]);

  return <div ref={host} className="gpu-chart" data-testid="gpu-chart" data-points={samples.length} />;
}
