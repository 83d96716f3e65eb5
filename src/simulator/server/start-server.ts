import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listActions } from '../actions/registry';
import { handleAdmin } from '../admin/admin-router';
import { SimulatorControl } from '../admin/simulator-control';
import { Dispatcher } from '../api/dispatcher';
import { createSimClock } from '../clock/sim-clock';
import { DEFAULT_ASSUMPTIONS } from '../config/assumptions';
import { resolveDelays } from '../config/delays';
import { resolveUnkindness } from '../config/unkind';
import { Throttle } from '../faults/throttle';
import { hostPoweredOff } from '../lifecycle/os-power-off';
import { watchSpotMarket } from '../lifecycle/spot-reclaim';
import { resumeTransitions } from '../persistence/resume';
import { readWorldState, writeWorldState } from '../persistence/state-file';
import { exportWorld, importWorld } from '../persistence/world-state';
import { Authenticator } from '../signing/authenticate';
import type { Simulator, SimulatorOptions } from '../simulator-types';
import { World } from '../state/world';
import { ApiServer } from '../transport/api-server';
import { readRequest } from '../transport/read-request';
import { RequestLog } from '../transport/request-log';
import { generateAccessKey, isLoopback } from './access-keys';

/** Builds every part, listens on loopback and returns the running simulator. */
export async function startSimulatorServer(options: SimulatorOptions): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`the simulator listens on loopback only, not ${host}`);
  if (options.stateFile && options.instanceHost) {
    throw new Error('a saved account (stateFile) has no machines to keep: it cannot be combined with an instance host');
  }
  const saved = options.stateFile ? readWorldState(options.stateFile) : undefined;
  // A restored account keeps its market (the seed) and its time, which never runs backwards.
  const seed = saved?.seed ?? options.seed ?? randomInt(0, 2 ** 31);
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions };
  const start = Math.max(options.startTime ?? Date.now(), saved?.at ?? 0);
  const clock = createSimClock({ start, speed: options.speed ?? 1 });
  const world = new World(
    clock,
    resolveDelays(options.delays),
    assumptions,
    resolveUnkindness(options.unkind),
    seed,
    options.balance ?? 1000,
    options.instanceHost,
  );
  if (options.faults) world.faults.set(options.faults);
  if (options.identity) world.identityType = options.identity;
  const accounts = options.accounts?.length ? options.accounts : [generateAccessKey()];
  const secrets = new Map(accounts.map((a) => [a.accessKeyId, a.accessKeySecret]));
  const auth = new Authenticator((id) => secrets.get(id), assumptions);
  const log = new RequestLog();
  let save = () => {};
  const dispatcher = new Dispatcher(world, () => save());
  const api = new ApiServer(world, auth, dispatcher, new Throttle(), log);
  if (saved) {
    importWorld(world, dispatcher.idempotency, saved);
    resumeTransitions(world);
  }
  const stateFile = options.stateFile;
  // Written at once after every change, before the answer leaves: what a caller was told exists survives a crash.
  if (stateFile) save = () => writeWorldState(stateFile, exportWorld(world, dispatcher.idempotency));
  let endpoint = '';
  const adminRoutes = options.adminRoutes ?? true;
  const control = new SimulatorControl(world, api, log, world.events, () => ({
    endpoint,
    admin: `${endpoint}/_sim`,
    seed,
    accessKeyIds: [...secrets.keys()],
    versions: { ecs: '2014-05-26', vpc: '2016-04-28', sts: '2015-04-01' },
    actions: listActions(),
    instanceHost: world.host.attached,
  }));
  watchSpotMarket(world);
  options.instanceHost?.watchPowerOffs?.((instanceId) => hostPoweredOff(world, instanceId));

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const raw = await readRequest(req);
        if (raw.path === '/_sim' || raw.path.startsWith('/_sim/')) {
          if (adminRoutes) await handleAdmin(control, res, raw);
          else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        } else await api.handle(req, res, raw);
      } catch (error) {
        if (!res.headersSent) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end(String(error instanceof Error ? error.message : error));
        }
      }
    })();
  });
  // Longer than pop-core's 3 s keep-alive so reused sockets are not reset under it.
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  endpoint = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const first = accounts[0] as { accessKeyId: string; accessKeySecret: string };

  let closed = false;
  return {
    endpoint,
    accessKeyId: first.accessKeyId,
    accessKeySecret: first.accessKeySecret,
    admin: `${endpoint}/_sim`,
    seed,
    clock,
    faults: control.faults,
    unkind: control.unkind,
    reclaim: (id, o) => control.reclaim(id, o),
    osShutdown: (id) => control.osShutdown(id),
    ledger: () => control.ledger(),
    resources: () => control.resources(),
    validate: () => control.validate(),
    spotOffers: (filter) => control.spotOffers(filter),
    setSpotPrice: (input) => control.setSpotPrice(input),
    clearSpotPrices: () => control.clearSpotPrices(),
    setSpotStock: (pin) => control.setSpotStock(pin),
    clearSpotStock: () => control.clearSpotStock(),
    setIdentity: (type) => {
      world.identityType = type;
    },
    balance: () => control.balance(),
    setBalance: (b) => control.setBalance(b),
    reset: () => control.reset(),
    requests: (limit) => control.requests(limit),
    clearRequests: () => control.clearRequests(),
    events: () => control.events(),
    inFlight: () => [...api.inFlight.values()],
    terminationTime: (id) => control.terminationTime(id),
    idle: () => control.idle(),
    close: async () => {
      if (closed) return;
      closed = true;
      save();
      clock.stop();
      for (const res of api.hanging) res.socket?.destroy();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
      // Let queued host calls finish, but never wait forever on a stuck host.
      await Promise.race([world.host.idle(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    },
  };
}
