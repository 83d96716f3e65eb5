import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeNotebookCertificate } from './certificate';
import { fingerprint256, matchesPin, normalizeFingerprint, pemToDer } from './pin';

describe('certificate pin', () => {
  it("computes the same fingerprint as Node's X509Certificate, from PEM or DER", async () => {
    const cert = await makeNotebookCertificate('127.0.0.5', new Date());
    const expected = new X509Certificate(cert.certPem).fingerprint256;
    expect(cert.fingerprint256).toBe(expected);
    expect(fingerprint256(pemToDer(cert.certPem))).toBe(expected);
  });

  it("accepts the pin in Chromium's sha256/base64 form and in plain hex", async () => {
    const cert = await makeNotebookCertificate('127.0.0.5', new Date());
    const hex = cert.fingerprint256.replace(/:/g, '');
    const chromium = `sha256/${Buffer.from(hex, 'hex').toString('base64')}`;
    expect(normalizeFingerprint(chromium)).toBe(cert.fingerprint256);
    expect(matchesPin(hex.toLowerCase(), { fingerprint: chromium })).toBe(true);
    expect(matchesPin(cert.fingerprint256, { pem: cert.certPem })).toBe(true);
  });

  it('refuses any other certificate, and refuses everything when the pin is malformed', async () => {
    const mine = await makeNotebookCertificate('127.0.0.5', new Date());
    const other = await makeNotebookCertificate('127.0.0.5', new Date());
    expect(matchesPin(mine.fingerprint256, { pem: other.certPem })).toBe(false);
    expect(matchesPin('not a pin', { pem: mine.certPem })).toBe(false);
    expect(matchesPin(mine.fingerprint256, {})).toBe(false);
    expect(matchesPin(mine.fingerprint256, { pem: 'garbage' })).toBe(false);
  });

  it('makes a SHA-256-signed certificate naming the public IP, valid for the chosen days', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const cert = new X509Certificate((await makeNotebookCertificate('203.0.113.7', now, 90)).certPem);
    expect(cert.subjectAltName).toBe('IP Address:203.0.113.7');
    expect(Date.parse(cert.validTo)).toBe(now.getTime() + 90 * 86_400_000);
    expect(cert.publicKey.asymmetricKeyType).toBe('ec');
    // The signature algorithm is ecdsa-with-SHA256 (OID 1.2.840.10045.4.3.2), never SHA-1.
    expect(cert.raw.includes(Buffer.from('06082a8648ce3d040302', 'hex'))).toBe(true);
  });
});
