import { matchesPin } from '../bootstrap/pin';

/** The pinned notebook of one session: the host it lives on and its certificate's SHA-256. */
export interface NotebookPin {
  host: string;
  fingerprint256: string;
}

/** What a certificate check of the notebook window sees (the shape of Electron's request). */
export interface CertificateCheck {
  hostname: string;
  certificate: { data: string; fingerprint?: string };
}

/** Chromium's verdicts for setCertificateVerifyProc. */
export const ACCEPT = 0;
export const REJECT = -2;

/**
 * The notebook window trusts exactly one certificate: the one Danlu made for that host. Any
 * other host or any other certificate is refused — also a "valid" public one.
 */
export function pinDecision(check: CertificateCheck, pin: NotebookPin): typeof ACCEPT | typeof REJECT {
  if (check.hostname !== pin.host) return REJECT;
  return matchesPin(pin.fingerprint256, { pem: check.certificate.data }) ? ACCEPT : REJECT;
}
