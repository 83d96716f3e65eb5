import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../shared/session';
import type { RemoteShell, SshConnector } from '../../bootstrap/ssh-runner';
import { silentLogger } from '../../log/logger';
import { MachineLinks } from './machine-links';

const session = { id: 'ses-1', name: 'lab', phase: 'ready' } as SessionView;
const login = { host: '127.0.0.9', username: 'ml', privateKey: 'key', hostKeySha256: 'SHA256:pin' };

/** A connector counting logins; a full machine has SFTP, forwards and an end, a demo one answers commands only. */
function connector(kind: 'machine' | 'demo') {
  const logins: string[] = [];
  const ends: Array<() => void> = [];
  const ssh: SshConnector = {
    async connect(target) {
      logins.push(target.username ?? '');
      const shell: RemoteShell = {
        hostKeySha256: 'SHA256:pin',
        exec: async (command) => ({ code: 0, stdout: `ran ${command}`, stderr: '' }),
        upload: async () => {},
        close: () => {},
      };
      if (kind === 'demo') return shell;
      const gone = new Promise<void>((resolve) => ends.push(resolve));
      const none = () => Promise.reject(new Error('not used here'));
      return { ...shell, gone, sftp: none, forwardOut: none } as RemoteShell;
    },
  };
  return { ssh, logins, drop: () => ends.at(-1)?.() };
}

const linksOver = (c: ReturnType<typeof connector>, demo: boolean) =>
  new MachineLinks({
    sessions: { machine: async () => ({ session, demo, ssh: c.ssh, login }) },
    log: silentLogger,
  });

describe('one pinned connection per machine', () => {
  it('files, ports and the readers share one login, and a dropped connection is made again on the next ask', async () => {
    const c = connector('machine');
    const links = linksOver(c, false);
    const [a, b] = await Promise.all([links.link('ses-1'), links.reader('ses-1')]);
    expect((await b.exec('nvidia-smi')).stdout).toBe('ran nvidia-smi');
    expect(a.gone).toBe(b.gone);
    expect(c.logins).toEqual(['ml']);

    c.drop();
    await a.gone;
    await new Promise((r) => setTimeout(r, 0));
    await links.reader('ses-1');
    expect(c.logins).toEqual(['ml', 'ml']);
    links.dispose();
  });

  it('a demo machine answers the readers but has no disk or ports to offer, said in both languages', async () => {
    const c = connector('demo');
    const links = linksOver(c, true);
    const reader = await links.reader('ses-1');
    expect((await reader.exec('danlu-notify --pending')).code).toBe(0);
    await expect(links.link('ses-1')).rejects.toMatchObject({
      code: 'machine-link.demo',
      text: { en: expect.stringContaining('Demo sessions'), zh: expect.stringContaining('演示会话') },
    });
    expect(c.logins).toEqual(['ml']);
    // Closing it ends it: the next reader logs in again.
    links.drop('ses-1');
    await reader.gone;
    await links.reader('ses-1');
    expect(c.logins).toEqual(['ml', 'ml']);
    links.dispose();
  });
});
