import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { SettingsPage } from '../pages/SettingsPage';
import { pageIds } from './routes';
import { usePage } from './use-page';

export function App({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const [page, go] = usePage();
  return (
    <div className="frame">
      <nav className="sidebar" aria-label={t('app.name')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            丹
          </span>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
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
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        {info.demo && (
          <div className="demo-banner" role="status" data-testid="demo-banner">
            <strong>{t('app.demo')}</strong> {t('app.demoHint')}
          </div>
        )}
        {page === 'settings' ? <SettingsPage info={info} /> : <PlaceholderPage id={page} />}
      </main>
    </div>
  );
}
