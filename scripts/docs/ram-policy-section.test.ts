import { describe, expect, it } from 'vitest';
import { withRamPolicies } from './ram-policy-section';

const readme = [
  '# Danlu',
  '```json',
  '{"elsewhere": true}',
  '```',
  '## RAM policy / 最小权限策略',
  'Paste this:',
  '```json',
  '{"old": 1}',
  '```',
  'Or this:',
  '```json',
  '{"old": 2}',
  '```',
  '## 安全 · Security',
  '```json',
  '{"after": true}',
  '```',
].join('\n');

describe("README's RAM policy section", () => {
  it('gets the policies in place of its own JSON blocks, in order, and nothing else changes', () => {
    const out = withRamPolicies(readme, ['{"new": 1}', '{"new": 2}']);
    expect(out).toBe(readme.replace('{"old": 1}', '{"new": 1}').replace('{"old": 2}', '{"new": 2}'));
    expect(withRamPolicies(out, ['{"new": 1}', '{"new": 2}'])).toBe(out);
  });

  it('refuses a README whose section is missing or holds another number of policies', () => {
    expect(() => withRamPolicies('# Danlu\n', ['{}'])).toThrow(/no "## RAM policy/);
    expect(() => withRamPolicies(readme, ['{}'])).toThrow(/2 JSON blocks, not 1/);
  });
});
