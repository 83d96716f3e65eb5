import { useTranslation } from 'react-i18next';
import type { StockStatus } from '../../../shared/prices';
import { Badge, type Tone } from '../../components/Badge';

const tones: Record<StockStatus, Tone> = {
  WithStock: 'ok',
  ClosedWithStock: 'warn',
  WithoutStock: 'bad',
  ClosedWithoutStock: 'bad',
};

/** Whether the cloud can sell this type in this zone now, as the cloud's stock status says. */
export function StockBadge({ stock }: { stock: StockStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={tones[stock]} title={t(`prices.stockHint.${stock}`)} testId="stock">
      {t(`prices.stock.${stock}`)}
    </Badge>
  );
}
