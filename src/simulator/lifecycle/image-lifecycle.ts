import type { CustomImage } from '../state/resources';
import type { World } from '../state/world';

/** CreateImage: Creating until its snapshots are accomplished and the image build time has passed → Available. */
export function buildImage(world: World, image: CustomImage): void {
  world.store.images.set(image.id, image);
  const check = (due: number) => {
    if (world.store.images.get(image.id) !== image || image.status !== 'Creating') return;
    const snapshots = image.mappings.map((m) => world.store.snapshots.get(m.snapshotId));
    if (snapshots.some((s) => !s || s.status === 'failed')) {
      image.status = 'CreateFailed';
      return;
    }
    if (snapshots.every((s) => s?.status === 'accomplished') && due >= image.completesAt) {
      image.status = 'Available';
      return;
    }
    // Snapshots still copying (e.g. waiting for the instance host): look again shortly.
    world.timers.at(image.id, Math.max(due + 1_000, image.completesAt), check);
  };
  world.timers.at(image.id, image.completesAt, check);
}

/** Progress of a custom image as DescribeImages reports it. */
export function imageProgress(image: CustomImage, now: number): string {
  if (image.status !== 'Creating') return '100%';
  const total = Math.max(1, image.completesAt - image.createdAt);
  return `${Math.min(99, Math.max(0, Math.floor(((now - image.createdAt) / total) * 100)))}%`;
}
