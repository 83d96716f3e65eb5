import type { Tag } from '../../aliyun';

/**
 * A lineage is the line of one piece of the user's work: a disk, its snapshots, the disks restored
 * or moved from them and their snapshots in turn. It is named by its first disk's id and carried
 * as a tag, so it survives a move to another zone (the copy is a new disk) and a restore.
 */
export const LINEAGE_TAG_KEY = 'danlu:lineage';
/** The disk a snapshot was taken of (also in SourceDiskId, written down by Danlu with the lineage). */
export const SOURCE_DISK_TAG_KEY = 'danlu:disk';

const tagValue = (tags: readonly Tag[], key: string) => tags.find((t) => t.key === key)?.value;

/** A disk's lineage: the tag a copy or a restore carries, else its own id (it starts its line). */
export function diskLineage(disk: { diskId: string; tags: readonly Tag[] }): string {
  return tagValue(disk.tags, LINEAGE_TAG_KEY) ?? disk.diskId;
}

/** A snapshot's lineage: its tag, else (made by an older version) the disk it was taken of. */
export function snapshotLineage(snapshot: { snapshotId: string; sourceDiskId: string; tags: readonly Tag[] }): string {
  return tagValue(snapshot.tags, LINEAGE_TAG_KEY) ?? (snapshot.sourceDiskId || snapshot.snapshotId);
}

/** The tags that put a new disk in a lineage (none for a disk that starts its own). */
export function lineageTags(lineage: string | undefined): Tag[] {
  return lineage ? [{ key: LINEAGE_TAG_KEY, value: lineage }] : [];
}

/** The tags of a snapshot of `diskId` in `lineage`. */
export function snapshotLineageTags(diskId: string, lineage: string): Tag[] {
  return [
    { key: LINEAGE_TAG_KEY, value: lineage },
    { key: SOURCE_DISK_TAG_KEY, value: diskId },
  ];
}
