import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { msg, renderMessage } from '../shared/words/message';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles.css';

async function start() {
  if (!window.danlu) {
    // Not inside Electron: talk to the development bridge that served this page.
    const { installBridge } = await import('./bridge/install-bridge');
    await installBridge();
  }
  const info = await window.danlu.app.info();
  const settings = await window.danlu.settings.get();
  await initI18n(settings.language, info.locale);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App info={info} settings={settings} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  // Before the settings are read, the browser's language is the best guess.
  const title = renderMessage(msg('shell.app.cannotStart'), navigator.language);
  if (root) root.textContent = `${title}: ${error instanceof Error ? error.message : String(error)}`;
});
