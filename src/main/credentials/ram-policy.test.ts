import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../aliyun';
import { ramPolicy, ramPolicyJson, ramPolicyStrict, ramPolicyStrictJson } from './ram-policy';

const README = join(import.meta.dirname, '..', '..', '..', 'README.md');

describe('RAM policy', () => {
  it('is valid policy syntax: Version "1" and statements of Effect, Action, Resource', () => {
    const parsed = JSON.parse(ramPolicyJson) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['Statement', 'Version']);
    expect(parsed.Version).toBe('1');
    expect(Array.isArray(parsed.Statement) && parsed.Statement.length > 0).toBe(true);
    for (const statement of parsed.Statement as Record<string, unknown>[]) {
      expect(Object.keys(statement).sort()).toEqual(['Action', 'Effect', 'Resource']);
      expect(statement.Effect).toBe('Allow');
      expect(statement.Resource).toBe('*');
      const actions = statement.Action as unknown[];
      expect(actions.length).toBeGreaterThan(0);
      for (const action of actions) expect(action).toMatch(/^(ecs|vpc|sts):[A-Z][A-Za-z]+$/);
    }
  });

  it('names every action the cloud client can call, and nothing else (no wildcards, no duplicates)', () => {
    const granted = ramPolicy.Statement.flatMap((s) => s.Action);
    const used = Object.entries(ACTIONS).map(([action, spec]) => `${spec.product}:${action}`);
    expect(new Set(granted).size).toBe(granted.length);
    expect([...granted].sort()).toEqual([...new Set(used)].sort());
    for (const action of [
      'ecs:RunInstances',
      'ecs:DescribeSpotPriceHistory',
      'ecs:TagResources',
      'vpc:CreateVSwitch',
    ]) {
      expect(granted).toContain(action);
    }
    expect(granted).not.toContain('ecs:CreateVSwitch');
    expect(granted.some((a) => a.includes('*'))).toBe(false);
  });

  it('is shown in README.md exactly as the app shows it', () => {
    const readme = readFileSync(README, 'utf8').replace(/\r\n/g, '\n');
    const section = readme.split('\n## ').find((s) => s.startsWith('RAM policy / 最小权限策略'));
    expect(section, 'README.md has a "## RAM policy / 最小权限策略" section').toBeDefined();
    const block = /```json\n([\s\S]*?)\n```/.exec(section ?? '')?.[1];
    expect(block, 'README.md shows the policy the app builds (npm run docs:ram-policy rewrites it)').toBe(
      ramPolicyJson,
    );
  });

  it("has a stricter variant: the same actions but tagging, where every change or delete needs Danlu's tag", () => {
    const all = Object.entries(ACTIONS).map(([action, spec]) => `${spec.product}:${action}`);
    const granted = ramPolicyStrict.Statement.flatMap((s) => s.Action);
    expect(new Set(granted).size).toBe(granted.length);
    expect([...granted].sort()).toEqual(all.filter((a) => a !== 'ecs:TagResources').sort());
    const tagged = ramPolicyStrict.Statement.find((s) => s.Condition?.StringEquals?.['acs:ResourceTag/danlu']);
    const creates = ramPolicyStrict.Statement.find((s) => s.Condition?.StringEquals?.['acs:RequestTag/danlu']);
    for (const action of [
      'ecs:DeleteInstance',
      'ecs:StopInstance',
      'ecs:DeleteDisk',
      'ecs:AttachDisk',
      'vpc:DeleteVpc',
    ]) {
      expect(tagged?.Action, action).toContain(action);
    }
    for (const action of ['ecs:RunInstances', 'ecs:CreateDisk', 'vpc:CreateVpc', 'ecs:ImportKeyPair']) {
      expect(creates?.Action, action).toContain(action);
    }
    // Every action that changes or deletes something is conditioned or limited by name.
    const free = ramPolicyStrict.Statement.filter((s) => !s.Condition && s.Resource === '*').flatMap((s) => s.Action);
    expect(free.every((a) => /:(Describe|List|Get)/.test(a))).toBe(true);
    const byName = ramPolicyStrict.Statement.find((s) => s.Resource !== '*');
    expect(byName).toMatchObject({ Action: ['ecs:DeleteKeyPairs'], Resource: 'acs:ecs:*:*:keypair/danlu-*' });
  });

  it('shows the stricter variant in README.md exactly as built', () => {
    const readme = readFileSync(README, 'utf8').replace(/\r\n/g, '\n');
    const section = readme.split('\n## ').find((s) => s.startsWith('RAM policy / 最小权限策略')) ?? '';
    const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    expect(blocks, 'README.md shows both policies as built (npm run docs:ram-policy rewrites them)').toEqual([
      ramPolicyJson,
      ramPolicyStrictJson,
    ]);
  });
});
