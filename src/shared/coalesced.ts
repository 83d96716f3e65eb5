/**
 * Work that runs one at a time: a call while it runs asks for one more run after it (however
 * many calls came meanwhile) and gets the promise that ends with that run, so nothing asked for
 * mid-run is missed and bursts cost at most two runs.
 */
export function coalesced(work: () => Promise<void>): { run(): Promise<void>; current(): Promise<void> | null } {
  let running: Promise<void> | null = null;
  let again = false;
  return {
    run() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await work();
        } while (again);
      })().finally(() => {
        running = null;
      });
      return running;
    },
    current: () => running,
  };
}
