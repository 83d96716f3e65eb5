import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_DISK, type TransferView } from '../../../../shared/files';
import type { SessionView } from '../../../../shared/session';
import { useAppInfo } from '../../../app/app-info';
import { danlu } from '../../../lib/danlu';
import { ErrorNote } from '../../../lib/ErrorNote';
import { bytes, dateTime } from '../../../lib/format';
import { useDanluEvent } from '../../../lib/use-event';
import { useLoad } from '../../../lib/use-load';
import { TransferList } from './TransferList';

/**
 * The data disk, one folder at a time: pick what to download, upload into the folder shown (by
 * the file dialog, by dropping files on it, or by typing paths where no dialog exists), and
 * follow each transfer.
 */
export function FilesPanel({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { transport } = useAppInfo();
  // Unset: the data disk's root, as the machine names it.
  const [path, setPath] = useState<string | undefined>();
  const listing = useLoad(() => danlu().files.list({ sessionId: session.id, path }), [session.id, path]);
  const transfers = useLoad(() => danlu().files.transfers({ sessionId: session.id }), [session.id]);
  const [picked, setPicked] = useState<string[]>([]);
  const [typedUp, setTypedUp] = useState('');
  const [typedDown, setTypedDown] = useState('');
  const [error, setError] = useState<unknown>(null);
  // The desktop app has a file dialog; a browser over the development bridge names paths instead.
  const dialog = transport === 'ipc';

  useDanluEvent('files.progress', (view: TransferView) => {
    if (view.sessionId !== session.id) return;
    const others = (transfers.data ?? []).filter((x) => x.id !== view.id);
    transfers.set([view, ...others].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
    if (view.state === 'done' && view.direction === 'upload') void listing.reload();
  });

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await transfers.reload();
    } catch (e) {
      setError(e);
    }
  };
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const upload = (localPaths?: string[]) =>
    act(() => danlu().files.upload({ sessionId: session.id, remoteDir: listing.data?.path ?? '.', localPaths }));
  const download = (localDir?: string) =>
    act(() => danlu().files.download({ sessionId: session.id, remotePaths: picked, localDir }));

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the buttons below do the same from the keyboard.
    <div
      className="files"
      data-testid="files"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        // Only the desktop app can tell where a dropped file lives (the preload's path lookup).
        const found = [...e.dataTransfer.files].map(
          (f) => (window.danlu as { pathOf?: (f: File) => string }).pathOf?.(f) ?? '',
        );
        if (found.every(Boolean) && found.length > 0) void upload(found);
      }}
    >
      <p className="muted small-print">{t('files.intro')}</p>
      <div className="connect-row">
        <button
          type="button"
          className="small"
          disabled={!listing.data?.parent}
          onClick={() => listing.data?.parent && setPath(listing.data.parent)}
          data-testid="files-up"
        >
          {t('files.up')}
        </button>
        <code data-testid="files-path">{listing.data?.path ?? path ?? DATA_DISK}</code>
        <button type="button" className="small" onClick={() => void listing.reload()}>
          {t('files.refresh')}
        </button>
      </div>
      <ErrorNote error={listing.error} />
      {listing.data && listing.data.entries.length === 0 && <p className="muted">{t('files.empty')}</p>}
      {listing.data && listing.data.entries.length > 0 && (
        <table className="data" data-testid="file-list">
          <thead>
            <tr>
              <th />
              <th>{t('files.name')}</th>
              <th>{t('files.size')}</th>
              <th>{t('files.modified')}</th>
            </tr>
          </thead>
          <tbody>
            {listing.data.entries.map((e) => (
              <tr key={e.path} data-testid="file-row" data-kind={e.kind}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={e.name}
                    checked={picked.includes(e.path)}
                    onChange={(ev) =>
                      setPicked(ev.target.checked ? [...picked, e.path] : picked.filter((p) => p !== e.path))
                    }
                  />
                </td>
                <td>
                  {e.kind === 'dir' ? (
                    <button type="button" className="link" onClick={() => setPath(e.path)}>
                      {e.name}/
                    </button>
                  ) : (
                    e.name
                  )}
                </td>
                <td>{e.kind === 'file' ? bytes(e.size, lang) : ''}</td>
                <td className="muted small-print">{dateTime(e.mtime, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="files-actions">
        {dialog ? (
          <>
            <button type="button" className="primary small" data-testid="files-upload" onClick={() => void upload()}>
              {t('files.pick')}
            </button>
            <button
              type="button"
              className="small"
              data-testid="files-download"
              disabled={picked.length === 0}
              onClick={() => void download()}
            >
              {t('files.download')}
            </button>
            <p className="muted small-print">{t('files.drop')}</p>
          </>
        ) : (
          <>
            <label>
              {t('files.uploadPaths')}
              <textarea
                rows={2}
                value={typedUp}
                onChange={(e) => setTypedUp(e.target.value)}
                data-testid="files-local-paths"
              />
            </label>
            <button
              type="button"
              className="primary small"
              data-testid="files-upload"
              disabled={lines(typedUp).length === 0}
              onClick={() => void upload(lines(typedUp))}
            >
              {t('files.upload')}
            </button>
            <label>
              {t('files.downloadTo')}
              <input value={typedDown} onChange={(e) => setTypedDown(e.target.value)} data-testid="files-local-dir" />
            </label>
            <button
              type="button"
              className="small"
              data-testid="files-download"
              disabled={picked.length === 0 || typedDown.trim() === ''}
              onClick={() => void download(typedDown.trim())}
            >
              {t('files.download')}
            </button>
          </>
        )}
      </div>
      <ErrorNote error={error} />
      <h3>{t('files.transfers')}</h3>
      <TransferList transfers={transfers.data ?? []} onChanged={() => void transfers.reload()} />
    </div>
  );
}
