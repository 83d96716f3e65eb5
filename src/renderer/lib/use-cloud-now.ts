import { useRef } from 'react';
import { useNow } from './use-now';

/**
 * The cloud's time now, re-read every second: the moment of the meter's last view plus the wall
 * time since. Session and step times are the cloud's (the demo's simulator may run faster).
 */
export function useCloudNow(cloudAt: string | undefined): number {
  const now = useNow(1000);
  const anchor = useRef<{ cloud: number; wall: number } | null>(null);
  const cloud = cloudAt ? Date.parse(cloudAt) : Number.NaN;
  if (Number.isFinite(cloud) && anchor.current?.cloud !== cloud) anchor.current = { cloud, wall: Date.now() };
  return anchor.current ? anchor.current.cloud + Math.max(0, now - anchor.current.wall) : now;
}
