import { z } from 'zod';
import type { GpuHistory, GpuUpdate } from '../gpu';
import { inputHint } from '../input-hints';
import { event, request } from './define';

export const gpuRequests = {
  /** The recent GPU readings of a running session (the last minutes), and where reading stands. */
  'gpu.history': request<GpuHistory>()(
    z.strictObject({ id: z.string().regex(/^ses-[a-z0-9-]+$/, inputHint('sessionId')) }),
  ),
};

export const gpuEvents = {
  /** Every few seconds while a session runs: its GPUs' utilisation and memory. */
  'gpu.readings': event<GpuUpdate>(),
};
