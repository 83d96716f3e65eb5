/** What a `danlu-notify` call on the instance asked to say. */
export interface SpoolMessage {
  /** The spool file's sequence number: messages are delivered in its order. */
  seq: number;
  kind: 'message' | 'done' | 'failed';
  text: string;
}

/** The most a message says in a notification (the rest is cut, marked with an ellipsis). */
export const MAX_TEXT = 1500;
/** The most lines of a message (a log's tail) kept. */
const MAX_LINES = 20;
const LINE = /^(\d{1,12}) ([A-Za-z0-9+/]{0,24000}={0,2})$/;
const KINDS = new Set(['message', 'done', 'failed']);

/**
 * Reads what `danlu-notify --pending` prints: one line per spooled message, its sequence number
 * and its file's content in base64 (a first line `kind=…`, then the text). Lines that are not of
 * that shape are dropped; text is cleaned of control characters and cut to size. Sorted by sequence.
 */
export function parseSpoolListing(output: string): SpoolMessage[] {
  const messages: SpoolMessage[] = [];
  for (const line of output.split('\n')) {
    const match = LINE.exec(line.trim());
    if (!match) continue;
    const content = Buffer.from(match[2] as string, 'base64').toString('utf8');
    const newline = content.indexOf('\n');
    const head = newline === -1 ? content : content.slice(0, newline);
    const kind = head.startsWith('kind=') ? head.slice(5) : '';
    if (!KINDS.has(kind)) continue;
    messages.push({
      seq: Number(match[1]),
      kind: kind as SpoolMessage['kind'],
      text: cleanText(newline === -1 ? '' : content.slice(newline + 1)),
    });
  }
  return messages.sort((a, b) => a.seq - b.seq);
}

/** Printable text only (line breaks and tabs kept), at most MAX_LINES lines and MAX_TEXT characters. */
function cleanText(text: string): string {
  // Control characters but line breaks and tabs, and format characters (bidirectional overrides).
  const printable = text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]|\p{Cf}/gu, '');
  const lines = printable.trim().split('\n').slice(0, MAX_LINES);
  const joined = lines.join('\n');
  return joined.length > MAX_TEXT ? `${joined.slice(0, MAX_TEXT - 1)}…` : joined;
}

/** The command that lists what waits on the instance; the app reads as root. */
export const PENDING_COMMAND = 'danlu-notify --pending';

/** The command that removes what was delivered (sequence numbers only: nothing else reaches the shell). */
export function ackCommand(seqs: number[]): string {
  return `danlu-notify --ack ${seqs.map((n) => String(Math.trunc(n))).join(' ')}`;
}
