import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAliyunApi } from '../../src/main/aliyun';
import { makeNotebookCertificate } from '../../src/main/bootstrap/certificate';
import { Ssh2Connector } from '../../src/main/bootstrap/ssh-runner';
import { systemClock } from '../../src/shared/clock';
import type { SessionView } from '../../src/shared/session';
import type { Simulator } from '../../src/simulator';
import { type ContractRuntime, contractRuntime } from './contract-runtime';
import { plan, standInAddress } from './launch-harness';
import { LocalInstanceHost, standInBootstrap } from './local-instance-host';
import { startTestSimulator } from './test-simulator';

/** A session on the simulator whose instance is a stand-in machine on this computer, driven through the contract. */
export interface WorkbenchHarness {
  sim: Simulator;
  host: LocalInstanceHost;
  c: ContractRuntime;
  session: SessionView;
  /** Every ingress rule of the session's security group, as "port source". */
  rules(): Promise<string[]>;
  /** A server on 127.0.0.1 ("on the instance": the stand-in reaches this computer's loopback). */
  serve(kind: 'http' | 'https-notebook' | 'https-other', body: string): Promise<number>;
  /** The app quits and starts again on the same data folder (`c` is the new one). */
  restart(): Promise<ContractRuntime>;
  close(): Promise<void>;
}

export async function startWorkbenchHarness(
  options: { seed?: number; dataDir?: string; extra?: Parameters<typeof contractRuntime>[1] } = {},
): Promise<WorkbenchHarness> {
  const host = new LocalInstanceHost();
  const sim = await startTestSimulator({
    instanceHost: host,
    speed: 600,
    seed: options.seed ?? 2121,
    assumptions: { spotStockOutageRate: 0 },
  });
  const notebookCert = await makeNotebookCertificate('127.0.0.1', new Date());
  const otherCert = await makeNotebookCertificate('127.0.0.1', new Date());
  const extra: Parameters<typeof contractRuntime>[1] = {
    ssh: host.connector(new Ssh2Connector(systemClock)),
    bootstrap: () =>
      standInBootstrap(() => ({ notebookUrl: 'https://127.0.0.1:8888/', fingerprint256: notebookCert.fingerprint256 })),
    address: standInAddress(),
    ...options.extra,
  };
  const c = contractRuntime(sim, extra, options.dataDir);
  const launched = await c.call<SessionView>('sessions.launch', {
    plan: plan({ name: 'bench' }),
    notebookPassword: 'password-123',
  });
  const session = await c.until(launched.id, ['ready', 'failed']);
  if (session.phase !== 'ready') throw new Error(`the session did not get ready: ${JSON.stringify(session.error)}`);
  const api = createAliyunApi({
    credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
    endpoints: { kind: 'fixed', url: sim.endpoint },
    clock: sim.clock,
  });
  const servers: Server[] = [];
  const harness: WorkbenchHarness = {
    sim,
    host,
    c,
    session,
    async restart() {
      await harness.c.dispose();
      harness.c = contractRuntime(sim, extra, c.dataDir);
      return harness.c;
    },
    async rules() {
      const permissions = await api.describeAllSecurityGroupPermissions({
        regionId: session.plan.regionId,
        securityGroupId: session.resources.securityGroupId as string,
        direction: 'ingress',
      });
      return permissions.map((p) => `${p.portRange} ${p.sourceCidrIp || p.ipv6SourceCidrIp}`).sort();
    },
    async serve(kind, body) {
      const answer = (_req: unknown, res: import('node:http').ServerResponse) => res.end(body);
      const cert = kind === 'https-notebook' ? notebookCert : otherCert;
      const server =
        kind === 'http' ? createHttp(answer) : createHttps({ cert: cert.certPem, key: cert.keyPem }, answer);
      servers.push(server);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return (server.address() as AddressInfo).port;
    },
    async close() {
      await harness.c.dispose();
      api.close();
      for (const s of servers) {
        s.closeAllConnections?.();
        await new Promise((r) => s.close(r));
      }
      await sim.close();
      await host.close();
    },
  };
  return harness;
}
