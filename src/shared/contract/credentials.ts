import { z } from 'zod';
import type { CredentialStatus } from '../credentials';
import { request } from './define';

export const credentialsRequests = {
  'credentials.status': request<CredentialStatus>()(z.undefined()),
  /** Validated with a cheap read call before it is kept in the OS keychain. */
  'credentials.save': request<CredentialStatus>()(
    z.strictObject({
      accessKeyId: z.string().trim().min(8, 'an AccessKey ID is longer / AccessKey ID 应更长').max(128),
      accessKeySecret: z.string().trim().min(8, 'an AccessKey secret is longer / AccessKey Secret 应更长').max(256),
    }),
  ),
  'credentials.importCli': request<CredentialStatus>()(z.undefined()),
  'credentials.forget': request<CredentialStatus>()(z.undefined()),
  /** The least-privilege RAM policy Danlu needs, as JSON text to copy. */
  'credentials.ramPolicy': request<string>()(z.undefined()),
};
