import type { settingsRequests } from '../../../shared/contract/settings';
import type { AddressSource } from '../../sessions';
import type { SettingsStore } from '../../store/settings-store';
import type { AreaHandlers } from '../handler';

/** The settings, and where the user is as the address services see it now. */
export function settingsHandlers(
  settings: SettingsStore,
  userAddress: AddressSource,
): AreaHandlers<typeof settingsRequests> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'settings.checkAddress': () => userAddress(),
  };
}
