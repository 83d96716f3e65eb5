import { describe, expect, it } from 'vitest';
import { trayState } from '../../../src/main/desktop/tray-state';
import type { BootstrapPort } from '../../../src/main/sessions';
import { SETUP_CPU_TYPES } from '../../../src/main/sessions';
import { AppError } from '../../../src/shared/errors';
import type { SessionView } from '../../../src/shared/session';
import { storageNow, watchData } from '../../support/data-watch';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { manualTicker, meterFor } from '../../support/meter-harness';
import { REGION, simPerTest } from '../../support/sim-per-test';
import { stepTime } from '../../support/stepped-time';
import type { SimApi } from '../aliyun/sim-api';

const GPU = 'ecs.gn6i-c4g1.xlarge';
const MINUTE = 60_000;
const startSim = simPerTest();

/**
 * The data disks as machines see them, by serial: a file the CPU machine writes to its disk is
 * there for any later machine given the same disk (the simulator keeps no file contents).
 */
function diskFiles() {
  const files = new Map<string, Set<string>>();
  const seen: Array<{ sessionId: string; serial: string; files: string[]; driver: boolean }> = [];
  const bootstrap: BootstrapPort = {
    async run(session, target) {
      const onDisk = files.get(target.dataDiskSerial) ?? new Set<string>();
      files.set(target.dataDiskSerial, onDisk);
      seen.push({
        sessionId: session.id,
        serial: target.dataDiskSerial,
        files: [...onDisk],
        driver: !session.plan.setupOnCpu,
      });
      if (session.plan.setupOnCpu) onDisk.add('setup-notes.ipynb');
      return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'AB:CD' };
    },
  };
  return { bootstrap, seen };
}

/** The CPU set-up types on sale in the region with stock, so the cheapest of them is the cloud's to say. */
function cpuInStock(sim: SimApi) {
  for (const instanceType of SETUP_CPU_TYPES) {
    if (sim.sim.spotOffers({ regionId: REGION, instanceType }).length > 0) {
      sim.sim.setSpotStock({ regionId: REGION, instanceType, stock: 'WithStock' });
    }
  }
}

/** The cheapest set-up CPU type the simulator sells in the zone now. */
function cheapestCpuIn(sim: SimApi, zoneId: string) {
  const offers = sim.sim
    .spotOffers({ zoneId, kind: 'cpu' })
    .filter((o) => (SETUP_CPU_TYPES as readonly string[]).includes(o.instanceType) && o.stock === 'WithStock');
  return offers.sort((a, b) => a.spotPrice - b.spotPrice)[0];
}

async function setUpOnCpu(seed: number, gpuType = GPU) {
  const sim = await startSim(seed);
  cpuInStock(sim);
  if (gpuType !== GPU) inStock(sim.sim, REGION, gpuType);
  const time = stepTime(sim.sim);
  const h = launchHarness(sim);
  const disks = diskFiles();
  h.deps.bootstrap = disks.bootstrap;
  // The meter looks again at every change of a session, as the app's does.
  const meter = meterFor(sim, async () => h.manager.records(), manualTicker().ticker, []);
  h.deps.onChange = () => void meter.update();
  const launched = await h.manager.launch(plan({ name: 'setup', setupOnCpu: true, instanceTypes: [gpuType] }));
  const cpu = await untilPhase(sim, h.manager, launched.id, ['ready', 'failed']);
  expect(cpu.phase).toBe('ready');
  return { sim, h, cpu, disks, meter, time };
}

/** Checks at every change Danlu makes that the data exists in the cloud (see data-watch.ts). */
function watchDataOnChange(sim: SimApi, h: ReturnType<typeof launchHarness>, diskId: string) {
  const data = watchData(sim.sim, diskId);
  const onChange = h.deps.onChange;
  h.deps.onChange = (view) => {
    onChange(view);
    data.check();
  };
  return data;
}

/** What the simulator billed for an instance's compute, from its ledger. */
function computeBilled(sim: SimApi, instanceId: string) {
  return sim.sim
    .ledger()
    .entries.filter((e) => e.resourceId === instanceId && e.resourceType === 'instance')
    .reduce((sum, e) => sum + e.cost, 0);
}

function instanceOf(view: SessionView) {
  return view.resources.instanceId as string;
}

