/**
 * Every typed action, one module per area. createAliyunApi binds whatever these modules export
 * as a value, so a new action needs no list of its own: export it from its area's module (and a
 * new module from here).
 */
export * from './account';
export * from './disks';
export * from './images';
export * from './instance-lifecycle';
export * from './instance-types';
export * from './instances';
export * from './key-pairs';
export * from './price';
export * from './regions-zones';
export * from './run-instances';
export * from './security-groups';
export * from './shared-types';
export * from './snapshots';
export * from './spot-prices';
export * from './tags';
export * from './vpc';
