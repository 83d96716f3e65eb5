import { unitHash } from '../../market/seeded-random';
import type { World } from '../../state/world';

/**
 * A rule's address as DescribeSecurityGroupAttribute echoes it (the `ruleAddressEcho` behaviour):
 * a single address is kept as `x/32`, shown bare, or (mixed) either way by rule, stable per rule.
 * Wider ranges are always echoed with their prefix length.
 */
export function echoAddress(world: World, ruleId: string, cidr: string): string {
  if (!cidr.endsWith('/32')) return cidr;
  const mode = world.unkind.ruleAddressEcho;
  const bare = mode === 'bare' || (mode === 'mixed' && unitHash('rule-echo', world.seed, ruleId) < 0.5);
  return bare ? cidr.slice(0, -3) : cidr;
}
