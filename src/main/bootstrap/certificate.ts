import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { fingerprint256 } from './pin';

/** The notebook's TLS identity: made on the user's machine, the private key uploaded once. */
export interface NotebookCertificate {
  certPem: string;
  keyPem: string;
  fingerprint256: string;
}

const DAY = 86_400_000;

/**
 * A self-signed certificate for the notebook at `publicIp` (IP SAN), SHA-256 signed, EC P-256,
 * valid from an hour ago (clock skew) for `days`.
 */
export async function makeNotebookCertificate(publicIp: string, now: Date, days = 397): Promise<NotebookCertificate> {
  const pems = await generate([{ name: 'commonName', value: publicIp }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 3600_000),
    notAfterDate: new Date(now.getTime() + days * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: publicIp }] },
    ],
  });
  return { certPem: pems.cert, keyPem: pems.private, fingerprint256: fingerprint256(pems.cert) };
}

/**
 * Whether a certificate found on the instance can stay: it names `publicIp` and stays valid for
 * at least `minDays` more. Reusing it keeps the pin, and a re-run changes nothing.
 */
export function certificateStillGood(certPem: string, publicIp: string, now: Date, minDays = 30): boolean {
  try {
    const cert = new X509Certificate(certPem);
    const names = (cert.subjectAltName ?? '').split(',').map((s) => s.trim());
    return names.includes(`IP Address:${publicIp}`) && Date.parse(cert.validTo) > now.getTime() + minDays * DAY;
  } catch {
    return false;
  }
}
