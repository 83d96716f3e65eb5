import type { Target } from './keyring-bindings';

/** `darwin-arm64` → {platform: 'darwin', arch: 'arm64'}, as the workflows name what they pack. */
export function parseTarget(text: string): Target {
  const match = /^(darwin|linux|win32)-([a-z0-9]+)$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new Error(`"${text}" is not a target: use <platform>-<arch> as Node names them, e.g. darwin-arm64`);
  }
  return { platform: match[1], arch: match[2] };
}
