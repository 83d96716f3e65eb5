import { useTranslation } from 'react-i18next';
import type { PageId } from '../app/routes';
import { PageHeader } from './PageHeader';

/** A page whose capability is not in this build yet: says so plainly. */
export function PlaceholderPage({ id }: { id: Exclude<PageId, 'settings'> }) {
  const { t } = useTranslation();
  return (
    <section data-testid={`page-${id}`}>
      <PageHeader title={t(`pages.${id}.title`)} intro={t(`pages.${id}.intro`)} />
      <p className="muted">{t('common.comingSoon')}</p>
    </section>
  );
}
