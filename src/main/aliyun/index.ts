/** The typed Alibaba Cloud (ECS + VPC) client. Code outside src/main/aliyun imports from here only. */
export {
  ACTIONS,
  type ActionName,
  type ActionSpec,
  type BusyTable,
  busyTable,
  isBusyCode,
  RAM_GRANTS,
  type RamGrant,
} from './action-specs';
export type * from './actions';
export { type AliyunApi, createAliyunApi } from './aliyun-api';
export { DEFAULT_LIMIT, type LimiterOptions } from './call-limiter';
export { clientTokenFor, newClientToken } from './client-token';
export { type CallEvent, type CallOptions, CloudCaller, type CloudCallerOptions } from './cloud-caller';
export { CLOUD_ERROR_KINDS, CloudError, type CloudErrorKind, isCloudError } from './cloud-error';
export {
  DANLU_TAG_KEY,
  DANLU_TAG_VALUE,
  INSTALL_TAG_KEY,
  installOf,
  SESSION_TAG_KEY,
  sessionTag,
  type Tag,
  withDanluTags,
} from './danlu-tags';
export { expectDryRunPass } from './dry-run';
export { API_VERSIONS, type EndpointStrategy, type Product } from './endpoints';
export type { Credentials, CredentialsSource } from './pop-transport';
export type { JsonObject } from './response-fields';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';
