import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
      <App info={info} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root)
    root.textContent = `Danlu could not start / 丹炉无法启动: ${error instanceof Error ? error.message : String(error)}`;
});
