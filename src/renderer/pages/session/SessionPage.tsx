import { useTranslation } from 'react-i18next';
import { isCurrent } from '../../../shared/session-phases';
import type { PageParams } from '../../app/routes';
import type { Go } from '../../app/use-page';
import { ErrorNote } from '../../lib/ErrorNote';
import { dateTime } from '../../lib/format';
import { useCloudNow } from '../../lib/use-cloud-now';
import { useMeter } from '../../lib/use-meter';
import { useSessions } from '../../lib/use-sessions';
import { PageHeader } from '../PageHeader';
import { PhaseBadge } from './PhaseBadge';
import { SessionDetail } from './SessionDetail';

export function SessionPage({ params, go }: { params: PageParams; go: Go }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { sessions, error, upsert } = useSessions();
  const meter = useMeter();
  const now = useCloudNow(meter?.at);
  const list = sessions ?? [];
  // The one asked for, else the newest live one, else the newest.
  const current = list.find((s) => s.id === params.id) ?? list.find(isCurrent) ?? list[0];

  return (
    <section data-testid="page-session">
      <PageHeader title={t('shell.pages.session.title')} intro={t('shell.pages.session.intro')} />
      <ErrorNote error={error} />
      {sessions && list.length === 0 && (
        <div className="empty" data-testid="no-sessions">
          <strong>{t('session.none')}</strong>
          <p>{t('session.noneHint')}</p>
          <button type="button" className="primary" onClick={() => go('launch')}>
            {t('shell.nav.launch')}
          </button>
        </div>
      )}
      {list.length > 1 && (
        <div className="session-tabs" role="tablist" data-testid="session-list">
          {list.slice(0, 12).map((s) => (
            <button
              type="button"
              role="tab"
              key={s.id}
              aria-selected={s.id === current?.id}
              className={s.id === current?.id ? 'tab active' : 'tab'}
              onClick={() => go('session', { id: s.id })}
            >
              <span className="tab-name">{s.name}</span>
              <PhaseBadge session={s} />
              <span className="muted small-print">{dateTime(s.createdAt, lang)}</span>
            </button>
          ))}
        </div>
      )}
      {current && (
        <SessionDetail
          key={current.id}
          session={current}
          cost={meter?.sessions.find((c) => c.sessionId === current.id)}
          go={go}
          onChanged={upsert}
          askRelease={params.release === '1' && params.id === current.id}
          askRecover={params.recover === '1' && params.id === current.id}
          now={now}
        />
      )}
    </section>
  );
}
