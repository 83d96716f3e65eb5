import type { DanluApi } from '../../src/shared/api';

declare global {
  interface Window {
    /** The contract as the page sees it (inside page.evaluate). */
    danlu: DanluApi;
  }
}
