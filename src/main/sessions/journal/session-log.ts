import type { SessionLogLine } from '../../../shared/contract/sessions';

const KEEP = 400;

/** The last lines of each session's log, for the Session page (the full log is in the log file). */
export class SessionLog {
  private readonly lines = new Map<string, SessionLogLine[]>();

  add(line: SessionLogLine): void {
    const list = this.lines.get(line.id) ?? [];
    list.push(line);
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
    this.lines.set(line.id, list);
  }

  get(id: string): SessionLogLine[] {
    return [...(this.lines.get(id) ?? [])];
  }
}
