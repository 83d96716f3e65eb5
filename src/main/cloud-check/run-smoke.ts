import { type Clock, systemClock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { type ActionName, type Credentials, createAliyunApi, type EndpointStrategy, type JsonObject } from '../aliyun';
import { Redactor } from '../log/redactor';
import { dryRunOnly, isRead } from './dry-run-only';
import { shapeProblems } from './response-shapes';
import { isFreeCreate, type Made, roundTripChecks, roundTripGuard } from './round-trip';
import { ALL_ACTIONS, NOT_TRIED, smokeChecks } from './smoke-checks';

export interface SmokeRow {
  action: string;
  kind: 'read' | 'dryRun' | 'roundTrip' | 'not tried';
  result: 'ok' | 'failed' | 'skipped';
  note: string;
}

/** The last line `npm run smoke:aliyun` prints. */
export interface SmokeSummary {
  region: string;
  /** Checks that ran (reads and dry runs). */
  actions: number;
  ok: number;
  failed: number;
  /** Dry runs the cloud accepted (DryRunOperation). */
  dryRunOk: number;
  /** Writes the cloud carried out (answered with success instead of DryRunOperation), free creates of `--round-trip` aside. */
  purchased: number;
  /** With `--round-trip`: what it made (all free), and what it could not delete again. */
  roundTrip?: { made: string[]; left: string[] };
}

export interface SmokeOptions {
  regionId: string;
  credentials: Credentials;
  endpoints: EndpointStrategy;
  clock?: Clock;
  /** Also make the free network parts and a key pair, read them back, and delete them. */
  roundTrip?: boolean;
}

/**
 * Calls every read Danlu makes in one region and every create it makes that the API can
 * dry-run, checks each answer against the shapes Danlu reads, and never sends anything else:
 * a guard refuses, before sending, any call that is not a read or a DryRun.
 */
export async function runSmoke(options: SmokeOptions): Promise<{ rows: SmokeRow[]; summary: SmokeSummary }> {
  const redactor = new Redactor();
  redactor.addSecret(options.credentials.accessKeySecret);
  // A write the cloud answered with success (not DryRunOperation) was carried out: bought.
  let carriedOut = 0;
  let problems: string[] = [];
  const made: Made = {};
  const clock = options.clock ?? systemClock;
  const api = createAliyunApi({
    credentials: options.credentials,
    endpoints: options.endpoints,
    clock,
    redactor,
    guard: options.roundTrip ? roundTripGuard(made) : dryRunOnly,
    onResponse: (action: ActionName, body: JsonObject) => {
      if (!isRead(action) && !(options.roundTrip && isFreeCreate(action))) carriedOut++;
      problems.push(...shapeProblems(action, body).map((p) => `${action} ${p}`));
    },
  });
  const rows: SmokeRow[] = [];
  let dryRunOk = 0;
  const trip = options.roundTrip ? roundTripChecks(api, options.regionId, made, (ms) => clock.sleep(ms)) : undefined;
  let left: string[] = [];
  try {
    for (const check of [...smokeChecks(api, options.regionId), ...(trip?.checks ?? [])]) {
      problems = [];
      try {
        const note = await check.run();
        if (typeof note !== 'string') {
          rows.push({ action: check.action, kind: check.kind, result: 'skipped', note: note.skip });
        } else if (problems.length > 0) {
          rows.push({ action: check.action, kind: check.kind, result: 'failed', note: problems.join('; ') });
        } else {
          if (check.kind === 'dryRun') dryRunOk++;
          rows.push({ action: check.action, kind: check.kind, result: 'ok', note });
        }
      } catch (error) {
        rows.push({ action: check.action, kind: check.kind, result: 'failed', note: failureNote(error, redactor) });
      }
    }
  } finally {
    // What the round trip made goes again, whatever failed on the way.
    if (trip) left = await trip.cleanup();
    api.close();
  }
  const tried = new Set(rows.map((r) => r.action));
  for (const action of ALL_ACTIONS) {
    if (tried.has(action)) continue;
    // A read can always be tried, so one without a check is a gap; a change is never sent for real.
    const note = NOT_TRIED[action] ?? (isRead(action) ? 'not covered' : 'a change, not dry-run here');
    rows.push({ action, kind: 'not tried', result: 'skipped', note });
  }
  const ran = rows.filter((r) => r.kind !== 'not tried' && r.result !== 'skipped');
  for (const what of left) rows.push({ action: 'cleanup', kind: 'roundTrip', result: 'failed', note: what });
  return {
    rows,
    summary: {
      region: options.regionId,
      actions: ran.length,
      ok: ran.filter((r) => r.result === 'ok').length,
      failed: ran.filter((r) => r.result === 'failed').length,
      dryRunOk,
      purchased: carriedOut,
      ...(options.roundTrip ? { roundTrip: { made: Object.values(made).filter((x) => x !== undefined), left } } : {}),
    },
  };
}

function failureNote(error: unknown, redactor: Redactor): string {
  if (error instanceof AppError) {
    return redactor.text(`${error.cloudCode ? `${error.cloudCode}: ` : ''}${error.text.en}`);
  }
  return redactor.text(error instanceof Error ? error.message : String(error));
}

/** The rows as an aligned plain-text table. */
export function smokeTable(rows: SmokeRow[]): string {
  const head: SmokeRow = { action: 'action', kind: 'read' as const, result: 'ok' as const, note: 'note' };
  const cells = [head, ...rows].map((r, i) => [
    r.action,
    i === 0 ? 'kind' : r.kind,
    i === 0 ? 'result' : r.result,
    r.note,
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  return cells.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ')).join('\n');
}
