import { cloudAction } from '../cloud-action';
import { items, num, optText, text } from '../response-fields';

/** Attribute names DescribeAccountAttributes knows; other strings pass through. */
export type AccountAttributeName =
  | 'max-security-groups'
  | 'instance-network-type'
  | 'max-elastic-network-interfaces'
  | 'real-name-authentication'
  | 'max-postpaid-instance-vcpu-count'
  | 'max-spot-instance-vcpu-count'
  | 'used-postpaid-instance-vcpu-count'
  | 'used-spot-instance-vcpu-count'
  | 'max-postpaid-yundisk-capacity'
  | 'used-postpaid-yundisk-capacity'
  | 'max-dedicated-hosts'
  | 'supported-postpaid-instance-types'
  | 'max-axt-command-count'
  | 'max-axt-invocation-daily'
  | 'max-cloud-assistant-activation-count'
  | (string & {});

export interface AccountAttributeValue {
  /** The value as the API gives it (numbers too are strings, e.g. "800"). */
  value: string;
  zoneId?: string;
  instanceChargeType?: string;
  instanceType?: string;
  diskCategory?: string;
  count: number;
  expiredTime?: string;
}

export interface AccountAttribute {
  name: string;
  values: AccountAttributeValue[];
}

/** DescribeAccountAttributes: the account's quotas and verification state in a region. */
export const describeAccountAttributes = cloudAction(
  'DescribeAccountAttributes',
  (input: { regionId: string; attributeNames?: AccountAttributeName[]; zoneId?: string }) => ({
    AttributeName: input.attributeNames,
    ZoneId: input.zoneId,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    attributes: items(body, 'AccountAttributeItems', 'AccountAttributeItem').map(
      (a): AccountAttribute => ({
        name: text(a, 'AttributeName'),
        values: items(a, 'AttributeValues', 'ValueItem').map((v) => ({
          value: text(v, 'Value'),
          zoneId: optText(v, 'ZoneId'),
          instanceChargeType: optText(v, 'InstanceChargeType'),
          instanceType: optText(v, 'InstanceType'),
          diskCategory: optText(v, 'DiskCategory'),
          count: num(v, 'Count'),
          expiredTime: optText(v, 'ExpiredTime'),
        })),
      }),
    ),
  }),
);

/** Who signed a call: the account's root ("Account"), a RAM user ("RAMUser") or an assumed role ("AssumedRoleUser"). */
export interface CallerIdentity {
  requestId: string;
  identityType: string;
  accountId: string;
  /** The RAM user's or role's id; empty for the root. */
  userId: string;
  arn: string;
}

/** STS GetCallerIdentity: the identity behind the AccessKey (any key may ask, no permission needed). */
export const getCallerIdentity = cloudAction(
  'GetCallerIdentity',
  (_input: Record<string, never>) => ({}),
  (body): CallerIdentity => ({
    requestId: text(body, 'RequestId'),
    identityType: text(body, 'IdentityType'),
    accountId: text(body, 'AccountId'),
    userId: optText(body, 'UserId') ?? '',
    arn: optText(body, 'Arn') ?? '',
  }),
);
