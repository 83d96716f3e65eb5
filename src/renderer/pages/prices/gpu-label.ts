import type { PriceOffer } from '../../../shared/prices';
import { gib } from '../../lib/format';

/** "1 × T4 · 16 GiB": GPUs, model and memory of one GPU, as a learner compares them. */
export function gpuLabel(offer: Pick<PriceOffer, 'gpuCount' | 'gpuModel' | 'gpuMemGiB'>, lang: string): string {
  return `${offer.gpuCount} × ${shortGpu(offer.gpuModel)} · ${gib(offer.gpuMemGiB, lang)}`;
}

/** The model without the vendor prefix every type shares. */
export function shortGpu(model: string): string {
  return model.replace(/^NVIDIA\s+/i, '');
}

export function offerKey(offer: Pick<PriceOffer, 'regionId' | 'zoneId' | 'instanceType'>): string {
  return `${offer.regionId}/${offer.zoneId}/${offer.instanceType}`;
}
