import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../shared/contract';
import { localize } from '../../shared/localized';
import { useDanluEvent } from '../lib/use-event';

interface Shown extends Notice {
  key: number;
}

let next = 1;
/** Good news fades by itself after this long; warnings and errors stay until dismissed. */
const INFO_MS = 8000;

/** What main wants the user to hear (ready, spot warning, budget…), as cards in a corner. */
export function Notices({ onOpenSession }: { onOpenSession(id: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notices, setNotices] = useState<Shown[]>([]);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const dismiss = (key: number) => setNotices((list) => list.filter((n) => n.key !== key));

  useDanluEvent('app.notice', (notice) => {
    const key = next++;
    setNotices((list) => [...list.slice(-3), { ...notice, key }]);
    if (notice.level === 'info') {
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        dismiss(key);
      }, INFO_MS);
      timers.current.add(timer);
    }
  });
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.key} className={`notice notice-${n.level}`} role="status" data-testid="notice" data-kind={n.kind}>
          <div className="notice-text">
            <strong>{localize(n.title, lang)}</strong>
            <span>{localize(n.body, lang)}</span>
          </div>
          <div className="notice-actions">
            {n.sessionId && (
              <button
                type="button"
                className="small"
                onClick={() => {
                  onOpenSession(n.sessionId as string);
                  dismiss(n.key);
                }}
              >
                {t('notices.open')}
              </button>
            )}
            <button type="button" className="small" aria-label={t('notices.dismiss')} onClick={() => dismiss(n.key)}>
              ×
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
