import { describe, expect, it } from 'vitest';
import { PaygModel, referencePayg } from './payg-model';

const t4 = { gpuModel: 'NVIDIA T4', gpuCount: 1, gpuMemGiB: 16, vcpu: 4, memoryGiB: 15 };
const a10 = { gpuModel: 'NVIDIA A10', gpuCount: 1, gpuMemGiB: 24, vcpu: 8, memoryGiB: 30 };

describe('PaygModel', () => {
  it('returns an exact observation as exact', () => {
    const model = new PaygModel({ 'us-west-1|ecs.t4': { price: 8.5, at: 'x' } });
    expect(model.estimate('us-west-1', 'ecs.t4', t4)).toEqual({ price: 8.5, exact: true });
  });

  it('starts from the reference price when nothing was seen', () => {
    expect(new PaygModel({}).estimate('us-west-1', 'ecs.t4', t4)).toEqual({
      price: Math.round(referencePayg(t4) * 1000) / 1000,
      exact: false,
    });
  });

  it('learns a type level from other regions and a region level from other types', () => {
    // T4 is 2× its reference in us-west-1; ap-southeast-1 prices everything 1.5× us-west-1.
    const ref = referencePayg(t4);
    const refA10 = referencePayg(a10);
    const facts = (type: string) => (type === 'ecs.t4' ? t4 : a10);
    const model = new PaygModel(
      {
        'us-west-1|ecs.t4': { price: 2 * ref, at: 'x' },
        'us-west-1|ecs.a10': { price: refA10, at: 'x' },
        'ap-southeast-1|ecs.a10': { price: 1.5 * refA10, at: 'x' },
      },
      facts,
    );
    const estimate = model.estimate('ap-southeast-1', 'ecs.t4', t4);
    expect(estimate.exact).toBe(false);
    expect(estimate.price).toBeCloseTo(3 * ref, 1);
  });
});
