import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { useAppInfo } from '../../app/app-info';
import { CopyButton } from '../../components/CopyButton';
import { OpenNotebookNotes } from '../../lib/OpenNotebookNotes';
import { useOpenNotebook } from '../../lib/open-notebook';

/** How to reach the machine: the SSH commands and the notebook with its pinned certificate. */
export function ConnectPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const { demo, sshKeyPath } = useAppInfo();
  const opening = useOpenNotebook(session.id, demo);
  const ip = session.resources.publicIp;
  const alias = `ssh danlu-${session.name}`;
  const full = ip ? `ssh -i "${sshKeyPath}" ml@${ip}` : '';
  return (
    <div className="connect" data-testid="connect">
      <div className="connect-row">
        <span className="figure-label">{t('session.connect.ssh')}</span>
        <code data-testid="ssh-alias">{alias}</code>
        <CopyButton text={alias} testId="copy-ssh" />
      </div>
      {ip && (
        <div className="connect-row">
          <span className="figure-label">{t('session.connect.sshFull')}</span>
          <code data-testid="ssh-full">{full}</code>
          <CopyButton text={full} />
        </div>
      )}
      <p className="muted small-print">{t('session.connect.sshHint', { name: session.name })}</p>
      {session.notebook && (
        <div className="connect-row">
          <span className="figure-label">{t('session.connect.notebook')}</span>
          <code data-testid="notebook-url">{session.notebook.url}</code>
          <button
            type="button"
            className="primary small"
            data-testid="open-notebook"
            disabled={session.phase !== 'ready'}
            onClick={opening.open}
          >
            {t('session.connect.open')}
          </button>
        </div>
      )}
      <OpenNotebookNotes opening={opening} />
    </div>
  );
}
