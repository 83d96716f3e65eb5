import { z } from 'zod';
import type { CredentialStatus } from '../credentials';
import { inputHint } from '../input-hints';
import { request } from './define';

export const credentialsRequests = {
  'credentials.status': request<CredentialStatus>()(z.undefined()),
  /** Validated with a cheap read call before it is kept in the OS keychain. */
  'credentials.save': request<CredentialStatus>()(
    z.strictObject({
      accessKeyId: z.string().trim().min(8, inputHint('accessKeyId')).max(128),
      accessKeySecret: z.string().trim().min(8, inputHint('accessKeySecret')).max(256),
    }),
  ),
  'credentials.importCli': request<CredentialStatus>()(z.undefined()),
  'credentials.forget': request<CredentialStatus>()(z.undefined()),
  /** The least-privilege RAM policy Danlu needs, as JSON text to copy. */
  'credentials.ramPolicy': request<string>()(z.undefined()),
};
