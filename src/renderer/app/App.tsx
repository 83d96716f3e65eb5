import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Settings } from '../../shared/contract';
import type { CredentialStatus } from '../../shared/credentials';
import { localize } from '../../shared/localized';
import { danlu } from '../lib/danlu';
import { useConnection } from '../lib/use-connection';
import { FirstRunPage } from '../pages/first-run/FirstRunPage';
import { AppInfoContext } from './app-info';
import { ConnectionBanner } from './ConnectionBanner';
import { MeterGlance } from './MeterGlance';
import { Notices } from './Notices';
import { PageView } from './PageView';
import { pageIds } from './routes';
import { usePage } from './use-page';

/**
 * The window: the first-run screen until the person adds a key or chooses demo mode (kept with
 * the settings), then the frame with its pages. When the connection to Danlu is lost a banner
 * says so; when it comes back, every page reads its data afresh.
 */
export function App({ info: initial, settings }: { info: AppInfo; settings: Settings }) {
  const connection = useConnection();
  const [generation, setGeneration] = useState(0);
  const wasLost = useRef(false);
  useEffect(() => {
    if (connection === 'lost') wasLost.current = true;
    else if (wasLost.current) {
      wasLost.current = false;
      setGeneration((g) => g + 1);
    }
  }, [connection]);
  return (
    <>
      <ConnectionBanner lost={connection === 'lost'} />
      <Window key={generation} initial={initial} settings={settings} />
    </>
  );
}

function Window({ initial, settings }: { initial: AppInfo; settings: Settings }) {
  const { t, i18n } = useTranslation();
  const [page, params, go] = usePage();
  const [info, setInfo] = useState(initial);
  const [status, setStatus] = useState<CredentialStatus>();
  const [demo, setDemo] = useState(settings.demoChosen);

  useEffect(() => {
    danlu()
      .credentials.status()
      .then(setStatus)
      // Without an answer the app cannot tell: it shows the pages, and Settings shows the error.
      .catch(() => setDemo(true));
    // The choice may have been made in another window, or before a reconnection.
    danlu()
      .settings.get()
      .then((s) => s.demoChosen && setDemo(true))
      .catch(() => {});
  }, []);

  const chooseDemo = () => {
    setDemo(true);
    void danlu()
      .settings.update({ demoChosen: true })
      .catch(() => {
        // Not kept: the first-run screen simply shows again next time.
      });
  };

  // Credentials changed: whether Danlu is in demo mode may have changed with them.
  const credentialsChanged = async (next: CredentialStatus) => {
    setStatus(next);
    // Forgetting the key returns to demo mode, as Settings says, rather than to the first-run screen.
    if (!next.configured) chooseDemo();
    setInfo(await danlu().app.info());
  };

  const problem = status?.keychain.problem;
  const noKeychain = problem?.code === 'keychain.bindingMissing' ? problem : null;

  if (!status && !demo) return <div className="starting muted">{t('shell.common.loading')}</div>;
  if (status && !status.configured && !demo) {
    return (
      <AppInfoContext.Provider value={info}>
        <FirstRunPage status={status} onConfigured={(s) => void credentialsChanged(s)} onDemo={chooseDemo} />
      </AppInfoContext.Provider>
    );
  }

  return (
    <AppInfoContext.Provider value={info}>
      <div className="frame">
        <button
          type="button"
          className="skip-link"
          data-testid="skip-to-content"
          onClick={() => document.getElementById('main')?.focus()}
        >
          {t('shell.app.skipToContent')}
        </button>
        <nav className="sidebar" aria-label={t('shell.app.name')}>
          <div className="sidebar-inner">
            <div className="brand">
              <span className="brand-mark" aria-hidden="true">
                丹
              </span>
              <div>
                <div className="brand-name">{t('shell.app.name')}</div>
                <div className="brand-tagline">{t('shell.app.tagline')}</div>
              </div>
            </div>
            <ul>
              {pageIds.map((id) => (
                <li key={id}>
                  <a
                    href={`#/${id}`}
                    className={page === id ? 'active' : undefined}
                    aria-current={page === id ? 'page' : undefined}
                    data-testid={`nav-${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      go(id);
                    }}
                  >
                    {t(`shell.nav.${id}`)}
                  </a>
                </li>
              ))}
            </ul>
            {/* Notices live in the sidebar: they never cover the page or its buttons. */}
            <Notices onOpenSession={(id) => go('session', { id })} />
            <MeterGlance onOpen={(id) => go('session', { id })} />
          </div>
        </nav>
        <main className="content" id="main" tabIndex={-1}>
          {info.tray === 'missing' && (
            // No tray icon will ever show: say so, rather than let Danlu vanish when the window closes.
            <div className="tray-banner" role="status" data-testid="no-tray">
              <strong>{t('desktop.noTray.title')}</strong> {t('desktop.noTray.body')}
            </div>
          )}
          {info.demo && (
            <div className="demo-banner" role="status" data-testid="demo-banner">
              <strong>{t('shell.app.demo')}</strong>{' '}
              {noKeychain ? (
                // Adding a key in Settings cannot help here: say why Danlu is in demo mode instead.
                <span data-testid="demo-reason">{localize(noKeychain.text, i18n.language)}</span>
              ) : (
                t('shell.app.demoHint')
              )}
            </div>
          )}
          <PageView page={page} params={params} go={go} info={info} onCredentials={(s) => void credentialsChanged(s)} />
        </main>
      </div>
    </AppInfoContext.Provider>
  );
}
