import { type PriceOffer, purchasable, type RegionGroup } from '../../../shared/prices';
import type { Plan } from '../../../shared/session';
import { formFromPlan, initialLaunchForm, type LaunchForm } from './launch-form';

/** Time zones of mainland China (Hong Kong, Macau and Taipei have their own). */
const MAINLAND_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi']);

/** Zones that say nothing of where a person is. */
const PLACELESS = /^(UTC|GMT|Etc\/|Universal|Zulu)/;

/**
 * The region group nearest the person: mainland for someone in mainland China, as the time zone
 * of this computer says; where the time zone names no place, the language's country decides
 * ("zh-CN" is mainland China). Danlu does not look the user's address up anywhere.
 */
export function homeRegionGroup(locale: string, timeZone: string | undefined): RegionGroup {
  if (timeZone && !PLACELESS.test(timeZone)) return MAINLAND_ZONES.has(timeZone) ? 'mainland' : 'overseas';
  return /^zh(-Hans)?-CN$/i.test(locale) ? 'mainland' : 'overseas';
}

/** A GPU with this much memory or more fits most courses and models (T4, A10 class). */
export const ENOUGH_GPU_GIB = 16;

/**
 * Where a first launch begins: the cheapest offer in stock with a confirmed (exact) price and a
 * GPU of at least 16 GiB, in the person's region group. Until such an offer is known, the
 * nearest thing: any price in that group, then the other group, then smaller GPUs.
 */
export function firstOffer(offers: readonly PriceOffer[], group: RegionGroup): PriceOffer | undefined {
  const sold = offers.filter((o) => purchasable(o.stock));
  const cheapest = (list: PriceOffer[]) => [...list].sort((a, b) => a.spotPrice - b.spotPrice)[0];
  const enough = (o: PriceOffer) => o.gpuMemGiB >= ENOUGH_GPU_GIB;
  const home = (o: PriceOffer) => o.regionGroup === group;
  const tries: Array<(o: PriceOffer) => boolean> = [
    (o) => home(o) && enough(o) && o.priceExact,
    (o) => home(o) && enough(o),
    (o) => enough(o) && o.priceExact,
    enough,
    home,
    () => true,
  ];
  for (const fits of tries) {
    const found = cheapest(sold.filter(fits));
    if (found) return found;
  }
  return undefined;
}

/**
 * The form before the person edits it: what "Launch this" carried (a region, zone and type),
 * otherwise their last choices, otherwise the first offer. The rest of the form is their last
 * choices where they apply: a disk, snapshot or image of another region stays behind.
 */
export function startingForm(options: {
  carried?: { regionId: string; zoneId?: string; instanceType?: string };
  lastPlan?: Plan | null;
  first?: PriceOffer;
}): LaunchForm {
  const { carried, lastPlan, first } = options;
  const base = lastPlan ? formFromPlan(lastPlan) : initialLaunchForm;
  if (carried) {
    const sameRegion = carried.regionId === base.regionId;
    return {
      ...base,
      regionId: carried.regionId,
      zoneId: carried.zoneId ?? '',
      instanceTypes: carried.instanceType ? [carried.instanceType] : sameRegion ? base.instanceTypes : [],
      ...(sameRegion ? {} : elsewhere(base)),
    };
  }
  if (lastPlan) return base;
  return { ...base, regionId: first?.regionId ?? '', zoneId: '', instanceTypes: first ? [first.instanceType] : [] };
}

/** What a form keeps when it moves to another region: disks, snapshots and images are regional. */
function elsewhere(form: LaunchForm): Partial<LaunchForm> {
  return {
    diskKind: 'new',
    diskId: '',
    snapshotId: '',
    imageKind: form.imageKind === 'custom' ? 'ubuntu' : form.imageKind,
    imageId: '',
  };
}
