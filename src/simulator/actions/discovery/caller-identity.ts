import type { ActionSpec } from '../../api/action';
import type { World } from '../../state/world';

/** The account's id: sixteen digits, the same for a seed. */
function accountId(world: World): string {
  return String(1_000_000_000_000_000 + (world.seed % 1_000_000_000)).slice(0, 16);
}

/** STS GetCallerIdentity: any valid key may ask; the root has no user id and an ARN ending in `:root`. */
const getCallerIdentity: ActionSpec = {
  product: 'sts',
  name: 'GetCallerIdentity',
  regionOptional: true,
  handler: ({ world }) => {
    const account = accountId(world);
    if (world.identityType === 'Account') {
      return { IdentityType: 'Account', AccountId: account, UserId: account, Arn: `acs:ram::${account}:root` };
    }
    const userId = `2${account.slice(1)}`;
    return { IdentityType: 'RAMUser', AccountId: account, UserId: userId, Arn: `acs:ram::${account}:user/danlu` };
  },
};

export const callerIdentityActions: ActionSpec[] = [getCallerIdentity];
