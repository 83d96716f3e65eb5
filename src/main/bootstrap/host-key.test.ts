import { utils } from 'ssh2';
import { describe, expect, it } from 'vitest';
import { ed25519Pair, hostKeyFromPrivate, makeHostKey } from './host-key';

describe("an instance's host key", () => {
  // ssh2's generator spoils about one Ed25519 key in 256 (a public key starting with a zero byte):
  // two thousand keys meet such a case with near certainty, and every one must still be readable.
  it('always parses back, and its public half and fingerprint match the private key', () => {
    for (let i = 0; i < 2000; i++) {
      const pair = ed25519Pair();
      expect(utils.parseKey(pair.private)).not.toBeInstanceOf(Error);
    }
    const key = makeHostKey();
    const again = hostKeyFromPrivate(key.privateKey);
    expect(again?.sha256).toBe(key.sha256);
    expect(again?.publicKey.split(' ')[1]).toBe(key.publicKey.split(' ')[1]);
  });
});
