/** Second precision UTC, as disks, snapshots, images and spot prices report time. */
export function isoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/** Minute precision UTC (`2017-12-10T04:04Z`), as DescribeInstances reports time. */
export function isoMinutes(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

const UTC_SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/;

/** Parses `yyyy-MM-ddTHH:mm[:ss]Z`; undefined when malformed. */
export function parseUtc(value: string): number | undefined {
  const m = UTC_SECONDS.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(+(m[1] ?? 0), +(m[2] ?? 1) - 1, +(m[3] ?? 1), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return Number.isNaN(ms) ? undefined : ms;
}
