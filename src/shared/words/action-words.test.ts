import { describe, expect, it } from 'vitest';
import { type WordKey, words } from './index';

/**
 * The things a person does to a session, each with the one Chinese word that names it, and the
 * texts that name it on a screen: the navigation, buttons and their busy labels, phases, the
 * tray, notices, operation names and the steps and waits of the cloud. The navigation, the tray
 * and the notices are with every page, so the whole window counts as one page here.
 */
const ACTIONS: Record<string, { zh: string; labels: WordKey[] }> = {
  launch: {
    zh: '创建',
    labels: [
      'shell.nav.launch',
      'shell.pages.launch.title',
      'launch.submit',
      'launch.launching',
      'launch.launchLast',
      'launch.lastPlan',
      'launch.foreign.confirm',
      'prices.launchThis',
      'session.phase.launching',
      'session.actions.again',
      'session.actions.cancel',
      'session.busy.again',
      'session.attempt.running',
      'notice.failed.title',
      'error.title.launch',
      'tray.launchLast',
      'tray.cancel',
    ],
  },
  start: {
    zh: '开机',
    labels: [
      'operation.name.start',
      'operation.step.startRequest',
      'operation.start.requested',
      'session.actions.start',
      'session.busy.start',
      'session.phase.starting',
      'resources.verb.start',
      'resources.status.Starting',
      'tray.start',
      'wait.instanceStarted',
    ],
  },
  stop: {
    zh: '停止',
    labels: [
      'operation.name.stop',
      'session.actions.stop',
      'session.busy.stop',
      'session.phase.stopping',
      'session.phase.stopped',
      'resources.verb.stop',
      'tray.stop',
      'notice.stopped.title',
    ],
  },
  release: {
    zh: '释放',
    labels: [
      'operation.name.release',
      'session.actions.release',
      'session.busy.release',
      'session.phase.releasing',
      'session.phase.released',
      'tray.release',
      'notice.released.title',
    ],
  },
  recover: { zh: '恢复', labels: ['session.actions.recover', 'session.busy.recover', 'tray.recover'] },
};

/** The word that used to name both the launch and the start. */
const AMBIGUOUS = '启动';

const zh = (key: WordKey) => words[key].zh;

describe('the words for what a person does', () => {
  it('give each action its own Chinese word', () => {
    const chosen = Object.values(ACTIONS).map((a) => a.zh);
    expect(new Set(chosen).size).toBe(chosen.length);
  });

  it('name each action with its word, and never with the word of another action', () => {
    for (const [action, { zh: word, labels }] of Object.entries(ACTIONS)) {
      for (const key of labels) {
        expect(zh(key), `${key} names ${action}`).toContain(word);
        for (const [other, { zh: otherWord }] of Object.entries(ACTIONS)) {
          if (other !== action && !otherWord.includes(word)) {
            expect(zh(key), `${key} names ${action}, not ${other}`).not.toContain(otherWord);
          }
        }
      }
    }
  });

  it('say "start" (开机) only where the English speaks of starting, and 启动 nowhere', () => {
    const entries = Object.entries(words) as Array<[WordKey, { en: string; zh: string }]>;
    const startWrong = entries.filter(([, t]) => t.zh.includes(ACTIONS.start?.zh ?? '') && !/\bstart/i.test(t.en));
    expect(startWrong.map(([key]) => key)).toEqual([]);
    // 启动 named both the launch and the start: a reader cannot tell which one a text means.
    expect(entries.filter(([, t]) => t.zh.includes(AMBIGUOUS)).map(([key]) => key)).toEqual([]);
    // A launch is never said with the start's word (a text may speak of both).
    const launchAsStart = entries.filter(
      ([, t]) => /\blaunch/i.test(t.en) && !/\bstart/i.test(t.en) && t.zh.includes(ACTIONS.start?.zh ?? ''),
    );
    expect(launchAsStart.map(([key]) => key)).toEqual([]);
  });
});
