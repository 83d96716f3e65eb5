import type { DanluApi } from '../../shared/api';

declare global {
  interface Window {
    danlu: DanluApi;
  }
}

/** The contract, as the preload (or the browser bridge) exposes it. */
export function danlu(): DanluApi {
  return window.danlu;
}
