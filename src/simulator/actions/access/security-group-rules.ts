import { apiError, missingParameter } from '../../api/api-error';
import type { Params } from '../../api/params';
import { parseCidr } from '../../network/cidr';
import type { SecurityGroupRule } from '../../state/resources';

const PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ICMPV6', 'GRE', 'ALL'];

/** A rule as requested, before it gets an id. */
export type RuleInput = Omit<SecurityGroupRule, 'id' | 'createdAt'>;

/** `Permissions.N.*` entries, or the deprecated top-level fields when no Permissions are given. */
export function readRules(params: Params, direction: 'ingress' | 'egress'): RuleInput[] {
  const structs = params.structs('Permissions');
  const legacy: Record<string, string> = {};
  for (const name of [
    'IpProtocol',
    'PortRange',
    'SourceCidrIp',
    'DestCidrIp',
    'SourceGroupId',
    'Policy',
    'Priority',
    'NicType',
    'Description',
    'Ipv6SourceCidrIp',
  ]) {
    const value = params.str(name);
    if (value !== undefined) legacy[name] = value;
  }
  const entries = structs.length > 0 ? structs : Object.keys(legacy).length > 0 ? [legacy] : [];
  if (entries.length === 0) throw missingParameter('Permissions.1.IpProtocol');
  return entries.map((e) => readRule(e, direction));
}

function readRule(e: Record<string, string>, direction: 'ingress' | 'egress'): RuleInput {
  if (!e.IpProtocol) throw missingParameter('IpProtocol');
  const protocol = e.IpProtocol.toUpperCase();
  if (!PROTOCOLS.includes(protocol)) throw apiError('InvalidIpProtocol.Malformed');
  const portRange = e.PortRange ?? (protocol === 'TCP' || protocol === 'UDP' ? undefined : '-1/-1');
  if (!portRange) throw missingParameter('PortRange');
  const ports = /^(-?\d+)\/(-?\d+)$/.exec(portRange);
  if (!ports) throw apiError('InvalidPortRange.Malformed');
  const [from, to] = [Number(ports[1]), Number(ports[2])];
  if (protocol === 'TCP' || protocol === 'UDP') {
    if (from < 1 || to > 65535 || from > to) throw apiError('InvalidPortRange.Malformed');
  } else if (from !== -1 || to !== -1) {
    throw apiError('InvalidPortRange.Malformed');
  }
  const cidr = direction === 'ingress' ? e.SourceCidrIp : e.DestCidrIp;
  if (cidr !== undefined && !isCidrOrIp(cidr)) throw apiError('InvalidSourceCidrIp.Malformed');
  if (cidr === undefined && !e.SourceGroupId && !e.Ipv6SourceCidrIp && !e.SourcePrefixListId) {
    throw missingParameter(direction === 'ingress' ? 'SourceCidrIp' : 'DestCidrIp');
  }
  const policy = (e.Policy ?? 'accept').toLowerCase();
  if (policy !== 'accept' && policy !== 'drop') throw apiError('InvalidPolicy.Malformed');
  const priority = e.Priority === undefined ? 1 : Number(e.Priority);
  if (!Number.isInteger(priority) || priority < 1 || priority > 100) throw apiError('InvalidPriority.Malformed');
  return {
    direction,
    ipProtocol: protocol,
    portRange,
    sourceCidrIp: direction === 'ingress' ? normalizeCidr(cidr ?? '') : '',
    destCidrIp: direction === 'egress' ? normalizeCidr(cidr ?? '') : '',
    sourceGroupId: e.SourceGroupId ?? '',
    policy: policy === 'accept' ? 'Accept' : 'Drop',
    priority,
    nicType: e.NicType ?? 'intranet',
    description: e.Description ?? '',
  };
}

/** Two rules are the same rule when everything but the description matches. */
export function sameRule(a: RuleInput, b: RuleInput): boolean {
  return (
    a.direction === b.direction &&
    a.ipProtocol === b.ipProtocol &&
    a.portRange === b.portRange &&
    a.sourceCidrIp === b.sourceCidrIp &&
    a.destCidrIp === b.destCidrIp &&
    a.sourceGroupId === b.sourceGroupId &&
    a.policy === b.policy &&
    a.priority === b.priority &&
    a.nicType === b.nicType
  );
}

function isCidrOrIp(text: string): boolean {
  return parseCidr(text.includes('/') ? text : `${text}/32`) !== undefined;
}

function normalizeCidr(text: string): string {
  return text && !text.includes('/') ? `${text}/32` : text;
}
