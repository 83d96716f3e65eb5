/** One GPU as nvidia-smi reports it at one moment. */
export interface GpuReading {
  index: number;
  /** The model, e.g. "Tesla T4". */
  name: string;
  /** Percent of the last sample period the GPU was busy (0–100). */
  utilization: number;
  memoryUsedMiB: number;
  memoryTotalMiB: number;
}

/** Every GPU of a machine at one moment. */
export interface GpuSample {
  /** When the app received the reading (ISO). */
  at: string;
  gpus: GpuReading[];
}

/**
 * Where the readings of a session stand: being started, flowing, a machine without a GPU, a GPU
 * whose driver does not answer, or the connection lost (Danlu tries again while the session runs).
 */
export type GpuState = 'starting' | 'reading' | 'noGpu' | 'noDriver' | 'lost';

/** The recent readings of a session's machine (the Session page's chart), oldest first. */
export interface GpuHistory {
  sessionId: string;
  state: GpuState;
  /** Readings of a demo machine: made up by the built-in simulator, not measured. */
  demo: boolean;
  samples: GpuSample[];
}

/** Sent with each new reading, and when the state changes. */
export interface GpuUpdate {
  sessionId: string;
  state: GpuState;
  demo: boolean;
  /** The newest reading (absent when only the state changed). */
  sample?: GpuSample;
}
