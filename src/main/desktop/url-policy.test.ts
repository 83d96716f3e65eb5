import { describe, expect, it } from 'vitest';
import { isExternalLink, isSameOrigin } from './url-policy';

describe('links handed to the system browser', () => {
  it('are https, or http to a forwarded port on 127.0.0.1, without credentials in them', () => {
    expect(isExternalLink('https://ram.console.aliyun.com/users')).toBe(true);
    expect(isExternalLink('http://127.0.0.1:6006/')).toBe(true);
    for (const url of [
      'http://ram.console.aliyun.com/',
      'http://127.0.0.1/',
      'http://localhost:6006/',
      'http://0.0.0.0:6006/',
      'http://user:pw@127.0.0.1:6006/',
      'file:///etc/passwd',
      'smb://host/share',
      'javascript:alert(1)',
      'ms-settings:privacy',
      'https://user:secret@example.com/',
      'not a url',
    ]) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });

  it('same origin means same scheme, host and port', () => {
    expect(isSameOrigin('danlu://app/index.html#/x', 'danlu://app')).toBe(true);
    expect(isSameOrigin('https://1.2.3.4:8888/tree', 'https://1.2.3.4:8888')).toBe(true);
    expect(isSameOrigin('https://1.2.3.4:8889/', 'https://1.2.3.4:8888')).toBe(false);
  });
});
