import type { AsyncEntry } from '@napi-rs/keyring';

/** The part of @napi-rs/keyring Danlu uses. */
export interface KeyringLibrary {
  AsyncEntry: typeof AsyncEntry;
}

/**
 * Loads @napi-rs/keyring, which loads its prebuilt binding for this platform and architecture
 * (a separate package per target) and throws when that binding is missing or cannot load.
 */
export type LoadKeyring = () => KeyringLibrary;

// Required when first used, not imported: a missing binding must not stop Danlu from starting.
export const loadKeyring: LoadKeyring = () => require('@napi-rs/keyring') as KeyringLibrary;
