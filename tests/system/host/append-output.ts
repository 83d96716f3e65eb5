import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/**
 * Appends a child's stdout and stderr to one file. Neither stream may end the file: when one
 * closes first (as a loaded machine may have it), the other would then write after its end
 * and the error would go unheard. The file is ended once the process is gone.
 */
export function appendOutput(child: ChildProcess, path: string, onError: (error: Error) => void): void {
  const file = createWriteStream(path, { flags: 'a' });
  file.on('error', onError);
  child.stdout?.pipe(file, { end: false });
  child.stderr?.pipe(file, { end: false });
  child.on('close', () => file.end());
}
