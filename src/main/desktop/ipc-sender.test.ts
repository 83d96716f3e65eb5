import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './ipc-sender';
import { APP_ORIGIN } from './url-policy';

const own = { ownWindow: true, mainFrame: true, frameUrl: 'danlu://app/index.html#/prices' };

describe('who may call over IPC', () => {
  it('is only the main frame of our own window showing our own page', () => {
    expect(isTrustedSender(own, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ ...own, mainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...own, ownWindow: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...own, frameUrl: undefined }, APP_ORIGIN)).toBe(false);
  });

  it('refuses our window once it shows another page, even another danlu:// host', () => {
    for (const frameUrl of [
      'https://evil.example/',
      'file:///etc/passwd',
      'danlu://evil/index.html',
      'https://127.0.0.1:8888/tree',
      'not a url',
    ]) {
      expect(isTrustedSender({ ...own, frameUrl }, APP_ORIGIN), frameUrl).toBe(false);
    }
  });

  it('in a development run trusts the development server instead', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender({ ...own, frameUrl: 'http://localhost:5173/#/launch' }, dev)).toBe(true);
    expect(isTrustedSender(own, dev)).toBe(false);
  });
});
