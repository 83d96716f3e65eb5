/** The credential status lives in src/shared: the window shows it. */
export type { CredentialSource, CredentialStatus } from '../../shared/credentials';
