import { GPU_DRIVER_INSTALLER } from './gpu-driver-installer';
import { hostKeyUserData, type InstanceHostKey } from './host-key';

/** Where UserData puts the first-boot driver installer; the nvidia step looks for it there. */
export const GPU_DRIVER_SCRIPT = '/usr/local/lib/danlu/first-boot/gpu-driver.sh';

/**
 * The UserData of a launch: the pinned host key (host-key.ts) and, on a public image, the NVIDIA
 * driver installed while the machine boots. cloud-init writes the installer (`write_files`, before
 * sshd starts) and starts it (`runcmd`) as a transient unit, so it outlives cloud-init's stage and
 * the SSH bootstrap finds it under way. On a machine without an NVIDIA GPU it finds none and stops.
 */
export function firstBootUserData(key: InstanceHostKey, options: { gpuDriver: boolean }): string {
  const config = hostKeyUserData(key);
  if (!options.gpuDriver) return config;
  return [
    config.trimEnd(),
    'write_files:',
    `  - path: ${GPU_DRIVER_SCRIPT}`,
    "    permissions: '0755'",
    '    encoding: b64',
    `    content: ${Buffer.from(GPU_DRIVER_INSTALLER).toString('base64')}`,
    'runcmd:',
    `  - systemd-run --unit=danlu-gpu-driver ${GPU_DRIVER_SCRIPT}`,
    '',
  ].join('\n');
}
