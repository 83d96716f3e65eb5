import type { ErrorInfo } from './errors';
import type { Localized } from './localized';
import { type Message, msg } from './words/message';
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

/** What is wrong with a typed AccessKey field: nothing typed, too short, or characters no key has. */
export type KeyFieldProblem = 'empty' | 'short' | 'shape';

// Real ids are "LTAI" + 12–20 letters and digits and secrets 30 characters, but the shape has
// changed before, so only what could never be a key is refused (spaces, quotes, odd lengths).
const KEY_ID = /^[A-Za-z0-9._-]+$/;
const KEY_SECRET = /^[A-Za-z0-9+/=._-]+$/;

function problem(value: string, shape: RegExp, max: number): KeyFieldProblem | null {
  if (value === '') return 'empty';
  if (!shape.test(value) || value.length > max) return 'shape';
  if (value.length < 8) return 'short';
  return null;
}

/** The same check in the window (as the person types) and in main (before any cloud call); `value` already plain. */
export function accessKeyProblems(key: { accessKeyId: string; accessKeySecret: string }): {
  accessKeyId: KeyFieldProblem | null;
  accessKeySecret: KeyFieldProblem | null;
} {
  return {
    accessKeyId: problem(key.accessKeyId, KEY_ID, 128),
    accessKeySecret: problem(key.accessKeySecret, KEY_SECRET, 256),
  };
}

/** What the person is told for a problem of a field. */
export function keyFieldText(field: 'accessKeyId' | 'accessKeySecret', problem: KeyFieldProblem): Message {
  return msg(`account.keyField.${field}.${problem}`);
}
