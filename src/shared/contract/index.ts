import type { z } from 'zod';
import { appEvents, appRequests } from './app';
import { credentialsRequests } from './credentials';
import type { EventSpec, RequestSpec } from './define';
import { diagnosticsRequests } from './diagnostics';
import { filesEvents, filesRequests } from './files';
import { gpuEvents, gpuRequests } from './gpu';
import { meterEvents, meterRequests } from './meter';
import { notifyRequests } from './notify';
import { portsEvents, portsRequests } from './ports';
import { pricesEvents, pricesRequests } from './prices';
import { resourcesEvents, resourcesRequests } from './resources';
import { sessionsEvents, sessionsRequests } from './sessions';
import { settingsEvents, settingsRequests } from './settings';
import { updatesEvents, updatesRequests } from './updates';

/** Every request the renderer may make, written once. */
export const requests = {
  ...appRequests,
  ...settingsRequests,
  ...credentialsRequests,
  ...pricesRequests,
  ...sessionsRequests,
  ...resourcesRequests,
  ...meterRequests,
  ...updatesRequests,
  ...diagnosticsRequests,
  ...portsRequests,
  ...filesRequests,
  ...gpuRequests,
  ...notifyRequests,
} satisfies Record<string, RequestSpec>;

/** Every event main may send to the renderer. */
export const events = {
  ...appEvents,
  ...settingsEvents,
  ...pricesEvents,
  ...sessionsEvents,
  ...resourcesEvents,
  ...meterEvents,
  ...updatesEvents,
  ...portsEvents,
  ...filesEvents,
  ...gpuEvents,
} satisfies Record<string, EventSpec>;

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type EventName = keyof typeof events;

/** What a caller passes (before parsing and defaults). */
export type InputOf<K extends RequestName> = z.input<Requests[K]['input']>;
/** What a handler receives (after parsing and defaults). */
export type ParsedInputOf<K extends RequestName> = z.output<Requests[K]['input']>;
export type ResultOf<K extends RequestName> = Requests[K] extends RequestSpec<z.ZodType, infer R> ? R : never;
export type PayloadOf<E extends EventName> = (typeof events)[E] extends EventSpec<infer P> ? P : never;

/** How services announce an event; the runtime's event bus hands it to every transport. */
export type Emit = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

export const requestNames = Object.keys(requests) as RequestName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

export * from './app';
export type { EventSpec, RequestSpec } from './define';
export { event, request } from './define';
export * from './diagnostics';
export * from './settings';
export * from './updates';
