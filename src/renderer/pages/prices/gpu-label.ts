import type { PriceOffer } from '../../../shared/prices';
import { msg, renderMessage } from '../../../shared/words/message';
import { gib } from '../../lib/format';

const NBSP = '\u00a0';

/**
 * "1 × T4 · 16 GiB", "8 × H20 · 96 GiB each": GPUs, model and the memory of one GPU (said to be
 * per GPU when there are several), as a learner compares them.
 */
export function gpuLabel(offer: Pick<PriceOffer, 'gpuCount' | 'gpuModel' | 'gpuMemGiB'>, lang: string): string {
  // No-break spaces keep "1 × T4" and "16 GiB" whole: a narrow cell breaks at the dot between them.
  const memory = gib(offer.gpuMemGiB, lang).replace(' ', NBSP);
  const each = offer.gpuCount === 1 ? memory : renderMessage(msg('prices.gpuEach', { memory }), lang);
  return `${offer.gpuCount}${NBSP}×${NBSP}${shortGpu(offer.gpuModel)} · ${each}`;
}

/** The model without the vendor prefix every type shares. */
export function shortGpu(model: string): string {
  return model.replace(/^NVIDIA\s+/i, '');
}

export function offerKey(offer: Pick<PriceOffer, 'regionId' | 'zoneId' | 'instanceType'>): string {
  return `${offer.regionId}/${offer.zoneId}/${offer.instanceType}`;
}
