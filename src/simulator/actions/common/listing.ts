import type { ActionContext } from '../../api/action';
import type { Tags } from '../../state/resources';

/** Whether list calls show the resource at the call's time (a new one may not be listed yet). */
export function listed(ctx: ActionContext, resource: { id: string }): boolean {
  return ctx.world.lag.listed(resource.id, ctx.now);
}

/** The resource's tags as list calls show and filter them at the call's time (new tags may not show yet). */
export function shownTags(ctx: ActionContext, resource: { id: string; tags: Tags }): Tags {
  return ctx.world.lag.seen(resource.id, resource.tags, ctx.now);
}
