import type { PriceOffer } from '../../../shared/prices';
import { msg, renderMessage } from '../../../shared/words/message';
import { gib } from '../../lib/format';

/**
 * "1 × T4 · 16 GiB", "8 × H20 · 96 GiB each": GPUs, model and the memory of one GPU (said to be
 * per GPU when there are several), as a learner compares them.
 */
export function gpuLabel(offer: Pick<PriceOffer, 'gpuCount' | 'gpuModel' | 'gpuMemGiB'>, lang: string): string {
  const memory = gib(offer.gpuMemGiB, lang);
  const each = offer.gpuCount === 1 ? memory : renderMessage(msg('prices.gpuEach', { memory }), lang);
  return `${offer.gpuCount} × ${shortGpu(offer.gpuModel)} · ${each}`;
}

/** The model without the vendor prefix every type shares. */
export function shortGpu(model: string): string {
  return model.replace(/^NVIDIA\s+/i, '');
}

export function offerKey(offer: Pick<PriceOffer, 'regionId' | 'zoneId' | 'instanceType'>): string {
  return `${offer.regionId}/${offer.zoneId}/${offer.instanceType}`;
}
