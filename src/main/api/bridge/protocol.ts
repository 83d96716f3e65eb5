import type { EventName } from '../../../shared/contract';
import type { Envelope } from '../../../shared/envelope';

/** Host → browser: the answer to a request (id null when the request could not be read). */
export interface BridgeResponse {
  id: string | number | null;
  envelope: Envelope;
}

/** Host → browser: an event from the services. */
export interface BridgeEvent {
  event: EventName;
  payload: unknown;
}

export const BRIDGE_PATH = '/danlu-bridge';
