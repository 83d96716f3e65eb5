import { hasThreeDecimalsAtMost, PASSWORD_CONTROL, SESSION_NAME } from '../../../shared/cloud-rules';
import { type Plan, planSchema } from '../../../shared/session';
import { plainInput, typedNumber } from '../../../shared/typed-input';

/** What the Launch form holds, as typed. */
export interface LaunchForm {
  name: string;
  regionId: string;
  /** '' = the cheapest zone of the region that has stock. */
  zoneId: string;
  /** In order of preference. */
  instanceTypes: string[];
  spotStrategy: 'SpotAsPriceGo' | 'SpotWithPriceLimit';
  priceLimit: string;
  diskKind: 'new' | 'existing' | 'snapshot';
  diskSize: string;
  diskCategory: 'cloud_essd' | 'cloud_auto' | 'cloud_efficiency';
  diskId: string;
  /** What becomes of the chosen disk if it must be copied to another zone, once the session is ready. */
  afterMove: 'delete' | 'keep';
  snapshotId: string;
  imageKind: 'ubuntu' | 'custom';
  ubuntuVersion: '22.04' | '24.04';
  imageId: string;
  password: string;
  passwordAgain: string;
  idleMinutes: string;
  /** Set up on the cheapest CPU type in the GPU's zone first, to switch to the GPU later. */
  setupOnCpu: boolean;
}

export const initialLaunchForm: LaunchForm = {
  name: 'lab',
  regionId: '',
  zoneId: '',
  instanceTypes: [],
  spotStrategy: 'SpotAsPriceGo',
  priceLimit: '',
  diskKind: 'new',
  diskSize: '100',
  diskCategory: 'cloud_essd',
  diskId: '',
  afterMove: 'delete',
  snapshotId: '',
  imageKind: 'ubuntu',
  ubuntuVersion: '22.04',
  imageId: '',
  password: '',
  passwordAgain: '',
  idleMinutes: '60',
  setupOnCpu: false,
};

export type LaunchField =
  | 'name'
  | 'region'
  | 'types'
  | 'priceLimit'
  | 'diskSize'
  | 'diskId'
  | 'snapshotId'
  | 'imageId'
  | 'password'
  | 'passwordAgain'
  | 'idleMinutes';

/** i18n keys under launch.errors. */
export type LaunchError =
  | 'nameFormat'
  | 'regionMissing'
  | 'typesMissing'
  | 'priceLimit'
  | 'diskSize'
  | 'diskMissing'
  | 'snapshotMissing'
  | 'imageMissing'
  | 'passwordShort'
  | 'passwordLong'
  | 'passwordControl'
  | 'passwordMismatch'
  | 'idleMinutes';

export type LaunchRead =
  | { ok: true; plan: Plan; password: string }
  | { ok: false; errors: Partial<Record<LaunchField, LaunchError>> };

const schemaFields: Record<string, [LaunchField, LaunchError]> = {
  name: ['name', 'nameFormat'],
  instanceTypes: ['types', 'typesMissing'],
  zoneId: ['region', 'regionMissing'],
};

/** A whole number as typed (full-width digits too); NaN for anything else, empty included. */
const wholeNumber = (text: string) => {
  const value = typedNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : Number.NaN;
};

