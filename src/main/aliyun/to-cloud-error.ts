import { type MessageParam, msg } from '../../shared/words/message';
import { classifyCode, classifyNetworkCode, classifyStatus } from './classify-error';
import { CloudError, type CloudErrorKind } from './cloud-error';
import { cloudErrorText, offlineText } from './error-messages';
import { scrubDetail } from './scrub-detail';
import type { TransportFailure } from './transport-failure';

/** The call a failure belongs to, for the message and the error's fields. */
export interface FailedCall {
  action: string;
  regionId?: string;
  /** The wire parameters, to name the zone and instance type in messages. */
  params: Readonly<Record<string, string>>;
  /** Masks registered secrets (the Redactor's `text`), applied to every detail. */
  mask?: (text: string) => string;
}

interface Parts {
  kind: CloudErrorKind;
  /** The request never left this computer: no network rather than a cloud hiccup. */
  offline?: boolean;
  ambiguous: boolean;
  code: string;
  cloudCode?: string;
  requestId?: string;
  status?: number;
  detail: string;
  reason?: MessageParam;
}

/** Socket codes meaning this computer found no way to the cloud at all. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** A wait, in the reader's language: "10 s" / "10 秒". */
function duration(ms: number): MessageParam {
  return ms % 1000 === 0
    ? { msg: msg('shell.duration.seconds', { count: ms / 1000 }) }
    : { msg: msg('cloud-error.milliseconds', { count: String(ms) }) };
}

function parts(f: TransportFailure): Parts {
  switch (f.type) {
    case 'api': {
      const kind = classifyCode(f.code, f.status);
      // An internal error may strike after the work was done; a throttle or a 503 before it.
      const ambiguous = kind === 'retryable' && /^(InternalError|UnknownError)/.test(f.code);
      return {
        kind,
        ambiguous,
        code: f.code,
        cloudCode: f.code,
        requestId: f.requestId,
        status: f.status,
        detail: f.message,
        reason: f.code,
      };
    }
    case 'http': {
      const kind = classifyStatus(f.status);
      return {
        kind,
        ambiguous: kind === 'retryable',
        code: `HTTP ${f.status}`,
        requestId: f.requestId,
        status: f.status,
        detail: f.message || `HTTP ${f.status} without an error code`,
        reason: `HTTP ${f.status}`,
      };
    }
    case 'timeout':
      return {
        kind: 'retryable',
        ambiguous: f.phase === 'read',
        code: 'timeout',
        detail: `${f.phase === 'connect' ? 'could not connect' : 'no answer'} within ${seconds(f.ms)}`,
        reason: {
          msg: msg(f.phase === 'connect' ? 'cloud-error.reason.connectTimeout' : 'cloud-error.reason.readTimeout', {
            time: duration(f.ms),
          }),
        },
      };
    case 'network': {
      const { kind, ambiguous } = classifyNetworkCode(f.code);
      return {
        kind,
        ambiguous,
        offline: OFFLINE_CODES.has(f.code),
        code: f.code,
        detail: f.message,
        reason: { msg: msg('cloud-error.reason.network', { code: f.code }) },
      };
    }
    case 'not_json':
      return {
        kind: 'retryable',
        ambiguous: true,
        code: 'not JSON',
        detail: `the answer was not JSON: ${f.snippet}`,
        reason: { msg: msg('cloud-error.reason.notJson') },
      };
  }
}

/** Classifies a transport failure and words it for the user. */
export function toCloudError(failure: TransportFailure, call: FailedCall): CloudError {
  const p = parts(failure);
  const detail = scrubDetail(p.detail, call.mask);
  const text = p.offline
    ? offlineText({ action: call.action, code: p.code })
    : cloudErrorText(p.kind, {
        action: call.action,
        regionId: call.regionId,
        zoneId: call.params.ZoneId,
        instanceType: call.params.InstanceType,
        code: p.code,
        reason: p.reason,
      });
  return new CloudError({
    kind: p.kind,
    code: p.offline ? 'cloud.offline' : undefined,
    text,
    action: call.action,
    regionId: call.regionId,
    cloudCode: p.cloudCode,
    requestId: p.requestId,
    httpStatus: p.status,
    detail,
    detailFromCloud: failure.type === 'api' || failure.type === 'http',
    ambiguous: p.ambiguous,
  });
}
