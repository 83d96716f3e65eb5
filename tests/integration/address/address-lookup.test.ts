import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressLookup } from '../../../src/main/sessions';
import { type AddressServers, startAddressServers } from '../../support/address-servers';

describe('learning the user address', () => {
  let servers: AddressServers;
  let typed: string | null = null;
  const lookup = () =>
    addressLookup({ endpoints: () => servers.urls, typedCidr: () => typed, ca: servers.ca, timeoutMs: 3000 });

  beforeAll(async () => {
    servers = await startAddressServers(3);
  });
  afterAll(() => servers.close());

  it('opens to the /32 that every answering service agrees on', async () => {
    servers.answerAll('198.51.100.7');
    expect(await lookup()()).toMatchObject({
      cidr: '198.51.100.7/32',
      how: { en: expect.stringMatching(/3 address/) },
    });
    // One service down: two agreeing answers are still enough.
    servers.answer(2, 503);
    expect((await lookup()()).cidr).toBe('198.51.100.7/32');
  });

  it('is unknown when fewer than two answer, when they disagree, or when an answer is not a public IPv4 address', async () => {
    servers.answerAll('198.51.100.7');
    servers.answer(1, 500);
    servers.answer(2, 'not an address');
    await expect(lookup()()).rejects.toMatchObject({
      code: 'access.addressUnknown',
      message: expect.stringMatching(/fewer than two services answered.*HTTP 500.*not a public IPv4/),
      text: { zh: expect.stringMatching(/无法确定你的公网 IPv4 地址/) },
    });
    servers.answerAll('198.51.100.7');
    servers.answer(0, '203.0.113.9');
    await expect(lookup()()).rejects.toMatchObject({ message: expect.stringMatching(/disagree.*203\.0\.113\.9/) });
    servers.answerAll('192.168.1.20');
    await expect(lookup()()).rejects.toMatchObject({ code: 'access.addressUnknown' });
  });

  it('counts one service written two ways ("…/" and "…", any case, its default port) once', async () => {
    servers.answerAll('198.51.100.7');
    const one = servers.urls[0] as string;
    const spellings = [one, `${one}/`, one.replace('https://', 'HTTPS://'), `${one}//`];
    await expect(
      addressLookup({ endpoints: () => spellings, typedCidr: () => null, ca: servers.ca, timeoutMs: 3000 })(),
    ).rejects.toMatchObject({ code: 'access.addressUnknown', message: expect.stringMatching(/fewer than two/) });
  });

  it('never asks a service over plain HTTP, and trusts only valid certificates', async () => {
    servers.answerAll('198.51.100.7');
    const plain = servers.urls.map((u) => u.replace('https:', 'http:'));
    await expect(addressLookup({ endpoints: () => plain, typedCidr: () => null })()).rejects.toMatchObject({
      message: expect.stringMatching(/not an https/),
    });
    // Without the test's certificate authority the answers cannot be trusted.
    await expect(addressLookup({ endpoints: () => servers.urls, typedCidr: () => null })()).rejects.toMatchObject({
      code: 'access.addressUnknown',
    });
  });

  it('uses a range typed in Settings without asking anyone, and refuses one that is too wide', async () => {
    servers.answerAll('garbage');
    typed = '203.0.113.0/24';
    expect(await lookup()()).toMatchObject({ cidr: '203.0.113.0/24' });
    typed = '0.0.0.0/0';
    await expect(lookup()()).rejects.toMatchObject({ message: expect.stringMatching(/too wide/) });
    typed = null;
  });
});
