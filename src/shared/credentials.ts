import type { ErrorInfo } from './errors';
import type { Localized } from './localized';
/** The environment variables Danlu reads credentials from. */
export type EnvVariableName = 'ALIYUN_ACCESS_KEY_ID' | 'ALIYUN_ACCESS_KEY_SECRET';

/** Where the credentials in use come from; environment variables win over the keychain. */
export type CredentialSource = 'env' | 'keychain';

/** What the first-run screen and Settings show. Plain JSON; never holds a secret. */
export interface CredentialStatus {
  /** Usable credentials exist (both environment variables, or a pair in the keychain). */
  configured: boolean;
  source: CredentialSource | null;
  /** The id in use, masked like "LTAI****abcd"; null when not configured. */
  accessKeyIdMasked: string | null;
  env: {
    /** Both variables are set, so they are used and the keychain is not. */
    complete: boolean;
    /** Set when only one of the two is present (then neither is used). */
    missing: EnvVariableName[];
  };
  keychain: {
    available: boolean;
    /** A pair is stored (it may be shadowed by the environment). */
    hasAccessKey: boolean;
    accessKeyIdMasked: string | null;
    /** Why the keychain cannot be used or read; null when all is well. */
    problem: ErrorInfo | null;
  };
  cliProfile: {
    /** ~/.aliyun/config.json on this machine. */
    path: string;
    found: boolean;
    importable: boolean;
    profile: string | null;
    mode: string | null;
    accessKeyIdMasked: string | null;
    regionId: string | null;
    /** Why it cannot be imported; null when importable or absent. */
    reason: Localized | null;
  };
}
