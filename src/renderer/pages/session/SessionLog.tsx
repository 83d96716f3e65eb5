import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionLogLine } from '../../../shared/contract/sessions';

import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { timeOfDay } from '../../lib/format';
import { useDanluEvent } from '../../lib/use-event';
import { useWords } from '../../lib/use-words';

const keyOf = (l: SessionLogLine) => `${l.at}|${JSON.stringify(l.message)}`;

/** The session's live log: what was written so far, then each new line as it comes. */
export function SessionLog({ id }: { id: string }) {
  const { t } = useTranslation();
  const { say, lang } = useWords();
  const [lines, setLines] = useState<SessionLogLine[]>([]);
  const [error, setError] = useState<unknown>(null);
  const box = useRef<HTMLDivElement>(null);
  const follow = useRef(true);

  useDanluEvent('sessions.log', (line) => {
    if (line.id === id) setLines((seen) => [...seen, line]);
  });
  useEffect(() => {
    let live = true;
    setLines([]);
    danlu()
      .sessions.log({ id })
      .then((earlier) => {
        if (!live) return;
        // Lines that arrived as events while the request was on its way are not repeated.
        setLines((seen) => {
          const known = new Set(earlier.map(keyOf));
          return [...earlier, ...seen.filter((l) => !known.has(keyOf(l)))];
        });
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    const el = box.current;
    if (el && follow.current && lines.length > 0) el.scrollTop = el.scrollHeight;
  }, [lines]);

  return (
    <div>
      <ErrorNote error={error} />
      <div
        className="log"
        ref={box}
        data-testid="session-log"
        onScroll={(e) => {
          const el = e.currentTarget;
          follow.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {lines.length === 0 && <span className="muted">{t('session.logEmpty')}</span>}
        {lines.map((l, i) => (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: log lines never move or disappear.
            key={i}
            className={l.message.code === 'bootstrap.remoteOutput' ? 'log-line log-output' : 'log-line'}
            // The machine's own output is shown as it came, in whatever language it speaks.
            translate={l.message.code === 'bootstrap.remoteOutput' ? 'no' : undefined}
            data-code={l.message.code}
          >
            <span className="log-time">{timeOfDay(l.at, lang)}</span> {say(l.message)}
          </div>
        ))}
      </div>
    </div>
  );
}
