import { ACTIONS, type ActionSpec, RAM_GRANTS, type RamGrant } from '../aliyun';

/** One statement of an Alibaba Cloud RAM policy (the subset of the grammar Danlu uses). */
export interface RamStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string[]>>;
}

/** A RAM policy document, as pasted into the RAM console ("Version" is always "1"). */
export interface RamPolicy {
  Version: '1';
  Statement: RamStatement[];
}

/** A table of actions as the cloud client knows them (ACTIONS, or a test's variant of it). */
type ActionTable = Readonly<Record<string, Pick<ActionSpec, 'product' | 'ram'>>>;

/** "ecs:RunInstances" etc. with its grant, in the table's order; a row without a known grant is refused. */
function ramActions(table: ActionTable): { action: string; product: string; grant: RamGrant }[] {
  return Object.entries(table).map(([name, spec]) => {
    if (!RAM_GRANTS.includes(spec.ram)) {
      throw new Error(`the action row ${name} states no RAM grant (one of ${RAM_GRANTS.join(', ')})`);
    }
    return { action: `${spec.product}:${name}`, product: spec.product, grant: spec.ram };
  });
}

/**
 * The least-privilege policy for a RAM user that only runs Danlu: exactly the actions its cloud
 * client knows (the ACTIONS table every call goes through), so the two cannot drift apart.
 * Resource stays "*": ecs:RunInstances is also checked against the vSwitch (a vpc resource), and
 * Danlu works in every region (it scans them all for spot prices).
 */
export function ramPolicyFor(table: ActionTable): RamPolicy {
  const actions = ramActions(table);
  return {
    Version: '1',
    Statement: ['ecs', 'vpc', 'sts']
      .map((product) => actions.filter((a) => a.product === product).map((a) => a.action))
      .filter((list) => list.length > 0)
      .map((list) => ({ Effect: 'Allow', Action: list, Resource: '*' })),
  };
}

const tagCondition = (key: string) => ({ StringEquals: { [key]: ['managed'] } });

/**
 * The optional stricter policy: the same actions, granted by each row's `ram` (see RamGrant):
 * whatever changes or deletes something only acts on resources that carry Danlu's tag, and
 * whatever creates must tag its resource. A disk, snapshot or image of the user's own can then
 * not be used (AttachDisk needs the tag).
 */
export function ramPolicyStrictFor(table: ActionTable): RamPolicy {
  const actions = ramActions(table);
  const granted = (grant: RamGrant) => actions.filter((a) => a.grant === grant).map((a) => a.action);
  return {
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: granted('read'), Resource: '*' },
      { Effect: 'Allow', Action: granted('create'), Resource: '*', Condition: tagCondition('acs:RequestTag/danlu') },
      { Effect: 'Allow', Action: granted('tagged'), Resource: '*', Condition: tagCondition('acs:ResourceTag/danlu') },
      { Effect: 'Allow', Action: granted('byName'), Resource: 'acs:ecs:*:*:keypair/danlu-*' },
    ],
  };
}

export const ramPolicy = ramPolicyFor(ACTIONS);

/** The policy as the text behind the copy button (and in README.md). */
export const ramPolicyJson = JSON.stringify(ramPolicy, null, 2);

export const ramPolicyStrict = ramPolicyStrictFor(ACTIONS);

export const ramPolicyStrictJson = JSON.stringify(ramPolicyStrict, null, 2);
