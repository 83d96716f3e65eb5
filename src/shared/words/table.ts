import type { Localized } from '../localized';

/** A word table: every key starts with its area (the table's file name), each text in both UI languages. */
export type Words<Area extends string> = Record<`${Area}.${string}`, Localized>;
