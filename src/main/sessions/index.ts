/**
 * The sessions capability: its only door. Outside code imports from here, never from the rooms
 * (journal, launch, network, operations, reconcile, watch); a lint rule holds that.
 */

export type { BilledSpan, BillingTimeline, ComputeBilledSpan } from './journal/billing-timeline';
export { emptyTimeline, isOpen } from './journal/billing-timeline';
export { SessionJournal } from './journal/journal';
export type { SessionRecord } from './journal/session-record';
export { newestUbuntu } from './launch/boot-image';
export { bootstrapPort } from './launch/bootstrap-port';
export { SETUP_CPU_TYPES } from './launch/cpu-setup';
export { CATEGORY_ORDER, refusedCategory } from './launch/disk-categories';
export { spotInstanceRequest } from './launch/instance-request';
export { ensureLocalKey, type LocalKey, localKeyPath } from './local-key';
export { AddressFollow } from './network/address-follow';
export { type AddressSource, addressLookup, typedFirst } from './network/address-lookup';
export { InterfaceWatch, type NetworkChanges } from './network/interface-watch';
export type { ReleaseOptions } from './operations/release';
export type { ResourceTarget } from './reconcile/delete-resource';
export { listRates, listRegion, type ResourceRates } from './reconcile/reconcile';
export type { SessionCloudApi } from './session-cloud-api';
export type {
  AddressMove,
  AutoReason,
  AutoRule,
  BootstrapPort,
  ComputeSpan,
  ReportedPart,
  SessionDeps,
  SessionNotice,
} from './session-deps';
export { type MachineAccess, type SessionCloud, SessionHub, type SessionMachine } from './session-hub';
export { SessionManager } from './session-manager';
export { noticeOf, sessionNotice } from './session-notices';
export { announceAuto, idleReason, reclaimReason } from './watch/auto-reason';
export { IdleGuard, readActivity } from './watch/idle-guard';
export { idleStopPolicy } from './watch/idle-policy';
