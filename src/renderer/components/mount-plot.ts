import uPlot from 'uplot';

/**
 * Draws a chart (legend without hover values) in `box` at its width, 320 px at least, follows the
 * box's size, and returns how to remove it.
 */
export function mountPlot(
  box: HTMLElement,
  height: number,
  options: Omit<uPlot.Options, 'width' | 'height' | 'legend'>,
  data: uPlot.AlignedData,
): () => void {
  const width = () => Math.max(320, box.clientWidth);
  const plot = new uPlot({ ...options, width: width(), height, legend: { live: false } }, data, box);
  const resize = new ResizeObserver(() => plot.setSize({ width: width(), height }));
  resize.observe(box);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
}
