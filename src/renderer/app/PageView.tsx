import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract';
import type { CredentialStatus } from '../../shared/credentials';
import { NotebookPage } from '../pages/notebook/NotebookPage';
import { PricesPage } from '../pages/prices/PricesPage';
import { SessionPage } from '../pages/session/SessionPage';
import type { PageId, PageParams } from './routes';
import type { Go } from './use-page';

// The window opens on Prices (or a session); the Launch form, Resources and Settings load when
// first opened, from the app's own files, so the window starts sooner.
const LaunchPage = lazy(() => import('../pages/launch/LaunchPage').then((m) => ({ default: m.LaunchPage })));
const SettingsPage = lazy(() => import('../pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const ResourcesPage = lazy(() =>
  import('../pages/resources/ResourcesPage').then((m) => ({ default: m.ResourcesPage })),
);

export interface PageViewProps {
  page: PageId;
  params: PageParams;
  go: Go;
  info: AppInfo;
  onCredentials(status: CredentialStatus): void;
}

/** The page the hash names. The Launch page starts afresh when "Launch this" carries new choices. */
export function PageView({ page, params, go, info, onCredentials }: PageViewProps) {
  switch (page) {
    case 'prices':
      return <PricesPage go={go} />;
    case 'launch':
      return (
        <Later>
          <LaunchPage key={JSON.stringify(params)} params={params} go={go} />
        </Later>
      );
    case 'session':
      return <SessionPage params={params} go={go} />;
    case 'notebook':
      return <NotebookPage go={go} />;
    case 'resources':
      return (
        <Later>
          <ResourcesPage />
        </Later>
      );
    case 'settings':
      return (
        <Later>
          <SettingsPage info={info} onCredentials={onCredentials} />
        </Later>
      );
  }
}

/** A page that loads when opened: "Loading…" until it has. */
function Later({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="muted">{t('shell.common.loading')}</p>}>{children}</Suspense>;
}
