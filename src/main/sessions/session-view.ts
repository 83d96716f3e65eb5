import type { SessionView } from '../../shared/session';
import type { SessionRecord } from './session-record';

/** Strips what only the journal needs. */
export function toView(record: SessionRecord): SessionView {
  const {
    tokens: _t,
    diskOwned: _d,
    attemptIndex: _a,
    candidates: _c,
    release: _r,
    egressIp: _e,
    updatedAt: _u,
    diskRecreatable: _dr,
    bootImageId: _b,
    hostKeySha256: _h,
    ...view
  } = record;
  return view;
}