/** Checks the form the way `sessions.launch` will, naming each wrong field, and builds the plan. */
export function readLaunchForm(form: LaunchForm): LaunchRead {
  const errors: Partial<Record<LaunchField, LaunchError>> = {};
  const name = plainInput(form.name);
  if (!SESSION_NAME.test(name)) errors.name = 'nameFormat';
  if (!form.regionId) errors.region = 'regionMissing';
  if (form.instanceTypes.length === 0) errors.types = 'typesMissing';
  const limit = typedNumber(form.priceLimit) ?? Number.NaN;
  const limitOk = limit > 0 && limit <= 1000 && hasThreeDecimalsAtMost(limit);
  if (form.spotStrategy === 'SpotWithPriceLimit' && !limitOk) {
    errors.priceLimit = 'priceLimit';
  }
  const size = wholeNumber(form.diskSize);
  if (form.diskKind === 'new' && !(size >= 20 && size <= 32768)) errors.diskSize = 'diskSize';
  if (form.diskKind === 'existing' && !form.diskId) errors.diskId = 'diskMissing';
  if (form.diskKind === 'snapshot' && !form.snapshotId) errors.snapshotId = 'snapshotMissing';
  if (form.imageKind === 'custom' && !form.imageId) errors.imageId = 'imageMissing';
  if (form.password.length < 8) errors.password = 'passwordShort';
  else if (form.password.length > 128) errors.password = 'passwordLong';
  else if (PASSWORD_CONTROL.test(form.password)) errors.password = 'passwordControl';
  else if (form.password !== form.passwordAgain) errors.passwordAgain = 'passwordMismatch';
  const idle = wholeNumber(form.idleMinutes);
  if (!(idle >= 0 && idle <= 24 * 60)) errors.idleMinutes = 'idleMinutes';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const parsed = planSchema.safeParse({
    name,
    regionId: form.regionId,
    zoneId: form.zoneId || null,
    instanceTypes: form.instanceTypes,
    spot:
      form.spotStrategy === 'SpotAsPriceGo'
        ? { strategy: 'SpotAsPriceGo' }
        : { strategy: 'SpotWithPriceLimit', priceLimit: limit },
    disk:
      form.diskKind === 'new'
        ? { kind: 'new', sizeGiB: size, category: form.diskCategory }
        : form.diskKind === 'existing'
          ? { kind: 'existing', diskId: form.diskId, afterMove: form.afterMove }
          : { kind: 'snapshot', snapshotId: form.snapshotId },
    image:
      form.imageKind === 'ubuntu'
        ? { kind: 'ubuntu', version: form.ubuntuVersion }
        : { kind: 'custom', imageId: form.imageId },
    idleShutdownMinutes: idle,
    ...(form.setupOnCpu ? { setupOnCpu: true } : {}),
  });
  if (!parsed.success) {
    // The checks above mirror the schema; what they cannot see (a malformed id) is shown against its field.
    const [field, error] = schemaFields[String(parsed.error.issues[0]?.path[0])] ?? ['region', 'regionMissing'];
    return { ok: false, errors: { [field]: error } };
  }
  return { ok: true, plan: parsed.data, password: form.password };
}

/** The form for a plan launched before ("launch last plan"); the password is never kept, so it stays empty. */
export function formFromPlan(plan: Plan, base: LaunchForm = initialLaunchForm): LaunchForm {
  return {
    ...base,
    name: plan.name,
    regionId: plan.regionId,
    zoneId: plan.zoneId ?? '',
    instanceTypes: [...plan.instanceTypes],
    spotStrategy: plan.spot.strategy,
    priceLimit: plan.spot.strategy === 'SpotWithPriceLimit' ? String(plan.spot.priceLimit) : base.priceLimit,
    diskKind: plan.disk.kind,
    diskSize: plan.disk.kind === 'new' ? String(plan.disk.sizeGiB) : base.diskSize,
    diskCategory: plan.disk.kind === 'new' ? plan.disk.category : base.diskCategory,
    diskId: plan.disk.kind === 'existing' ? plan.disk.diskId : '',
    afterMove: plan.disk.kind === 'existing' ? plan.disk.afterMove : base.afterMove,
    snapshotId: plan.disk.kind === 'snapshot' ? plan.disk.snapshotId : '',
    imageKind: plan.image.kind,
    ubuntuVersion: plan.image.kind === 'ubuntu' ? plan.image.version : base.ubuntuVersion,
    imageId: plan.image.kind === 'custom' ? plan.image.imageId : '',
    idleMinutes: String(plan.idleShutdownMinutes),
    setupOnCpu: plan.setupOnCpu ?? false,
  };
}

/** Moves a type one place up (-1) or down (+1) in the order of preference. */
export function moveType(types: string[], type: string, by: -1 | 1): string[] {
  const from = types.indexOf(type);
  const to = from + by;
  if (from < 0 || to < 0 || to >= types.length) return types;
  const next = [...types];
  next.splice(from, 1);
  next.splice(to, 0, type);
  return next;
}
