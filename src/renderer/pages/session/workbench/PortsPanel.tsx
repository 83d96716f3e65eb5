import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PortForward, WELL_KNOWN_PORTS } from '../../../../shared/ports';
import type { SessionView } from '../../../../shared/session';
import { CopyButton } from '../../../components/CopyButton';
import { danlu } from '../../../lib/danlu';
import { ErrorNote } from '../../../lib/ErrorNote';
import { useDanluEvent } from '../../../lib/use-event';
import { useLoad } from '../../../lib/use-load';

/** Ports of the instance reached at 127.0.0.1 here: a quick pick, any port typed, and the open forwards. */
export function PortsPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const forwards = useLoad(() => danlu().ports.list({ sessionId: session.id }), [session.id]);
  useDanluEvent('ports.changed', (all) => forwards.set(all.filter((f) => f.sessionId === session.id)));
  const [remote, setRemote] = useState('');
  const [local, setLocal] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ready = session.phase === 'ready';

  const open = async (remotePort: number, localPort?: number) => {
    setBusy(true);
    setError(null);
    try {
      const forward = await danlu().ports.open({ sessionId: session.id, remotePort, localPort });
      if (forward.serves === 'http') window.open(forward.url, '_blank', 'noopener');
      await forwards.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const typed = (text: string) =>
    text.trim() === '' ? undefined : Number(text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

  return (
    <div className="ports" data-testid="ports">
      <p className="muted small-print">{t('ports.intro')}</p>
      <div className="ports-quick">
        {WELL_KNOWN_PORTS.filter((k) => k.port !== 8888).map((k) => (
          <button
            type="button"
            className="small"
            key={k.port}
            disabled={!ready || busy}
            data-testid={`open-port-${k.port}`}
            onClick={() => void open(k.port)}
          >
            {k.label} · {k.port}
          </button>
        ))}
      </div>
      <form
        className="ports-form"
        onSubmit={(e) => {
          e.preventDefault();
          void open(typed(remote) ?? Number.NaN, typed(local));
        }}
      >
        <label>
          {t('ports.remotePort')}
          <input
            inputMode="numeric"
            value={remote}
            onChange={(e) => setRemote(e.target.value)}
            data-testid="port-remote"
          />
        </label>
        <label>
          {t('ports.localPort')}
          <input
            inputMode="numeric"
            value={local}
            onChange={(e) => setLocal(e.target.value)}
            data-testid="port-local"
          />
        </label>
        <button
          type="submit"
          className="primary small"
          disabled={!ready || busy || remote.trim() === ''}
          data-testid="port-open"
        >
          {t('ports.open')}
        </button>
      </form>
      <ErrorNote error={error ?? forwards.error} />
      {forwards.data && forwards.data.length === 0 && <p className="muted">{t('ports.none')}</p>}
      <ul className="port-list" data-testid="port-list">
        {(forwards.data ?? []).map((f) => (
          <PortRow key={f.id} forward={f} onClosed={() => void forwards.reload()} />
        ))}
      </ul>
    </div>
  );
}

function PortRow({ forward, onClosed }: { forward: PortForward; onClosed: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  return (
    <li className="port-row" data-testid="port-row" data-remote={forward.remotePort} data-serves={forward.serves}>
      <div className="connect-row">
        <strong>
          {forward.label ? `${forward.label} · ` : ''}
          {forward.remotePort}
        </strong>
        <span aria-hidden="true">→</span>
        <code data-testid="port-url">{forward.url}</code>
        <CopyButton text={forward.url} />
        {forward.serves === 'http' && (
          <a
            className="button small"
            href={forward.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="port-visit"
          >
            {t('ports.visit')}
          </a>
        )}
        {forward.serves === 'https-pinned' && (
          <button
            type="button"
            className="small"
            data-testid="port-visit"
            onClick={() =>
              danlu()
                .ports.visit({ id: forward.id })
                .then(
                  () => setError(null),
                  (e: unknown) => setError(e),
                )
            }
          >
            {t('ports.visit')}
          </button>
        )}
        <span className="muted small-print">{t('ports.connections', { count: forward.connections })}</span>
        <button
          type="button"
          className="small"
          data-testid="port-close"
          onClick={() =>
            danlu()
              .ports.close({ id: forward.id })
              .then(onClosed, (e: unknown) => setError(e))
          }
        >
          {t('ports.close')}
        </button>
      </div>
      {forward.serves !== 'http' && (
        <p className={forward.serves === 'https-pinned' ? 'ok-note' : 'warning-note'}>
          {t(`ports.serves.${forward.serves}`)}
        </p>
      )}
      {forward.fingerprint256 && forward.serves === 'https-unknown' && (
        <p className="small-print">
          {t('ports.fingerprint')}: <code data-testid="port-fingerprint">{forward.fingerprint256}</code>
        </p>
      )}
      <ErrorNote error={error} />
    </li>
  );
}
