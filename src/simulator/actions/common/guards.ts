import type { ActionContext } from '../../api/action';
import { apiError } from '../../api/api-error';
import type { RegionInfo } from '../../catalog/regions';

/** The call's region; the dispatcher has already checked that it exists. */
export function region(ctx: ActionContext): RegionInfo {
  const regionId = ctx.params.required('RegionId');
  const found = ctx.world.catalog.region(regionId);
  if (!found) throw apiError('InvalidRegionId.NotFound');
  return found;
}

/** DryRun=true: every check passed, so answer DryRunOperation instead of acting. */
export function dryRunGate(ctx: ActionContext): void {
  if (ctx.params.bool('DryRun')) throw apiError('DryRunOperation');
}

/** Looks a resource up by id within the call's region, or throws the action's NotFound code. */
export function findIn<T extends { regionId: string }>(
  map: ReadonlyMap<string, T>,
  id: string,
  regionId: string,
  notFoundCode: string,
): T {
  const found = map.get(id);
  if (!found || found.regionId !== regionId) throw apiError(notFoundCode);
  return found;
}

export function requireZone(regionInfo: RegionInfo, zoneId: string): void {
  if (!regionInfo.zones.includes(zoneId)) throw apiError('InvalidZoneId.NotFound');
}

/** Looks a resource up by id alone (actions like StartInstance take no RegionId); a RegionId, when given, must match. */
export function findById<T extends { regionId: string }>(
  ctx: ActionContext,
  map: ReadonlyMap<string, T>,
  idParam: string,
  notFoundCode: string,
): T {
  const found = map.get(ctx.params.required(idParam));
  const regionId = ctx.params.str('RegionId');
  if (!found || (regionId !== undefined && found.regionId !== regionId)) throw apiError(notFoundCode);
  return found;
}
