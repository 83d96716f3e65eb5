import { AppError } from '../../shared/errors';
import type { Message } from '../../shared/words/message';

/** What kind of failure a cloud call ended in; decides retrying and what the user is told. */
export type CloudErrorKind =
  | 'auth'
  | 'signature'
  | 'balance'
  | 'quota'
  | 'no_stock'
  | 'price_limit'
  | 'throttled'
  | 'retryable'
  | 'invalid_input'
  | 'not_found'
  | 'dependency'
  | 'dry_run_ok'
  | 'unknown';

export const CLOUD_ERROR_KINDS: readonly CloudErrorKind[] = [
  'auth',
  'signature',
  'balance',
  'quota',
  'no_stock',
  'price_limit',
  'throttled',
  'retryable',
  'invalid_input',
  'not_found',
  'dependency',
  'dry_run_ok',
  'unknown',
];

export interface CloudErrorInit {
  kind: CloudErrorKind;
  /** A code finer than `cloud.<kind>` when the user must be told something else (`cloud.offline`). */
  code?: string;
  text: Message;
  action: string;
  regionId?: string;
  /** The cloud's `Code`, when the cloud answered with one. */
  cloudCode?: string;
  requestId?: string;
  httpStatus?: number;
  /** The cloud's Message or the transport failure, with every URL query stripped. */
  detail: string;
  /** True when `detail` is the cloud's own Message (shown behind the details, for support). */
  detailFromCloud?: boolean;
  /** True when the request may have been carried out although no answer arrived. */
  ambiguous: boolean;
}

/**
 * A failed Alibaba Cloud call as the user sees it: AppError code `cloud.<kind>`, a message in
 * English and Chinese, and the cloud's own code and RequestId for support tickets.
 */
export class CloudError extends AppError {
  readonly kind: CloudErrorKind;
  readonly action: string;
  readonly regionId: string | undefined;
  readonly httpStatus: number | undefined;
  readonly detail: string;
  readonly ambiguous: boolean;

  constructor(init: CloudErrorInit) {
    super(init.text, {
      code: init.code ?? `cloud.${init.kind}`,
      cloudCode: init.cloudCode,
      requestId: init.requestId,
      original: init.detailFromCloud && init.detail ? init.detail : undefined,
      retryable: init.kind === 'retryable' || init.kind === 'throttled',
    });
    this.name = 'CloudError';
    this.kind = init.kind;
    this.action = init.action;
    this.regionId = init.regionId;
    this.httpStatus = init.httpStatus;
    this.detail = init.detail;
    this.ambiguous = init.ambiguous;
  }
}

/** True when `error` is a CloudError of one of the given kinds. */
export function isCloudError(error: unknown, ...kinds: CloudErrorKind[]): error is CloudError {
  return error instanceof CloudError && (kinds.length === 0 || kinds.includes(error.kind));
}
