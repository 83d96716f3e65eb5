import type { World } from '../state/world';
import type { ActionSpec, ResponseBody } from './action';
import { apiError } from './api-error';
import { IdempotencyStore } from './idempotency';
import { Params } from './params';

/** Runs one action: region check, ClientToken idempotency, then the handler. */
export class Dispatcher {
  readonly idempotency = new IdempotencyStore();

  constructor(
    private readonly world: World,
    /** Called after every action that may have changed something (not Describe…/List…). */
    private readonly onWrite: () => void = () => {},
  ) {}

  run(spec: ActionSpec, raw: ReadonlyMap<string, string>, requestId: string): ResponseBody {
    const params = new Params(raw);
    if (!spec.regionOptional) {
      const regionId = params.required('RegionId');
      if (!this.world.catalog.region(regionId)) throw apiError('InvalidRegionId.NotFound');
    }
    const token = spec.idempotent ? params.str('ClientToken') : undefined;
    if (token !== undefined && token.length > 64)
      throw apiError('InvalidClientToken.ValueNotSupported', 'The ClientToken is longer than 64 characters.', 400);
    // One account behind every key: a token is scoped to the action, not to the key that sent it.
    const scope = `${spec.product}:${spec.name}`;
    if (token !== undefined) {
      const earlier = this.idempotency.lookup(scope, token, params.entries());
      if (earlier && this.world.unkind.retriedTokenProcessing && spec.stillProcessing?.(this.world, earlier)) {
        throw apiError('OperationFailed.LastTokenProcessing');
      }
      if (earlier) return earlier;
    }
    const body = spec.handler({ world: this.world, params, now: this.world.now(), requestId });
    if (token !== undefined) this.idempotency.remember(scope, token, params.entries(), body);
    if (!/^(Describe|List)/.test(spec.name)) this.onWrite();
    return body;
  }
}
