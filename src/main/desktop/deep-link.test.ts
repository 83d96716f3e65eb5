import { describe, expect, it } from 'vitest';
import { linkInArgs, routeOfLink, sessionLink } from './deep-link';

describe('danlu:// links', () => {
  it('open the page they name, a session page with its id', () => {
    expect(routeOfLink('danlu://session/ses-20261208-0badf00d')).toBe('#/session?id=ses-20261208-0badf00d');
    expect(routeOfLink('DANLU://Session/ses-1/')).toBe('#/session?id=ses-1');
    expect(routeOfLink('danlu://notebook/ses-2')).toBe('#/notebook?id=ses-2');
    expect(routeOfLink('danlu://settings')).toBe('#/settings');
    expect(routeOfLink('danlu://prices?region=x')).toBe('#/prices');
    expect(routeOfLink(sessionLink('ses-3'))).toBe('#/session?id=ses-3');
  });

  it('open only the page when the id is not one, and nothing for what is not a page of Danlu', () => {
    expect(routeOfLink('danlu://session/..%2F..%2Fsettings')).toBe('#/session');
    expect(routeOfLink('danlu://session/a/b')).toBe('#/session');
    expect(routeOfLink(`danlu://session/${'x'.repeat(65)}`)).toBe('#/session');
    expect(routeOfLink('danlu://session/%E0%A4%A')).toBe('#/session');
    expect(routeOfLink('danlu://app/index.html')).toBeNull();
    expect(routeOfLink('danlu://release/ses-1')).toBeNull();
    expect(routeOfLink('https://session/ses-1')).toBeNull();
    expect(routeOfLink('javascript:alert(1)')).toBeNull();
    expect(routeOfLink('danlu:')).toBeNull();
    expect(routeOfLink(`danlu://session/${'a'.repeat(5000)}`)).toBeNull();
  });

  it('are found among the arguments a second start hands over', () => {
    expect(linkInArgs(['/opt/Danlu/danlu', '--no-sandbox', 'danlu://session/ses-1'])).toBe('danlu://session/ses-1');
    expect(linkInArgs(['/opt/Danlu/danlu', '--hidden'])).toBeUndefined();
  });
});
