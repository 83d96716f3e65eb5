import { createHash } from 'node:crypto';

/**
 * Certificate pinning for the notebook: Danlu trusts exactly the certificate it made for an
 * instance, identified by the SHA-256 of its DER bytes. Pure functions, shared by the
 * bootstrap's verification and the notebook window's certificate check.
 */

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/;

/** The DER bytes of the first certificate in a PEM text. */
export function pemToDer(pem: string): Uint8Array {
  const body = PEM_BLOCK.exec(pem)?.[1];
  if (!body) throw new Error('no PEM certificate found');
  return Buffer.from(body.replace(/\s+/g, ''), 'base64');
}

/** SHA-256 fingerprint as upper-case hex pairs joined by colons (Node's `fingerprint256` form). */
export function fingerprint256(certificate: string | Uint8Array): string {
  const der = typeof certificate === 'string' ? pemToDer(certificate) : certificate;
  return formatHex(createHash('sha256').update(der).digest('hex'));
}

function formatHex(hex: string): string {
  return (hex.toUpperCase().match(/.{2}/g) ?? []).join(':');
}

/**
 * Brings the fingerprint notations to one form: "AB:CD:…", "abcd…" (hex, any case) and
 * Chromium's "sha256/<base64>" all give "AB:CD:…". Returns undefined for anything else.
 */
export function normalizeFingerprint(fingerprint: string): string | undefined {
  const text = fingerprint.trim();
  if (text.startsWith('sha256/')) {
    const bytes = Buffer.from(text.slice('sha256/'.length), 'base64');
    return bytes.length === 32 ? formatHex(bytes.toString('hex')) : undefined;
  }
  const hex = text.replace(/:/g, '');
  return /^[0-9a-fA-F]{64}$/.test(hex) ? formatHex(hex) : undefined;
}

/** What a TLS stack can tell about the certificate a server presented: any one field is enough. */
export interface PresentedCertificate {
  pem?: string;
  der?: Uint8Array;
  fingerprint?: string;
}

/** True only when the presented certificate is exactly the pinned one. */
export function matchesPin(pin: string, presented: PresentedCertificate): boolean {
  const expected = normalizeFingerprint(pin);
  if (!expected) return false;
  let actual: string | undefined;
  try {
    if (presented.der) actual = fingerprint256(presented.der);
    else if (presented.pem) actual = fingerprint256(presented.pem);
    else if (presented.fingerprint) actual = normalizeFingerprint(presented.fingerprint);
  } catch {
    return false;
  }
  return actual === expected;
}
