const SECTION = '\n## RAM policy / 最小权限策略';
const JSON_BLOCK = /```json\n[\s\S]*?\n```/g;

/** README text with the JSON blocks of its RAM policy section replaced, in order, by `policies`. */
export function withRamPolicies(readme: string, policies: readonly string[]): string {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error('README.md has no "## RAM policy / 最小权限策略" section');
  const next = readme.indexOf('\n## ', start + SECTION.length);
  const end = next < 0 ? readme.length : next;
  const section = readme.slice(start, end);
  const blocks = section.match(JSON_BLOCK) ?? [];
  if (blocks.length !== policies.length) {
    throw new Error(`README.md's RAM policy section holds ${blocks.length} JSON blocks, not ${policies.length}`);
  }
  let index = 0;
  const rewritten = section.replace(JSON_BLOCK, () => `\`\`\`json\n${policies[index++]}\n\`\`\``);
  return readme.slice(0, start) + rewritten + readme.slice(end);
}
