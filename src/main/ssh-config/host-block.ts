import { AppError } from '../../shared/errors';
import { type Message, msg } from '../../shared/words/message';

/** What `ssh danlu-<name>` needs to reach an instance. */
export interface SshHostEntry {
  /** The session's short name; the alias becomes "danlu-<name>". */
  name: string;
  /** The instance's public IP. */
  hostName: string;
  /** The private key Danlu generated or the user chose. */
  identityFile: string;
  /** The instance's host key as Danlu pinned it ("ssh-ed25519 AAAA…"), written to Danlu's known_hosts. */
  hostPublicKey?: string;
  user?: string;
  port?: number;
}

/** How files are named on the machine that reads the config. */
export interface RenderOptions {
  /** Danlu's own known_hosts, so cloud IPs (reused across customers) never touch the user's. */
  knownHostsFile: string;
  windowsPaths: boolean;
}

const DEFAULT_USER = 'ml';
const KEEPALIVE_SECONDS = 30;

/** "My GPU #1" → "danlu-my-gpu-1": the Host alias, safe in ssh_config and on a command line. */
export function hostAlias(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  if (!slug) throw invalid(msg('ssh-config.badName', { name }));
  return slug.startsWith('danlu-') ? slug : `danlu-${slug}`;
}

function beginMarker(alias: string): string {
  return `# >>> ${alias}: managed by Danlu, rewritten when the IP changes and removed with the session >>>`;
}

function endMarker(alias: string): string {
  return `# <<< ${alias} <<<`;
}

/** The block's lines, markers included, without line endings. */
export function renderHostBlock(entry: SshHostEntry, options: RenderOptions): string[] {
  const alias = hostAlias(entry.name);
  if (!/^[A-Za-z0-9.:-]+$/.test(entry.hostName)) {
    throw invalid(msg('ssh-config.badHost', { host: entry.hostName }));
  }
  const user = entry.user ?? DEFAULT_USER;
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user)) throw invalid(msg('ssh-config.badUser', { user }));
  const lines = [beginMarker(alias), `Host ${alias}`, `  HostName ${entry.hostName}`, `  User ${user}`];
  if (entry.port !== undefined && entry.port !== 22) {
    if (!Number.isInteger(entry.port) || entry.port < 1 || entry.port > 65535) {
      throw invalid(msg('ssh-config.badPort', { port: String(entry.port) }));
    }
    lines.push(`  Port ${entry.port}`);
  }
  lines.push(
    `  IdentityFile ${configPath(entry.identityFile, options.windowsPaths)}`,
    '  IdentitiesOnly yes',
    // Danlu made the host key and pinned it under the alias: ssh accepts that key and no other,
    // whatever address the instance has today.
    `  HostKeyAlias ${alias}`,
    '  StrictHostKeyChecking yes',
    `  UserKnownHostsFile ${configPath(options.knownHostsFile, options.windowsPaths)}`,
    `  ServerAliveInterval ${KEEPALIVE_SECONDS}`,
    endMarker(alias),
  );
  return lines;
}

/**
 * A path as ssh_config reads it: "%" starts a token there, so it is doubled; a path with spaces
 * is quoted; Windows backslashes become slashes, which OpenSSH for Windows accepts.
 */
function configPath(path: string, windowsPaths: boolean): string {
  const native = windowsPaths ? path.replace(/\\/g, '/') : path;
  if (/["\r\n\\]/.test(native) || native.trim() !== native || !native) {
    throw invalid(msg('ssh-config.badPath', { path }));
  }
  const escaped = native.replace(/%/g, '%%');
  return /\s/.test(escaped) ? `"${escaped}"` : escaped;
}

function invalid(message: Message): AppError {
  return new AppError(message, { code: 'sshConfig.invalidEntry' });
}

/** The known_hosts line pinning `publicKey` for the alias: key type and body only, checked. */
export function knownHostLine(alias: string, publicKey: string): string {
  const [type = '', body = ''] = publicKey.trim().split(/\s+/);
  const wellFormed =
    /^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa)$/.test(type) &&
    /^[A-Za-z0-9+/]+={0,2}$/.test(body) &&
    !/[\r\n]/.test(publicKey.trim());
  if (!wellFormed) {
    throw invalid(msg('ssh-config.badHostKey'));
  }
  return `${alias} ${type} ${body}`;
}
