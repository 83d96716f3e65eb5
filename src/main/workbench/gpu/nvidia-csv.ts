import type { GpuReading } from '../../../shared/gpu';

/** The fields asked of nvidia-smi, in order; the name goes last so a comma in it cannot shift the numbers. */
export const GPU_QUERY_FIELDS = 'index,utilization.gpu,memory.used,memory.total,name';

/** Longer lines are not nvidia-smi's: dropped unread. */
const MAX_LINE = 256;
/** More GPUs than any instance type carries: the rest of such a sample is dropped. */
export const MAX_GPUS = 16;

const INTEGER = /^\d{1,7}$/;
const NAME = /^[\p{L}\p{N} ._()/+-]{1,64}$/u;

/**
 * One line of `nvidia-smi --query-gpu=<GPU_QUERY_FIELDS> --format=csv,noheader,nounits`, read
 * strictly: five fields, whole numbers in range, a plain model name. Anything else (a garbled or
 * hostile line, "[N/A]", an error message) is null and is dropped.
 */
export function parseGpuLine(line: string): GpuReading | null {
  if (line.length > MAX_LINE) return null;
  const fields = line.split(',');
  if (fields.length !== 5) return null;
  const [index, utilization, used, total, name] = fields.map((f) => f.trim()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (![index, utilization, used, total].every((n) => INTEGER.test(n)) || !NAME.test(name)) return null;
  const reading: GpuReading = {
    index: Number(index),
    name,
    utilization: Number(utilization),
    memoryUsedMiB: Number(used),
    memoryTotalMiB: Number(total),
  };
  if (reading.index >= MAX_GPUS || reading.utilization > 100) return null;
  if (reading.memoryTotalMiB === 0 || reading.memoryUsedMiB > reading.memoryTotalMiB) return null;
  return reading;
}

/**
 * Gathers the lines nvidia-smi prints each period (one per GPU) into samples: a sample ends when
 * a GPU index comes again, or when the caller flushes after a quiet moment.
 */
export class SampleGatherer {
  private pending: GpuReading[] = [];

  /** Takes one line; returns the previous sample when this line starts a new one. */
  push(line: string): GpuReading[] | null {
    const reading = parseGpuLine(line);
    if (!reading) return null;
    let done: GpuReading[] | null = null;
    if (this.pending.some((r) => r.index === reading.index)) done = this.flush();
    if (this.pending.length < MAX_GPUS) this.pending.push(reading);
    return done;
  }

  /** The sample gathered so far (sorted by index), or null when there is none. */
  flush(): GpuReading[] | null {
    if (this.pending.length === 0) return null;
    const sample = this.pending.sort((a, b) => a.index - b.index);
    this.pending = [];
    return sample;
  }
}
