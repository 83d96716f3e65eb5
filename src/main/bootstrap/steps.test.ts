import { describe, expect, it } from 'vitest';
import { remoteSteps, type StepInputs } from './steps';

const inputs = (driver?: boolean): StepInputs => ({
  target: {
    host: '192.0.2.1',
    privateKey: 'unused',
    publicKey: 'ssh-ed25519 AAAA test',
    regionId: 'us-west-1',
    dataDiskSerial: 'abc',
    publicIp: '192.0.2.1',
  },
  options: { password: 'notebook-pass', ...(driver === undefined ? {} : { driver }) },
  token: 'token',
  certificate: { certPem: 'PEM', fingerprint256: 'AB' },
});

describe('the remote steps', () => {
  it('install the NVIDIA driver unless the machine is a set-up on a CPU, and nothing waits for a step left out', () => {
    const ids = (driver?: boolean) => remoteSteps(inputs(driver)).map((s) => s.id);
    expect(ids()).toContain('nvidia');
    expect(ids(true)).toEqual(ids());
    const cpu = remoteSteps(inputs(false));
    expect(cpu.map((s) => s.id)).toEqual(ids().filter((id) => id !== 'nvidia'));
    expect(cpu.flatMap((s) => s.after ?? [])).not.toContain('nvidia');
  });
});
