import type { credentialsRequests } from '../../../shared/contract/credentials';
import type { CloudConnection } from '../../cloud/cloud-connection';
import type { CredentialService } from '../../credentials/credential-service';
import { ramPolicyJson } from '../../credentials/ram-policy';
import type { AreaHandlers } from '../handler';

/** The AccessKey: its state, saving, importing and forgetting it; the cloud link follows every change. */
export function credentialsHandlers(
  credentials: CredentialService,
  cloud: Pick<CloudConnection, 'reset'>,
): AreaHandlers<typeof credentialsRequests> {
  const changedCloud = async <T>(work: Promise<T>) => {
    const result = await work;
    await cloud.reset();
    return result;
  };
  return {
    'credentials.status': () => credentials.status(),
    'credentials.save': (input) => changedCloud(credentials.save(input)),
    'credentials.importCli': (input) => changedCloud(credentials.importFromCliProfile(input ?? {})),
    'credentials.forget': () => changedCloud(credentials.forget()),
    'credentials.ramPolicy': () => ramPolicyJson,
  };
}
