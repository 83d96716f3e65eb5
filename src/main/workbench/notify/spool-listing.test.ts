import { describe, expect, it } from 'vitest';
import { ackCommand, MAX_TEXT, parseSpoolListing } from './spool-listing';

const line = (seq: number | string, content: string) => `${seq} ${Buffer.from(content).toString('base64')}`;

describe('what danlu-notify --pending prints', () => {
  it('gives each message with its kind and text, in sequence order', () => {
    const listing = [
      line(10, 'kind=done\nepoch 10 done\nloss 0.12\n'),
      line(2, 'kind=message\n训练开始\n'),
      line(3, 'kind=failed\n'),
    ].join('\n');
    expect(parseSpoolListing(listing)).toEqual([
      { seq: 2, kind: 'message', text: '训练开始' },
      { seq: 3, kind: 'failed', text: '' },
      { seq: 10, kind: 'done', text: 'epoch 10 done\nloss 0.12' },
    ]);
  });

  it('drops what is not of its shape and cleans what the text may hide', () => {
    const listing = [
      'danlu-notify: command not found',
      line('x1', 'kind=message\nhi'),
      line(4, 'kind=shutdown\nhi'),
      line(5, 'no kind line'),
      `6 not*base64`,
      line(7, 'kind=message\n\u001b[2J\u001b]0;title\u0007ok\u202eevil\r\nnext'),
    ].join('\n');
    expect(parseSpoolListing(listing)).toEqual([{ seq: 7, kind: 'message', text: '[2J]0;titleokevil\nnext' }]);
  });

  it('cuts a long message to size', () => {
    const [message] = parseSpoolListing(line(1, `kind=message\n${'x'.repeat(5000)}`));
    expect(message?.text).toHaveLength(MAX_TEXT);
    expect(message?.text.endsWith('…')).toBe(true);
    const [lines] = parseSpoolListing(line(1, `kind=message\n${Array.from({ length: 50 }, (_, i) => i).join('\n')}`));
    expect(lines?.text.split('\n')).toHaveLength(20);
  });

  it('acknowledges by numbers only', () => {
    expect(ackCommand([1, 2, 30])).toBe('danlu-notify --ack 1 2 30');
  });
});
