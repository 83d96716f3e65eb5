import { GPU_QUERY_FIELDS } from './nvidia-csv';

/** What the remote command prints when the machine has no nvidia-smi at all. */
export const NO_GPU_MARK = 'danlu:gpu=none';

/**
 * One long-running command on the machine: nvidia-smi printing every GPU's reading each
 * `seconds`, or the no-GPU mark when the machine has no NVIDIA tools.
 */
export function gpuCommand(seconds: number): string {
  const every = Math.max(1, Math.round(seconds));
  return (
    'if command -v nvidia-smi >/dev/null 2>&1; then ' +
    `exec nvidia-smi --query-gpu=${GPU_QUERY_FIELDS} --format=csv,noheader,nounits -l ${every}; ` +
    `else echo ${NO_GPU_MARK}; fi`
  );
}

/** nvidia-smi's own words for a machine whose GPUs it cannot see, or whose driver does not answer. */
export function failureState(output: string): 'noGpu' | 'noDriver' {
  return /no devices were found/i.test(output) ? 'noGpu' : 'noDriver';
}
