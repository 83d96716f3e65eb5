import type { meterRequests } from '../../../shared/contract/meter';
import type { MeterService } from '../../meter/meter-service';
import type { AreaHandlers } from '../handler';

/** What is billed now. */
export function meterHandlers(meter: Pick<MeterService, 'view'>): AreaHandlers<typeof meterRequests> {
  return {
    'meter.get': () => meter.view(),
  };
}
