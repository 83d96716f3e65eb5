import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';

/**
 * Editing ~/.ssh/config without disturbing it: the text is kept as lines with their own endings,
 * only the lines between Danlu's begin and end markers are ever replaced or removed, and adding
 * then removing a block gives back the original bytes.
 */
interface Line {
  text: string;
  /** "\n", "\r\n", or "" for a last line without one. */
  eol: string;
}

interface Span {
  alias: string;
  start: number;
  /** Index of the end marker (inclusive). */
  end: number;
}

const BEGIN = /^# >>> (danlu-[a-z0-9-]+)[: ].*>>>$/;
const END = /^# <<< (danlu-[a-z0-9-]+) <<<$/;
const SECTION = /^\s*(host|match)(\s*=\s*|\s+)\S/i;
const BLANK = /^\s*$/;
const COMMENT = /^\s*#/;

function split(text: string): Line[] {
  if (!text) return [];
  return text.split(/(?<=\n)/).map((piece) => {
    const eol = piece.endsWith('\r\n') ? '\r\n' : piece.endsWith('\n') ? '\n' : '';
    return { text: piece.slice(0, piece.length - eol.length), eol };
  });
}

function join(lines: Line[]): string {
  return lines.map((l) => l.text + l.eol).join('');
}

/** The file's own line ending (CRLF when most lines use it), so added lines match. */
function eolOf(lines: Line[]): string {
  const crlf = lines.filter((l) => l.eol === '\r\n').length;
  return crlf > 0 && crlf >= lines.filter((l) => l.eol === '\n').length ? '\r\n' : '\n';
}

function damaged(alias: string): AppError {
  return new AppError(msg('ssh-config.damaged', { alias }), { code: 'sshConfig.damaged' });
}

function spans(lines: Line[]): Span[] {
  const found: Span[] = [];
  let open: { alias: string; start: number } | null = null;
  lines.forEach((line, index) => {
    const text = line.text.trimEnd();
    const begin = BEGIN.exec(text)?.[1];
    const end = END.exec(text)?.[1];
    if (begin) {
      if (open) throw damaged(open.alias);
      open = { alias: begin, start: index };
    } else if (end) {
      if (!open || open.alias !== end) throw damaged(end);
      found.push({ ...open, end: index });
      open = null;
    }
  });
  if (open) throw damaged((open as { alias: string }).alias);
  const aliases = found.map((s) => s.alias);
  const repeated = aliases.find((a, i) => aliases.indexOf(a) !== i);
  if (repeated) throw damaged(repeated);
  return found;
}

/** The aliases of the Danlu blocks in a config. */
export function listBlocks(text: string): string[] {
  return spans(split(text)).map((s) => s.alias);
}

/** The lines of one Danlu block (markers included), or null. */
export function readBlock(text: string, alias: string): string[] | null {
  const lines = split(text);
  const span = spans(lines).find((s) => s.alias === alias);
  return span ? lines.slice(span.start, span.end + 1).map((l) => l.text) : null;
}

/**
 * Puts the block in place of the one with the same alias, or else before the first Host or
 * Match section (ssh uses the first value it meets, so a user's "Host *" further down cannot
 * override it, while the user's global options at the top still apply), or at the end.
 */
export function upsertBlock(text: string, alias: string, block: string[]): string {
  const lines = split(text);
  const eol = eolOf(lines);
  const fresh = block.map((t) => ({ text: t, eol }));
  const existing = spans(lines).find((s) => s.alias === alias);
  if (existing) {
    const last = fresh[fresh.length - 1];
    if (last) last.eol = lines[existing.end]?.eol ?? eol;
    lines.splice(existing.start, existing.end - existing.start + 1, ...fresh);
    return join(lines);
  }
  let at = lines.findIndex((l) => BEGIN.test(l.text.trimEnd()) || SECTION.test(l.text));
  if (at >= 0) {
    // Keep a comment that introduces the user's section attached to it.
    if (!BEGIN.test(lines[at]?.text.trimEnd() ?? '')) {
      while (at > 0 && COMMENT.test(lines[at - 1]?.text ?? '') && !END.test(lines[at - 1]?.text.trimEnd() ?? '')) at--;
    }
    lines.splice(at, 0, ...fresh, { text: '', eol });
    return join(lines);
  }
  const tail = lines[lines.length - 1];
  if (!tail) return join(fresh);
  if (!tail.eol) tail.eol = eol;
  return join([...lines, { text: '', eol }, ...fresh]);
}

/** Removes the block and the blank line that upsertBlock added with it; the rest stays byte for byte. */
export function removeBlock(text: string, alias: string): string {
  const lines = split(text);
  const span = spans(lines).find((s) => s.alias === alias);
  if (!span) return text;
  let { start, end } = span;
  const after = lines[end + 1];
  if (after && BLANK.test(after.text)) end++;
  else if (!after && start > 0 && BLANK.test(lines[start - 1]?.text ?? 'x')) start--;
  lines.splice(start, end - start + 1);
  return join(lines);
}
