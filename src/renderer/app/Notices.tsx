import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../shared/contract';
import { localize } from '../../shared/localized';
import { useDanluEvent } from '../lib/use-event';

interface Shown extends Notice {
  id: number;
}

let next = 1;
/** Good news fades by itself, a warning a little later; errors stay until dismissed. */
const FADE_MS: Record<Notice['level'], number | null> = { info: 8000, warning: 20_000, error: null };
/** At most this many cards at once, so they never cover the page. */
const MAX_SHOWN = 3;

/**
 * What main wants the user to hear (ready, stopped, spot warning, budget…), as cards in a
 * corner. A notice with the same key as one shown (the same session's news, a budget's next
 * stage) takes its place instead of piling up. The text follows the window's language.
 */
export function Notices({ onOpenSession }: { onOpenSession(id: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notices, setNotices] = useState<Shown[]>([]);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const dismiss = (id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setNotices((list) => list.filter((n) => n.id !== id));
  };

  useDanluEvent('app.notice', (notice) => {
    const id = next++;
    setNotices((list) => {
      // A replaced card's timer later finds nothing to remove.
      const others = list.filter((n) => !notice.key || n.key !== notice.key);
      return [...others.slice(-(MAX_SHOWN - 1)), { ...notice, id }];
    });
    const fade = FADE_MS[notice.level];
    if (fade !== null)
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), fade),
      );
  });
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-live="polite" aria-label={t('shell.notices.label')}>
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.level}`}
          role={n.level === 'error' ? 'alert' : 'status'}
          data-testid="notice"
          data-kind={n.kind}
          data-level={n.level}
        >
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
                  dismiss(n.id);
                }}
              >
                {t('shell.notices.open')}
              </button>
            )}
            <button
              type="button"
              className="small"
              aria-label={t('shell.notices.dismiss')}
              onClick={() => dismiss(n.id)}
            >
              ×
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
