import { AppError } from '../../shared/errors';
import { ramPolicyJson } from '../credentials/ram-policy';
import { deleteIgnoringMissing } from '../sessions/cloud-checks';
import { notDanlus, readOwnership, VERBS } from '../sessions/ownership';
import type { Handlers } from './handlers';
import type { Services } from './services';

type CloudHandlers = Pick<
  Handlers,
  | 'credentials.status'
  | 'credentials.save'
  | 'credentials.importCli'
  | 'credentials.forget'
  | 'credentials.ramPolicy'
  | 'prices.scan'
  | 'prices.history'
  | 'prices.compareAws'
  | 'sessions.list'
  | 'sessions.get'
  | 'sessions.launch'
  | 'sessions.cancel'
  | 'sessions.stop'
  | 'sessions.start'
  | 'sessions.release'
  | 'sessions.saveImage'
  | 'sessions.recover'
  | 'sessions.lastPlan'
  | 'sessions.log'
  | 'resources.reconcile'
  | 'resources.delete'
>;

/** The contract's cloud-facing requests, answered by the services. */
export function cloudHandlers(services: Services): CloudHandlers {
  const changedCloud = async <T>(work: Promise<T>) => {
    const result = await work;
    await services.cloud.reset();
    return result;
  };

  const reconcile = (allRegions: boolean) => services.sessions.reconcile(allRegions);

  return {
    'credentials.status': () => services.credentials.status(),
    'credentials.save': (input) => changedCloud(services.credentials.save(input)),
    'credentials.importCli': () => changedCloud(services.credentials.importFromCliProfile()),
    'credentials.forget': () => changedCloud(services.credentials.forget()),
    'credentials.ramPolicy': () => ramPolicyJson,

    'prices.scan': (input) => services.prices.scan(input),
    'prices.history': (input) => services.prices.history(input),
    'prices.compareAws': (input) => services.prices.compareAws(input),

    'sessions.list': async () => (await services.sessions.manager()).list(),
    'sessions.get': async ({ id }) => (await services.sessions.manager()).get(id),
    'sessions.launch': async ({ plan, notebookPassword, confirmForeign }) => {
      services.redactor.addSecret(notebookPassword);
      return (await services.sessions.manager()).launch(plan, notebookPassword, confirmForeign);
    },
    'sessions.cancel': async ({ id }) => (await services.sessions.manager()).cancel(id),
    'sessions.stop': async ({ id }) => (await services.sessions.manager()).stop(id),
    'sessions.start': async ({ id }) => (await services.sessions.manager()).start(id),
    'sessions.release': async ({ id, snapshot, keepDisk }) =>
      (await services.sessions.manager()).release(id, { snapshot, keepDisk }),
    'sessions.saveImage': async ({ id, imageName }) => (await services.sessions.manager()).saveImage(id, imageName),
    'sessions.recover': async ({ id }) => (await services.sessions.manager()).recover(id),
    'sessions.lastPlan': async () => (await (await services.sessions.manager()).lastLaunch()) ?? null,
    'sessions.log': ({ id }) => services.sessions.log.get(id),

    'resources.reconcile': ({ allRegions }) => reconcile(allRegions),
    'resources.delete': async ({ regionId, kind, id }) => {
      const link = await services.cloud.get();
      const api = link.api;
      // Read from the cloud right before acting: only what carries Danlu's tag is deleted.
      const owner = await readOwnership(api, kind, regionId, id);
      if (!owner.found) return reconcile(false);
      if (!owner.danlus) throw notDanlus(kind, id, VERBS.delete);
      const listed = await reconcile(false);
      const target = listed.resources.find((r) => r.regionId === regionId && r.kind === kind && r.id === id);
      if (target?.use === 'in-use') {
        throw new AppError('resources.inUse', {
          en: `${id} belongs to a live session; release the session instead.`,
          zh: `${id} 属于一个进行中的会话，请改为释放该会话。`,
        });
      }
      const remove: Record<typeof kind, () => Promise<unknown>> = {
        instance: () => api.deleteInstance({ regionId, instanceId: id, force: true, forceStop: true }),
        disk: () => api.deleteDisk({ regionId, diskId: id }),
        snapshot: () => api.deleteSnapshot({ regionId, snapshotId: id, force: true }),
        image: () => api.deleteImage({ regionId, imageId: id, force: true }),
        securityGroup: () => api.deleteSecurityGroup({ regionId, securityGroupId: id }),
        keyPair: () => api.deleteKeyPairs({ regionId, keyPairNames: [id] }),
        vpc: () => api.deleteVpc({ regionId, vpcId: id }),
        vswitch: () => api.deleteVSwitch({ regionId, vSwitchId: id }),
      };
      await deleteIgnoringMissing(remove[kind]);
      return reconcile(false);
    },
  };
}
