/** The typed Alibaba Cloud (ECS + VPC) client. Import from here. */
export type { ActionName, ActionSpec } from './action-specs';
export { ACTIONS } from './action-specs';
export type { AccountAttribute, AccountAttributeName, AccountAttributeValue } from './actions/account';
export type { CreateDiskInput, DescribeDisksInput, Disk } from './actions/disks';
export type { CreateImageInput, DescribeImagesInput, Image } from './actions/images';
export type {
  DescribeInstanceTypesInput,
  DescribeInstanceTypesOutput,
  InstanceTypeSpec,
} from './actions/instance-types';
export type { DescribeInstanceStatusInput, DescribeInstancesInput, Instance, OperationLock } from './actions/instances';
export type { DescribeKeyPairsInput, ImportKeyPairInput, KeyPair } from './actions/key-pairs';
export type { DescribePriceInput, DescribePriceOutput, DiskPriceSpec, PriceDetail } from './actions/price';
export type {
  AvailableZone,
  DescribeAvailableResourceInput,
  DescribeRegionsInput,
  DescribeZonesInput,
  DestinationResource,
  Region,
  SupportedResource,
  Zone,
} from './actions/regions-zones';
export type { DataDiskSpec, RunInstancesInput, RunInstancesOutput, SystemDiskSpec } from './actions/run-instances';
export type {
  CreateSecurityGroupInput,
  DescribeSecurityGroupsInput,
  IngressRule,
  SecurityGroup,
  SecurityGroupAttribute,
  SecurityGroupPermission,
} from './actions/security-groups';
export type {
  DiskCategory,
  Done,
  InstanceChargeType,
  InstanceStatus,
  SpotStrategy,
} from './actions/shared-types';
export type { CreateSnapshotInput, DescribeSnapshotsInput, Snapshot } from './actions/snapshots';
export type {
  DescribeSpotAdviceInput,
  DescribeSpotPriceHistoryInput,
  DescribeSpotPriceHistoryOutput,
  SpotAdvice,
  SpotPricePoint,
} from './actions/spot-prices';
export { apiTime } from './actions/spot-prices';
export type { ListTagResourcesInput, TaggableResourceType, TagResource } from './actions/tags';
export type {
  CreateVpcInput,
  CreateVSwitchInput,
  DescribeVpcsInput,
  DescribeVSwitchesInput,
  Vpc,
  VSwitch,
} from './actions/vpc';
export { type AliyunApi, createAliyunApi } from './aliyun-api';
export { DEFAULT_LIMIT, type LimiterOptions, type LimitRule } from './call-limiter';
export { clientTokenFor, newClientToken } from './client-token';
export { type CallEvent, type CallOptions, CloudCaller, type CloudCallerOptions } from './cloud-caller';
export { CLOUD_ERROR_KINDS, CloudError, type CloudErrorKind, isCloudError } from './cloud-error';
export {
  DANLU_TAG_KEY,
  DANLU_TAG_VALUE,
  MAX_TAGS,
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
