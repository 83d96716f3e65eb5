import { describe, expect, it } from 'vitest';
import { listBlocks, readBlock, removeBlock, upsertBlock } from './managed-blocks';

const block = (alias: string, ip: string) => [
  `# >>> ${alias}: managed by Danlu >>>`,
  `Host ${alias}`,
  `  HostName ${ip}`,
  `# <<< ${alias} <<<`,
];

describe('managed blocks in an SSH config', () => {
  it('go before the first Host section, after the global options, and come out leaving the original bytes', () => {
    const original = 'ServerAliveInterval 5\n\n# work\nHost work\n  HostName 10.0.0.1\n\nHost *\n  User me\n';
    const added = upsertBlock(original, 'danlu-a', block('danlu-a', '1.2.3.4'));
    expect(added).toBe(
      'ServerAliveInterval 5\n\n# >>> danlu-a: managed by Danlu >>>\nHost danlu-a\n  HostName 1.2.3.4\n# <<< danlu-a <<<\n\n# work\nHost work\n  HostName 10.0.0.1\n\nHost *\n  User me\n',
    );
    expect(removeBlock(added, 'danlu-a')).toBe(original);
  });

  it('are appended when the file has no sections, and removed again exactly', () => {
    const original = 'AddKeysToAgent yes\n';
    const added = upsertBlock(original, 'danlu-a', block('danlu-a', '1.2.3.4'));
    expect(added.startsWith('AddKeysToAgent yes\n\n# >>> danlu-a')).toBe(true);
    expect(removeBlock(added, 'danlu-a')).toBe(original);
    expect(upsertBlock('', 'danlu-a', block('danlu-a', '1.2.3.4'))).toBe(`${block('danlu-a', '1.2.3.4').join('\n')}\n`);
  });

  it('are replaced in place when the address changes', () => {
    const one = upsertBlock('Host x\n', 'danlu-a', block('danlu-a', '1.1.1.1'));
    const two = upsertBlock(one, 'danlu-b', block('danlu-b', '2.2.2.2'));
    const moved = upsertBlock(two, 'danlu-a', block('danlu-a', '9.9.9.9'));
    expect(listBlocks(moved)).toEqual(['danlu-b', 'danlu-a']);
    expect(readBlock(moved, 'danlu-a')).toContain('  HostName 9.9.9.9');
    expect(moved).not.toContain('1.1.1.1');
    expect(removeBlock(removeBlock(moved, 'danlu-a'), 'danlu-b')).toBe('Host x\n');
  });

  it('use CRLF in a CRLF file and keep every other line ending as it was', () => {
    const original = 'Host a\r\n  HostName 10.0.0.1\r\nHost b\n  HostName 10.0.0.2\r\n';
    const added = upsertBlock(original, 'danlu-a', block('danlu-a', '1.2.3.4'));
    expect(added).toContain(
      '# >>> danlu-a: managed by Danlu >>>\r\nHost danlu-a\r\n  HostName 1.2.3.4\r\n# <<< danlu-a <<<\r\n\r\nHost a',
    );
    expect(removeBlock(added, 'danlu-a')).toBe(original);
  });

  it('refuse to guess when a marker was deleted or repeated', () => {
    const cut = 'Host x\n# >>> danlu-a: managed by Danlu >>>\nHost danlu-a\n  HostName 1.2.3.4\n';
    expect(() => upsertBlock(cut, 'danlu-a', block('danlu-a', '5.5.5.5'))).toThrow(/danlu-a block .* was edited/);
    expect(() => removeBlock(cut, 'danlu-a')).toThrow(/was edited/);
    const twice = `${block('danlu-a', '1.1.1.1').join('\n')}\n${block('danlu-a', '2.2.2.2').join('\n')}\n`;
    expect(() => listBlocks(twice)).toThrow(/was edited/);
  });

  it('leave a file without the block unchanged', () => {
    expect(removeBlock('Host x\n', 'danlu-a')).toBe('Host x\n');
  });
});
