import { z } from 'zod';
import type { MeterView } from '../meter';
import { event, request } from './define';

export const meterRequests = {
  'meter.get': request<MeterView>()(z.undefined()),
};

export const meterEvents = {
  /** Every second while something is billed; once more when billing stops. */
  'meter.tick': event<MeterView>(),
};
