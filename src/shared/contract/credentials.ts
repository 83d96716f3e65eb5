import { z } from 'zod';
import type { CredentialStatus } from '../credentials';
import { request } from './define';

export const credentialsRequests = {
  'credentials.status': request<CredentialStatus>()(z.undefined()),
  /** Validated with a cheap read call before it is kept in the OS keychain. */
  'credentials.save': request<CredentialStatus>()(
    z.strictObject({
      // The shape is checked by the credential service, which names the field and what is wrong with it.
      accessKeyId: z.string().max(512),
      accessKeySecret: z.string().max(512),
      /** The person chose to use the account's root key after being told why not (refused without). */
      confirmRoot: z.boolean().optional(),
    }),
  ),
  'credentials.importCli': request<CredentialStatus>()(
    z.strictObject({ confirmRoot: z.boolean().optional() }).optional(),
  ),
  'credentials.forget': request<CredentialStatus>()(z.undefined()),
  /** The least-privilege RAM policy Danlu needs, as JSON text to copy. */
  'credentials.ramPolicy': request<string>()(z.undefined()),
};
