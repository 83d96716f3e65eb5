import type { AppInfo } from '../../shared/contract';
import type { CredentialStatus } from '../../shared/credentials';
import { LaunchPage } from '../pages/launch/LaunchPage';
import { NotebookPage } from '../pages/notebook/NotebookPage';
import { PricesPage } from '../pages/prices/PricesPage';
import { ResourcesPage } from '../pages/resources/ResourcesPage';
import { SessionPage } from '../pages/session/SessionPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import type { PageId, PageParams } from './routes';
import type { Go } from './use-page';

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
      return <LaunchPage key={JSON.stringify(params)} params={params} go={go} />;
    case 'session':
      return <SessionPage params={params} go={go} />;
    case 'notebook':
      return <NotebookPage go={go} />;
    case 'resources':
      return <ResourcesPage />;
    case 'settings':
      return <SettingsPage info={info} onCredentials={onCredentials} />;
  }
}
