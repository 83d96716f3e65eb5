import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { useAppInfo } from '../../app/app-info';
import type { Go } from '../../app/use-page';
import { CopyButton } from '../../components/CopyButton';
import { ErrorNote } from '../../lib/ErrorNote';
import { OpenNotebookNotes } from '../../lib/OpenNotebookNotes';
import { useOpenNotebook } from '../../lib/open-notebook';
import { useSessions } from '../../lib/use-sessions';
import { PageHeader } from '../PageHeader';
import { PhaseBadge } from '../session/PhaseBadge';

function NotebookCard({ session, go }: { session: SessionView; go: Go }) {
  const { t } = useTranslation();
  const { demo } = useAppInfo();
  const opening = useOpenNotebook(session.id, demo);
  const notebook = session.notebook;
  if (!notebook) return null;
  const ready = session.phase === 'ready';
  return (
    <div className="card notebook-card" data-testid="notebook-card" data-session={session.id}>
      <div className="session-head">
        <h2>
          {session.name} <PhaseBadge session={session} />
        </h2>
        <div className="actions">
          <button type="button" onClick={() => go('session', { id: session.id })}>
            {t('notebook.session')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="notebook-open"
            disabled={!ready}
            onClick={opening.open}
          >
            {t('session.connect.open')}
          </button>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('notebook.url')}</dt>
        <dd>
          <code data-testid="notebook-card-url">{notebook.url}</code> <CopyButton text={notebook.url} />
        </dd>
        <dt>{t('notebook.fingerprint')}</dt>
        <dd>
          <code className="fingerprint" data-testid="notebook-fingerprint">
            {notebook.fingerprint256}
          </code>
        </dd>
        <dt>{t('notebook.machine')}</dt>
        <dd className="muted">
          {session.instanceType} · {session.zoneId}
        </dd>
      </dl>
      <p className="muted small-print">{ready ? t('notebook.pinHint') : t('notebook.notReady')}</p>
      <OpenNotebookNotes opening={opening} />
    </div>
  );
}

export function NotebookPage({ go }: { go: Go }) {
  const { t } = useTranslation();
  const { sessions, error } = useSessions();
  const withNotebook = (sessions ?? []).filter(
    (s) => s.notebook && ['ready', 'stopped', 'starting', 'stopping'].includes(s.phase),
  );
  return (
    <section data-testid="page-notebook">
      <PageHeader title={t('shell.pages.notebook.title')} intro={t('shell.pages.notebook.intro')} />
      <ErrorNote error={error} />
      {sessions && withNotebook.length === 0 && (
        <div className="empty" data-testid="no-notebooks">
          <strong>{t('notebook.none')}</strong>
          <p>{t('notebook.noneHint')}</p>
          <button type="button" className="primary" onClick={() => go('launch')}>
            {t('shell.nav.launch')}
          </button>
        </div>
      )}
      {withNotebook.map((s) => (
        <NotebookCard key={s.id} session={s} go={go} />
      ))}
    </section>
  );
}
