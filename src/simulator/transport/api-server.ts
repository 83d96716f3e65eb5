import type { IncomingMessage, ServerResponse } from 'node:http';
import { findAction } from '../actions/registry';
import { API_VERSIONS, type Product } from '../api/action';
import { ApiError, apiError, missingParameter } from '../api/api-error';
import type { Dispatcher } from '../api/dispatcher';
import { isoSeconds } from '../api/time-format';
import type { TerminalFault } from '../faults/fault-injector';
import { stallPaging } from '../faults/stall-paging';
import type { Throttle } from '../faults/throttle';
import type { Authenticator } from '../signing/authenticate';
import type { World } from '../state/world';
import type { RawRequest } from './read-request';
import type { RequestLog } from './request-log';
import { type AnswerStyle, GATEWAY_PAGE, sendError, sendRaw, sendSuccess } from './respond';

const GATEWAY_TITLES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** Serves the RPC API: routing by Version and Action, signature check, throttling, faults, the action, the envelope. */
export class ApiServer {
  /** Requests held open by a `hang` fault; closed when the simulator stops. */
  readonly hanging = new Set<ServerResponse>();
  /** Calls being answered right now, by RequestId (a crash test kills its client in the middle of one). */
  readonly inFlight = new Map<string, { action: string; since: number }>();

  constructor(
    private readonly world: World,
    private readonly auth: Authenticator,
    private readonly dispatcher: Dispatcher,
    private readonly throttle: Throttle,
    private readonly log: RequestLog,
  ) {}

  async handle(_req: IncomingMessage, res: ServerResponse, raw: RawRequest): Promise<void> {
    const v3 = String(raw.headers.authorization ?? '').startsWith('ACS3-');
    const header = (name: string) => {
      const value = raw.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const action = (v3 ? header('x-acs-action') : undefined) ?? raw.params.get('Action') ?? '';
    const version = (v3 ? header('x-acs-version') : undefined) ?? raw.params.get('Version') ?? '';
    const regionId = raw.params.get('RegionId') ?? '';
    const product: Product | undefined = API_VERSIONS[version];
    const format = raw.params.get('Format');
    const style: AnswerStyle = {
      xml: !v3 && (format === undefined ? true : format.toUpperCase() === 'XML'),
      contentType: this.world.assumptions.contentType,
      product,
      action,
      regionId,
      requestId: this.world.ids.uuid(),
    };
    this.inFlight.set(style.requestId, { action, since: Date.now() });
    let status = 200;
    let code = '';
    let fault = '';
    let signature: 'v1' | 'v3' | '' = '';
    const fail = (error: ApiError) => {
      status = this.world.assumptions.errorStatus[error.code] ?? error.status;
      code = error.code;
      sendError(res, style, status, error.code, error.message);
    };
    try {
      if (!action) throw missingParameter('Action');
      if (!version) throw missingParameter('Version');
      if (!product) throw apiError('InvalidVersion');
      const spec = findAction(product, action);
      if (!spec) throw apiError('InvalidAction.NotFound');
      signature = this.auth.verify(raw).style;
      const throttled = this.throttle.check(this.world.faults.throttleRules(), action, regionId);
      if (throttled) throw apiError(throttled.code ?? this.world.throttlingCode());
      const decision = this.world.faults.decide(action, regionId);
      if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
      if (decision.before) {
        fault = decision.before.kind;
        const outcome = this.applyFault(res, style, decision.before);
        status = outcome.status;
        code = outcome.code;
        return;
      }
      const body = this.dispatcher.run(spec, raw.params, style.requestId);
      if (decision.stallPaging && stallPaging(body, raw.params, this.world.assumptions.spotHistoryPageSize)) {
        fault = 'paging';
      }
      if (decision.after) {
        fault = `${decision.after.kind} (after the action ran)`;
        const outcome = this.applyFault(res, style, decision.after);
        status = outcome.status;
        code = outcome.code;
        return;
      }
      sendSuccess(res, style, body);
    } catch (error) {
      if (error instanceof ApiError) {
        fail(error);
      } else {
        this.world.events.add(this.world.now(), 'internal-error', action, String((error as Error)?.stack ?? error));
        fail(apiError('InternalError'));
      }
    } finally {
      this.inFlight.delete(style.requestId);
      this.log.add({
        wallTime: new Date().toISOString(),
        simTime: isoSeconds(this.world.now()),
        product: product ?? '',
        action,
        regionId,
        status,
        code,
        requestId: style.requestId,
        clientToken: raw.params.get('ClientToken') ?? '',
        fault,
        signature,
      });
    }
  }

  /** Writes (or withholds) the answer a fault calls for; returns what the log records. */
  private applyFault(res: ServerResponse, style: AnswerStyle, f: TerminalFault): { status: number; code: string } {
    switch (f.kind) {
      case 'error': {
        const error = apiError(this.world.faults.pickCode(f, style.action, style.regionId), f.message);
        const status = f.status ?? this.world.assumptions.errorStatus[error.code] ?? error.status;
        sendError(res, style, status, error.code, error.message);
        return { status, code: error.code };
      }
      case 'http5xx': {
        const status = f.status ?? 503;
        const body = f.body ?? 'json';
        if (body === 'json') {
          const code = status === 503 ? 'ServiceUnavailable' : 'InternalError';
          sendError(res, style, status, code, apiError(code).message);
          return { status, code };
        }
        sendRaw(
          res,
          status,
          'text/html',
          body === 'html' ? GATEWAY_PAGE(status, GATEWAY_TITLES[status] ?? 'Error') : '',
        );
        return { status, code: '' };
      }
      case 'nonJson': {
        const status = f.status ?? 200;
        sendRaw(res, status, 'text/html', f.body ?? GATEWAY_PAGE(502, 'Bad Gateway'));
        return { status, code: '' };
      }
      case 'reset':
        res.socket?.destroy();
        return { status: 0, code: 'reset' };
      case 'hang': {
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        if (f.ms !== undefined) {
          setTimeout(() => {
            res.socket?.destroy();
            this.hanging.delete(res);
          }, f.ms).unref();
        }
        return { status: 0, code: 'hang' };
      }
    }
  }

  /** Forgets throttling buckets and remembered ClientTokens (used nonces stay used). */
  reset(): void {
    this.throttle.reset();
    this.dispatcher.idempotency.clear();
  }
}