describe('set up on a CPU, then switch to the GPU', () => {
  it('sets up on the cheapest CPU type in stock in the GPU’s zone without the driver, then runs the GPU on the same disk, the file written there still on it, both parts of the bill shown', async () => {
    const { sim, h, cpu, disks, meter, time } = await setUpOnCpu(71);
    const zoneId = cpu.zoneId as string;
    expect(sim.sim.spotOffers({ zoneId, instanceType: GPU })[0]?.stock).toBe('WithStock');
    expect(cpu.instanceType).toBe(cheapestCpuIn(sim, zoneId)?.instanceType);
    expect(disks.seen[0]).toMatchObject({ sessionId: cpu.id, driver: false });
    await sim.sim.clock.sleep(40 * MINUTE);

    const diskId = cpu.resources.diskId as string;
    const data = watchDataOnChange(sim, h, diskId);
    const next = await h.manager.switchToGpu(cpu.id);
    const gpu = await untilPhase(sim, h.manager, next.id, ['ready', 'failed']);
    expect(gpu.phase).toBe('ready');
    expect(gpu).toMatchObject({ instanceType: GPU, zoneId, switchedFrom: cpu.id });
    expect(gpu.resources.diskId).toBe(diskId);
    const after = h.manager.get(cpu.id);
    expect(after).toMatchObject({ phase: 'released', switchedTo: gpu.id });
    expect(after.resources.diskId).toBeUndefined();
    // The GPU machine finds on its disk what the set-up wrote, and runs the driver step.
    expect(disks.seen.at(-1)).toMatchObject({ sessionId: gpu.id, files: ['setup-notes.ipynb'], driver: true });
    expect(storageNow(sim.sim).disks.map((d) => d.id)).toEqual([diskId]);
    expect(data.lost).toEqual([]);

    await sim.sim.clock.sleep(30 * MINUTE);
    const view = await meter.view();
    const part = (id: string) => view.sessions.find((x) => x.sessionId === id);
    const bill = sim.sim.ledger().total;
    const metered = view.sessions.reduce((sum, x) => sum + x.costSoFar, 0);
    console.log(
      `CPU part ¥${part(cpu.id)?.costSoFar.toFixed(4)} (compute ¥${part(cpu.id)?.breakdown.compute.toFixed(4)}, ledger ¥${computeBilled(sim, instanceOf(cpu)).toFixed(4)}), GPU part ¥${part(gpu.id)?.costSoFar.toFixed(4)} (compute ¥${part(gpu.id)?.breakdown.compute.toFixed(4)}, ledger ¥${computeBilled(sim, instanceOf(gpu)).toFixed(4)}); meter ¥${metered.toFixed(4)}, bill ¥${bill.toFixed(4)}`,
    );
    expect(Math.abs(metered / bill - 1)).toBeLessThan(0.001);
    // Each part at its own machine's price: the CPU's compute and the GPU's, as the cloud billed them.
    for (const session of [cpu, gpu]) {
      const compute = part(session.id)?.breakdown.compute ?? 0;
      expect(Math.abs(compute / computeBilled(sim, instanceOf(session)) - 1)).toBeLessThan(0.001);
    }
    expect(part(cpu.id)?.breakdown.compute).toBeLessThan((part(gpu.id)?.breakdown.compute ?? 0) / 3);
    // The tray shows the GPU session with the set-up's part beside it, as the meter has them.
    const tray = await trayState(
      {
        sessions: async () => h.manager.list(),
        hasLastPlan: async () => true,
        demo: async () => false,
        meter: () => meter.view(),
      },
      view,
    );
    expect(tray.session?.id).toBe(gpu.id);
    expect(tray.cost?.costSoFar).toBe(part(gpu.id)?.costSoFar);
    expect(tray.setupCost).toBe(part(cpu.id)?.costSoFar);
    await h.manager.release(gpu.id, { snapshot: false, keepDisk: false });
    await time.stop();
    await h.manager.dispose();
  }, 60_000);

  it('with no GPU stock in the set-up’s zone, moves the data through a snapshot and keeps the original until the GPU session is ready', async () => {
    const { sim, h, cpu, time } = await setUpOnCpu(72);
    const zoneId = cpu.zoneId as string;
    const diskId = cpu.resources.diskId as string;
    expect(sim.sim.spotOffers({ regionId: REGION, instanceType: GPU }).length).toBeGreaterThanOrEqual(2);
    sim.sim.faults.add({ noStock: [{ regionId: REGION, zoneId, instanceType: GPU }] });
    const data = watchDataOnChange(sim, h, diskId);
    const watched = h.deps.onChange;
    let originalWhileMoving = false;
    h.deps.onChange = (view) => {
      watched(view);
      if (view.move?.sourceDiskId === diskId && storageNow(sim.sim).disks.some((d) => d.id === diskId)) {
        originalWhileMoving = true;
      }
    };
    const next = await h.manager.switchToGpu(cpu.id);
    const gpu = await untilPhase(sim, h.manager, next.id, ['ready', 'failed']);
    expect(gpu.phase).toBe('ready');
    expect(gpu.zoneId).not.toBe(zoneId);
    expect(gpu.instanceType).toBe(GPU);
    expect(originalWhileMoving).toBe(true);
    // The copy holds the data now, in the GPU's zone, and the session says so.
    expect(gpu.resources.diskId).not.toBe(diskId);
    expect(gpu.diskZoneId).toBe(gpu.zoneId);
    expect(gpu.move).toBeUndefined();
    expect(storageNow(sim.sim).disks.map((d) => d.id)).toEqual([gpu.resources.diskId]);
    expect(data.lost).toEqual([]);
    await h.manager.release(gpu.id, { snapshot: false, keepDisk: false });
    await time.stop();
    await h.manager.dispose();
  }, 60_000);

  it('with no GPU stock anywhere in the region, keeps the disk, loses nothing and says where the data is', async () => {
    const { sim, h, cpu, time } = await setUpOnCpu(73);
    const diskId = cpu.resources.diskId as string;
    sim.sim.faults.add({ noStock: [{ regionId: REGION, instanceType: GPU }] });
    const data = watchDataOnChange(sim, h, diskId);
    const next = await h.manager.switchToGpu(cpu.id);
    const failed = await untilPhase(sim, h.manager, next.id, ['failed']);
    expect(failed.error?.code).toBe('launch.noStock');
    // The failed GPU session names the disk and its zone; the CPU session points to it.
    expect(failed.resources.diskId).toBe(diskId);
    expect(failed.diskZoneId).toBe(cpu.zoneId);
    expect(h.manager.get(cpu.id).switchedTo).toBe(failed.id);
    expect(storageNow(sim.sim).disks.map((d) => d.id)).toEqual([diskId]);
    expect(data.lost).toEqual([]);
    // Only a CPU set-up switches: the failed GPU session is refused, saying so in both languages.
    const refused = await h.manager.switchToGpu(failed.id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).text.en).toMatch(/set up on a CPU/);
    expect((refused as AppError).text.zh).toMatch(/CPU 上准备环境/);
    // Once the GPU is back, the same plan launches it on the same disk.
    sim.sim.faults.clear();
    const again = await h.manager.launch(failed.plan);
    const gpu = await untilPhase(sim, h.manager, again.id, ['ready', 'failed']);
    expect(gpu).toMatchObject({ phase: 'ready', instanceType: GPU });
    expect(gpu.resources.diskId).toBe(diskId);
    expect(data.lost).toEqual([]);
    await h.manager.release(gpu.id, { snapshot: false, keepDisk: false });
    await time.stop();
    await h.manager.dispose();
  }, 60_000);

  it.each(['releasing', 'released'])(
    'a crash while the CPU instance is %s: a new process carries the switch on and launches the GPU once',
    async (phase) => {
      const { sim, h, cpu, time } = await setUpOnCpu(phase === 'releasing' ? 74 : 75);
      const diskId = cpu.resources.diskId as string;
      let crashed = false;
      const onChange = h.deps.onChange;
      h.deps.onChange = (view) => {
        onChange(view);
        if (!crashed && view.id === cpu.id && view.phase === phase) {
          crashed = true;
          void h.manager.dispose();
        }
      };
      await h.manager.switchToGpu(cpu.id).catch(() => undefined);
      await h.manager.settled(cpu.id);
      expect(crashed).toBe(true);
      const after = h.restart();
      after.resume();
      let nextId: string | undefined;
      for (let i = 0; i < 600 && !nextId; i++) {
        nextId = after.get(cpu.id).switchedTo;
        if (!nextId) await sim.sim.clock.sleep(1000);
      }
      const gpu = await untilPhase(sim, after, nextId as string, ['ready', 'failed']);
      expect(gpu).toMatchObject({ phase: 'ready', instanceType: GPU, switchedFrom: cpu.id });
      expect(gpu.resources.diskId).toBe(diskId);
      // One GPU session, one GPU instance: the switch did not launch twice.
      expect(after.list().filter((v) => v.switchedFrom === cpu.id)).toHaveLength(1);
      const running = (sim.sim.resources() as unknown as { instances: Array<{ status: string }> }).instances.filter(
        (i) => i.status !== 'Deleted',
      );
      expect(running).toHaveLength(1);
      await after.release(gpu.id, { snapshot: false, keepDisk: false });
      await time.stop();
      await after.dispose();
    },
    60_000,
  );

  it('makes the set-up’s disk in a category the GPU takes too, so a family without ESSD switches on the same disk', async () => {
    // gn5i takes only ultra and standard SSD disks; the CPU types take ESSD too.
    const gn5i = 'ecs.gn5i-c2g1.large';
    const { sim, h, cpu, time } = await setUpOnCpu(76, gn5i);
    const diskId = cpu.resources.diskId as string;
    const disk = storageNow(sim.sim).disks.find((d) => d.id === diskId) as unknown as { category: string };
    expect(['cloud_efficiency', 'cloud_ssd']).toContain(disk.category);
    const next = await h.manager.switchToGpu(cpu.id);
    const gpu = await untilPhase(sim, h.manager, next.id, ['ready', 'failed']);
    expect(gpu).toMatchObject({ phase: 'ready', instanceType: gn5i, zoneId: cpu.zoneId });
    expect(gpu.resources.diskId).toBe(diskId);
    await h.manager.release(gpu.id, { snapshot: false, keepDisk: false });
    await time.stop();
    await h.manager.dispose();
  }, 60_000);
});
