import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { manualTicker } from '../../../../tests/support/meter-harness';
import { InterfaceWatch } from './interface-watch';

const nic = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});

describe('the interface watch', () => {
  it('says so when an external address comes, goes or changes, and only then', () => {
    const clock = manualTicker();
    let interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = { lo: [nic('127.0.0.1', true)], wlan0: [nic('192.168.1.5')] };
    const watch = new InterfaceWatch({ ticker: clock.ticker, read: () => interfaces });
    let changes = 0;
    const stop = watch.subscribe(() => {
      changes += 1;
    });
    const tick = () => {
      for (const run of clock.armed) run();
    };
    tick();
    expect(changes).toBe(0);
    interfaces = { lo: [nic('127.0.0.2', true)], wlan0: [nic('192.168.1.5')] };
    tick();
    expect(changes).toBe(0); // loopback is no network
    interfaces = { ...interfaces, wlan0: [nic('10.0.0.8')] };
    tick();
    tick();
    expect(changes).toBe(1);
    interfaces = { ...interfaces, tun0: [nic('172.16.0.2')] };
    tick();
    expect(changes).toBe(2);
    stop();
    expect(clock.armed).toEqual([]);
  });
});
