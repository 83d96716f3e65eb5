import { describe, expect, it } from 'vitest';
import { knownCloudCodes, type TransportFailure, toCloudError } from '../../../src/main/aliyun/testing/known-codes';
import { errorTitleKey } from '../../../src/renderer/lib/error-title';
import { words } from '../../../src/shared/words';
import { englishSentences } from '../../support/english-text';

/** What the cloud says in English, as it does: a sentence a Chinese reader must never get as the message. */
const CLOUD_SAYS = 'The specified snapshot is being used by an image and cannot be deleted at this time.';
const CALL = {
  action: 'DeleteSnapshot',
  regionId: 'us-west-1',
  params: { ZoneId: 'us-west-1a', InstanceType: 'ecs.gn6i-c4g1.xlarge' },
};

const failures: Array<[string, TransportFailure]> = [
  ...knownCloudCodes().flatMap((code) =>
    [400, 403, 500].map((status): [string, TransportFailure] => [
      `${code} (${status})`,
      { type: 'api', code, message: CLOUD_SAYS, requestId: 'R-1', status },
    ]),
  ),
  ['HTTP 503 without a code', { type: 'http', status: 503, message: 'Service Temporarily Unavailable' }],
  ['HTTP 400 without a code', { type: 'http', status: 400, message: 'Bad Request: nothing more' }],
  ['no answer in time', { type: 'timeout', phase: 'read', ms: 10_000 }],
  ['no connection in time', { type: 'timeout', phase: 'connect', ms: 5_500 }],
  ['offline', { type: 'network', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND ecs.aliyuncs.com' }],
  ['reset', { type: 'network', code: 'ECONNRESET', message: 'socket hang up' }],
  ['a bad certificate', { type: 'network', code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }],
  ['not JSON', { type: 'not_json', snippet: '<html><body>Bad Gateway from the proxy</body></html>' }],
];

const zh = (key: string) => (words as Record<string, { zh: string } | undefined>)[key]?.zh;

describe('every cloud error Danlu can meet, in Chinese', () => {
  it('knows the codes it is tested with', () => {
    expect(failures.length).toBeGreaterThan(100);
  });

  it.each(failures)('%s: Danlu’s own sentence and title, the cloud’s words only behind the details', (_, failure) => {
    const info = toCloudError(failure, CALL).toInfo();
    expect(englishSentences(info.text.zh), info.text.zh).toEqual([]);
    expect(info.text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(info.text.zh).not.toContain(CLOUD_SAYS);
    expect(info.text.en).not.toContain(CLOUD_SAYS);
    const title = zh(errorTitleKey(info.code, (key) => zh(key) !== undefined));
    expect(title && englishSentences(title)).toEqual([]);
    if (failure.type === 'api') {
      // What the cloud said stays for a support ticket, with its code and RequestId.
      expect(info).toMatchObject({ original: CLOUD_SAYS, cloudCode: failure.code, requestId: 'R-1' });
    }
  });
});
