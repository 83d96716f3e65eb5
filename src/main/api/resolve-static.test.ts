import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeType, resolveStatic } from './resolve-static';

const root = '/srv/renderer';

describe('resolveStatic', () => {
  it('maps / to index.html and files under the root', () => {
    expect(resolveStatic(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/index-1.js?v=2')).toBe(join(root, 'assets/index-1.js'));
  });

  it.each(['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fsecret', '/..\\x', '/a%00b', '/%E0%A4%A'])(
    'refuses %s',
    (path) => {
      expect(resolveStatic(root, path)).toBeNull();
    },
  );

  it('knows the types the renderer needs', () => {
    expect(mimeType('a.js')).toMatch(/javascript/);
    expect(mimeType('a.css')).toMatch(/css/);
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});
