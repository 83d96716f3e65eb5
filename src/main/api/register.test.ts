import { describe, expect, it } from 'vitest';
import { stubHandlers } from '../../../tests/support/stub-handlers';
import { REQUEST_CHANNEL } from '../../shared/envelope';
import type { ErrorInfo } from '../../shared/errors';
import { silentLogger } from '../log/logger';
import { createDispatch } from './dispatch';
import type { Handlers } from './handler';
import { type InvokeEvent, type IpcMainLike, register } from './register';

function fakeIpc() {
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const invoke = (event: InvokeEvent, ...args: unknown[]) => {
    const listener = handlers.get(REQUEST_CHANNEL);
    if (!listener) throw new Error('not registered');
    return listener(event, ...args);
  };
  return { ipc, invoke, handlers };
}

const ownFrame = { id: 'main-frame' };
const ownSender = { id: 'window' };
const trusted = (event: InvokeEvent) => event.sender === ownSender && event.senderFrame === ownFrame;

function testHandlers(calls: string[]): Handlers {
  return stubHandlers({
    'app.info': () => {
      calls.push('app.info');
      return {
        name: 'Danlu',
        version: '1.0.0',
        platform: 'linux',
        locale: 'en-US',
        demo: true,
        transport: 'ipc',
        sshKeyPath: '/keys/danlu_rsa',
        tray: 'present',
      };
    },
    'app.ping': ({ message }) => {
      calls.push(`ping:${message}`);
      return { message, at: 'now' };
    },
  });
}

describe('register()', () => {
  it('answers a valid request from our own window main frame', async () => {
    const calls: string[] = [];
    const { ipc, invoke } = fakeIpc();
    register(ipc, createDispatch(testHandlers(calls), silentLogger), trusted);
    const answer = await invoke({ sender: ownSender, senderFrame: ownFrame }, 'app.ping', { message: 'hi' });
    expect(answer).toEqual({ ok: true, value: { message: 'hi', at: 'now' } });
    expect(calls).toEqual(['ping:hi']);
  });

  it('refuses a message from a subframe or another window without calling the service', async () => {
    const calls: string[] = [];
    const { ipc, invoke } = fakeIpc();
    register(ipc, createDispatch(testHandlers(calls), silentLogger), trusted);
    for (const event of [
      { sender: ownSender, senderFrame: { id: 'iframe' } },
      { sender: { id: 'notebook-view' }, senderFrame: ownFrame },
      { sender: null, senderFrame: null },
    ]) {
      const answer = await invoke(event, 'app.info', undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects input that fails the schema, saying which field and why, in both languages', async () => {
    const calls: string[] = [];
    const { ipc, invoke } = fakeIpc();
    register(ipc, createDispatch(testHandlers(calls), silentLogger), trusted);
    const answer = (await invoke({ sender: ownSender, senderFrame: ownFrame }, 'app.ping', { message: 42 })) as {
      ok: false;
      error: ErrorInfo;
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.text.en).toContain('app.ping');
    expect(answer.error.text.en).toMatch(/message: .*expected string/i);
    expect(answer.error.text.zh).toContain('输入无效');
    expect(calls).toEqual([]);
  });

  it('rejects a name outside the contract, including prototype keys', async () => {
    const { ipc, invoke } = fakeIpc();
    register(ipc, createDispatch(testHandlers([]), silentLogger), trusted);
    for (const name of ['app.nope', '__proto__', 'constructor', 42, null]) {
      const answer = await invoke({ sender: ownSender, senderFrame: ownFrame }, name, undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    }
  });

  it('unregisters', () => {
    const { ipc, handlers } = fakeIpc();
    const off = register(ipc, createDispatch(testHandlers([]), silentLogger), trusted);
    expect(handlers.has(REQUEST_CHANNEL)).toBe(true);
    off();
    expect(handlers.has(REQUEST_CHANNEL)).toBe(false);
  });
});
