import type { pricesRequests } from '../../../shared/contract/prices';
import type { PricesService } from '../../prices/prices-service';
import type { AreaHandlers } from '../handler';

/** Spot prices, their history and the AWS comparison. */
export function pricesHandlers(prices: PricesService): AreaHandlers<typeof pricesRequests> {
  return {
    'prices.scan': (input) => prices.scan(input),
    'prices.history': (input) => prices.history(input),
    'prices.compareAws': (input) => prices.compareAws(input),
  };
}
