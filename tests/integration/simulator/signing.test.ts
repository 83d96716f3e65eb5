import { OpenApiUtil } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import {
  sha256Hex,
  v3CanonicalRequest,
  v3Signature,
  v3StringToSign,
} from '../../../src/simulator/signing/signature-v3';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { fetchV3, signedV1Url, stamp } from './support/raw-requests';
import { $ecs, ecsSdk } from './support/sdk-clients';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 7, speed: 0 });
});
afterAll(async () => sim?.close());

/** What a thrown client error carries. */
type ClientError = {
  code?: string;
  statusCode?: number;
  data?: Record<string, unknown>;
  entry?: { response: { statusCode: number } };
};

async function popError(run: () => Promise<unknown>): Promise<ClientError> {
  try {
    await run();
  } catch (error) {
    return error as ClientError;
  }
  throw new Error('the call succeeded');
}

describe('signature V3 (ACS3-HMAC-SHA256)', () => {
  it('computes the same Authorization as the official SDK for the same request', () => {
    const headers = {
      host: 'ecs.us-west-1.aliyuncs.com',
      'x-acs-action': 'DescribeRegions',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2026-01-01T00:00:00Z',
      'x-acs-signature-nonce': 'abc',
      'x-acs-content-sha256': sha256Hex(''),
    };
    const query = { RegionId: 'us-west-1', 'Tag.1.Value': 'a b*(c)' };
    const sdk = OpenApiUtil.getAuthorization(
      { pathname: '/', method: 'POST', query, headers } as never,
      'ACS3-HMAC-SHA256',
      sha256Hex(''),
      'testid',
      'testsecret',
    );
    const names = Object.keys(headers).sort();
    const ours = v3Signature(
      'testsecret',
      v3StringToSign(
        v3CanonicalRequest({
          method: 'POST',
          path: '/',
          query: new Map(Object.entries(query)),
          headers,
          signedHeaders: names,
          payloadHash: sha256Hex(''),
        }),
      ),
    );
    expect(sdk).toBe(`ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=${names.join(';')},Signature=${ours}`);
  });
});

describe('request authentication', () => {
  it('rejects a tampered v1 signature from pop-core (GET and POST) with SignatureDoesNotMatch', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const error = await popError(() =>
        popCore(sim, 'ecs', 'wrong-secret').request('DescribeRegions', {}, { method }),
      );
      expect(error.code).toBe('SignatureDoesNotMatch');
      expect(error.entry?.response.statusCode).toBe(400);
      expect(String(error.data?.Message)).toContain('server string to sign is:');
    }
  });

  it('rejects a tampered V3 signature from the official SDK with SignatureDoesNotMatch and HTTP 400', async () => {
    const error = await popError(() =>
      ecsSdk(sim, 'us-west-1', 'wrong-secret').describeRegions(new $ecs.DescribeRegionsRequest({})),
    );
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(error.statusCode).toBe(400);
  });

  it('rejects an unknown AccessKeyId in both styles', async () => {
    const v1 = await fetch(
      signedV1Url(sim, { Action: 'DescribeRegions' }, { accessKeyId: 'LTAI5tNOSUCHKEY000000000' }),
    );
    expect(v1.status).toBe(404);
    expect(((await v1.json()) as { Code: string }).Code).toBe('InvalidAccessKeyId.NotFound');
  });

  it('rejects a timestamp 20 minutes old, in both styles, with InvalidTimeStamp.Expired', async () => {
    const old = stamp(Date.now() - 20 * 60_000);
    const v1 = await fetch(signedV1Url(sim, { Action: 'DescribeRegions' }, { timestamp: old }));
    expect(((await v1.json()) as { Code: string }).Code).toBe('InvalidTimeStamp.Expired');
    const v3 = await fetchV3(sim, 'DescribeRegions', {}, { date: old });
    expect([v3.status, v3.body.Code]).toEqual([400, 'InvalidTimeStamp.Expired']);
  });

  it('checks timestamps against wall time even when simulated time is far ahead', async () => {
    await sim.clock.advance(3 * 86_400_000);
    const ok = await fetch(signedV1Url(sim, { Action: 'DescribeRegions' }));
    expect(ok.status).toBe(200);
  });

  it('refuses a replayed nonce with SignatureNonceUsed, in both styles', async () => {
    const url = signedV1Url(sim, { Action: 'DescribeRegions' });
    expect((await fetch(url)).status).toBe(200);
    const replay = await fetch(url);
    expect([replay.status, ((await replay.json()) as { Code: string }).Code]).toEqual([400, 'SignatureNonceUsed']);
    const nonce = 'f'.repeat(32);
    expect((await fetchV3(sim, 'DescribeRegions', {}, { nonce })).status).toBe(200);
    const again = await fetchV3(sim, 'DescribeRegions', {}, { nonce });
    expect(again.body.Code).toBe('SignatureNonceUsed');
  });

  it('names a missing parameter, an unknown action and a wrong version with the real codes', async () => {
    const missing = await popError(() => popCore(sim).request('DescribeZones', {}));
    expect([missing.code, missing.entry?.response.statusCode]).toEqual(['MissingParameter', 400]);
    expect(String(missing.data?.Message)).toContain('"RegionId"');
    const unknown = await popError(() => popCore(sim).request('DescribeNothing', {}));
    expect([unknown.code, unknown.entry?.response.statusCode]).toEqual(['InvalidAction.NotFound', 404]);
    const version = await fetch(signedV1Url(sim, { Action: 'DescribeRegions', Version: '2099-01-01' }));
    expect([version.status, ((await version.json()) as { Code: string }).Code]).toEqual([400, 'InvalidVersion']);
    const vpcActionOnEcs = await fetchV3(sim, 'CreateVpc', { RegionId: 'us-west-1' });
    expect(vpcActionOnEcs.body.Code).toBe('InvalidAction.NotFound');
  });

  it('treats the literal strings "undefined" and "null" as invalid values', async () => {
    const error = await popError(() => popCore(sim).request('DescribeZones', { RegionId: undefined }));
    expect(error.code).toBe('InvalidParameter');
  });

  it('answers every error with RequestId, HostId, Code, Message and Recommend', async () => {
    const error = await popError(() =>
      popCore(sim).request('DescribeInstances', { RegionId: 'us-west-1', InstanceIds: 'not json' }),
    );
    expect(Object.keys(error.data ?? {}).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    expect(String(error.data?.RequestId)).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
    expect(error.data?.HostId).toBe('ecs.us-west-1.aliyuncs.com');
  });

  it('answers XML when a v1 call does not ask for JSON', async () => {
    const url = signedV1Url(sim, { Action: 'DescribeRegions', Format: 'XML' });
    const response = await fetch(url);
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('xml');
    expect(text).toMatch(
      /^<\?xml[^>]*><DescribeRegionsResponse><RequestId>[^<]+<\/RequestId><Regions><Region><RegionId>/,
    );
  });
});
