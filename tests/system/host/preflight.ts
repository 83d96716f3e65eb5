import { execFileSync } from 'node:child_process';

const NEEDED = [
  'systemd-nspawn',
  'debootstrap',
  'unshare',
  'nsenter',
  'losetup',
  'partx',
  'flock',
  'socat',
  'ip',
  'mkfs.ext4',
  'debugfs',
];

/**
 * Why booted test instances cannot run here, or undefined when they can. System suites skip
 * with this reason printed.
 */
export function instanceHostUnavailable(): string | undefined {
  if (process.platform !== 'linux') return `booted test instances need Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'booted test instances need root (systemd-nspawn, loop devices, mounts)';
  const missing = NEEDED.filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    return `missing ${missing.join(', ')}: apt-get install --no-install-recommends debootstrap systemd-container socat util-linux iproute2 e2fsprogs`;
  }
  return undefined;
}
