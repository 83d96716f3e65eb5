import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/contract';
import { silentLogger } from '../../log/logger';
import { UpdateController } from './update-controller';
import type { UpdateFeed } from './update-ports';

const HOUR = 60 * 60 * 1000;

/** The policy over a feed that records what it was asked, a clock and an hourly tick the test moves. */
function policy(settings: Pick<Settings, 'updateChecks' | 'updateFeedUrl'>, failures = 0) {
  const read: string[] = [];
  const clock = { now: Date.parse('2026-12-08T13:00:00Z') };
  let tick = () => {};
  let failing = failures;
  const controller = new UpdateController({
    version: '0.1.0',
    updater: {
      unavailable: () => null,
      check: async (feed: UpdateFeed) => {
        read.push(feed.kind === 'mirror' ? feed.url : 'github');
        if (failing-- > 0) throw new Error('ECONNRESET');
        return null;
      },
      download: async () => {},
    },
    settings: () => settings,
    busy: async () => [],
    onChange: () => {},
    notify: () => {},
    ticker: {
      every: (_ms, run) => {
        tick = run;
        return () => {};
      },
    },
    now: () => clock.now,
    log: silentLogger,
  });
  const hoursLater = async (hours: number) => {
    for (let i = 0; i < hours; i++) {
      clock.now += HOUR;
      tick();
      await controller.settled();
    }
  };
  return { controller, read, hoursLater, settings };
}

describe('when the update policy reads the feed', () => {
  it('at start and once a day while the switch is on', async () => {
    const p = policy({ updateChecks: true, updateFeedUrl: null });
    p.controller.start();
    await p.controller.settled();
    expect(p.read).toEqual(['github']);
    await p.hoursLater(23);
    expect(p.read).toHaveLength(1);
    await p.hoursLater(1);
    expect(p.read).toEqual(['github', 'github']);
  });

  it('an hour after a check that failed', async () => {
    const p = policy({ updateChecks: true, updateFeedUrl: null }, 1);
    p.controller.start();
    await p.controller.settled();
    expect(p.controller.status().error?.code).toBe('internal');
    await p.hoursLater(1);
    expect(p.read).toHaveLength(2);
    expect(p.controller.status().error).toBeUndefined();
  });

  it('at once when a new mirror is set, and never by itself while the switch is off', async () => {
    const p = policy({ updateChecks: true, updateFeedUrl: null });
    p.controller.start();
    await p.controller.settled();
    p.settings.updateFeedUrl = 'https://oss.example.com/danlu/';
    p.controller.settingsChanged();
    await p.controller.settled();
    expect(p.read).toEqual(['github', 'https://oss.example.com/danlu/']);

    const off = policy({ updateChecks: false, updateFeedUrl: null });
    off.controller.start();
    await off.hoursLater(48);
    expect(off.read).toEqual([]);
    // "Check now" reads it all the same.
    await off.controller.check();
    expect(off.read).toEqual(['github']);
  });
});

describe('work the sessions do not show', () => {
  it('a file transfer holds the restart back until it ends, then the update is offered', async () => {
    const installs: string[] = [];
    const offered: string[] = [];
    const controller = new UpdateController({
      version: '0.1.0',
      updater: { unavailable: () => null, check: async () => ({ version: '0.2.0' }), download: async () => {} },
      installer: { restartNow: () => installs.push('restart'), installOnQuit: () => installs.push('on quit') },
      settings: () => ({ updateChecks: false, updateFeedUrl: null }),
      busy: async () => [],
      onChange: () => {},
      notify: (notice) => offered.push(notice.title.en),
      ticker: { every: () => () => {} },
      now: () => Date.parse('2026-12-08T13:00:00Z'),
      log: silentLogger,
    });
    const done = controller.hold({ kind: 'transfer', name: 'data.tar' });
    await controller.check();
    await controller.settled();
    expect(controller.status()).toMatchObject({ phase: 'ready', waitingFor: [{ kind: 'transfer', name: 'data.tar' }] });
    expect(offered).toEqual([]);
    await expect(controller.restart()).rejects.toMatchObject({
      code: 'update.busy',
      text: { en: expect.stringContaining('The transfer of data.tar is still in progress') },
    });
    expect(await controller.installOnQuit()).toBe(false);
    expect(installs).toEqual([]);

    done();
    done();
    await controller.workChanged();
    expect(controller.status().waitingFor).toBeUndefined();
    expect(offered).toEqual(['Danlu 0.2.0 is ready']);
    expect(await controller.installOnQuit()).toBe(true);
    expect(installs).toEqual(['on quit']);
  });
});
