import { mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostAlias, knownHostLine, renderHostBlock, type SshHostEntry } from './host-block';
import { forgetKnownHost, pinKnownHost } from './known-hosts';
import { listBlocks, readBlock, removeBlock, upsertBlock } from './managed-blocks';
import { replaceFile } from './replace-file';

export interface SshConfigFileOptions {
  /** The user's ~/.ssh/config. */
  configPath: string;
  /** Danlu's own known_hosts (in its data folder), named by every block it writes. */
  knownHostsPath: string;
  /** The user's "add instances to ~/.ssh/config" setting, read at every write. */
  enabled: () => boolean;
  platform?: NodeJS.Platform;
}

/** What a write did: the alias to type after `ssh`, or null when the setting is off. */
export interface SshConfigWrite {
  alias: string | null;
  changed: boolean;
}

/**
 * Keeps one `Host danlu-<name>` block per session in ~/.ssh/config so `ssh danlu-<name>` and
 * VS Code Remote-SSH just work. Touches only its own marked blocks, keeps the file's line
 * endings, encoding and permissions, and writes through a symlinked config to its target.
 */
export class SshConfigFile {
  private readonly options: SshConfigFileOptions;

  constructor(options: SshConfigFileOptions) {
    this.options = options;
  }

  /** Adds or updates the session's block; with the setting off, removes it instead. */
  write(entry: SshHostEntry): SshConfigWrite {
    if (!this.options.enabled()) return { alias: null, changed: this.remove(entry.name) };
    const alias = hostAlias(entry.name);
    const block = renderHostBlock(entry, {
      knownHostsFile: this.options.knownHostsPath,
      windowsPaths: (this.options.platform ?? process.platform) === 'win32',
    });
    const before = this.read();
    const previous = target(readBlock(before ?? '', alias));
    const after = upsertBlock(before ?? '', alias, block.map(toFileText));
    let pinned = false;
    if (entry.hostPublicKey) {
      ensurePrivateDir(dirname(this.options.knownHostsPath));
      pinned = pinKnownHost(this.options.knownHostsPath, alias, knownHostLine(alias, entry.hostPublicKey));
    }
    if (after === before) return { alias, changed: pinned };
    this.save(after, before === null);
    const port = entry.port ?? 22;
    // A new address (or a new block) means a new machine: drop what an earlier owner of the IP left.
    if (!previous || previous.host !== entry.hostName || previous.port !== port) {
      if (previous) forgetKnownHost(this.options.knownHostsPath, previous.host, previous.port);
      forgetKnownHost(this.options.knownHostsPath, entry.hostName, port);
    }
    return { alias, changed: true };
  }

  /** Removes the session's block (and its host key); false when there was none. */
  remove(name: string): boolean {
    const alias = hostAlias(name);
    const before = this.read();
    if (before === null) return false;
    const previous = target(readBlock(before, alias));
    const after = removeBlock(before, alias);
    if (after === before) return false;
    this.save(after, false);
    if (previous) forgetKnownHost(this.options.knownHostsPath, previous.host, previous.port);
    forgetKnownHost(this.options.knownHostsPath, alias);
    return true;
  }

  /** Removes every Danlu block, e.g. when the user turns the setting off. Returns how many. */
  removeAll(): number {
    return this.aliases().filter((alias) => this.remove(alias)).length;
  }

  /** The Danlu aliases currently in the file. */
  aliases(): string[] {
    const text = this.read();
    return text === null ? [] : listBlocks(text);
  }

  /** The file as one byte per character, so bytes that are not UTF-8 survive untouched. */
  private read(): string | null {
    try {
      return readFileSync(this.realPath(), 'latin1');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private save(text: string, created: boolean): void {
    const path = this.realPath();
    if (created) ensurePrivateDir(dirname(path));
    ensurePrivateDir(dirname(this.options.knownHostsPath));
    const mode = created ? 0o600 : statSync(path).mode & 0o7777;
    replaceFile(path, Buffer.from(text, 'latin1'), mode);
  }

  /** A symlinked config (dotfile managers) is edited where it points, keeping the link. */
  private realPath(): string {
    try {
      return realpathSync(this.options.configPath);
    } catch {
      return this.options.configPath;
    }
  }
}

/** Creates a missing folder as 0700 (what ssh expects of ~/.ssh); an existing one is left alone. */
function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
}

/** Our UTF-8 text in the byte-per-character form the file is edited in. */
function toFileText(line: string): string {
  return Buffer.from(line, 'utf8').toString('latin1');
}

/** Where a block of ours pointed (HostName and Port), to forget that host key later. */
function target(block: string[] | null): { host: string; port: number } | null {
  if (!block) return null;
  const value = (key: string) =>
    block.map((line) => new RegExp(`^\\s*${key}\\s+(\\S+)`, 'i').exec(line)?.[1]).find((v) => v !== undefined);
  const host = value('HostName');
  return host ? { host, port: Number(value('Port') ?? 22) } : null;
}
