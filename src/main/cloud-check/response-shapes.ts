import type { z } from 'zod';
import { ACTIONS, type ActionName, type ActionSpec } from '../aliyun';

/** A table of actions as the cloud client knows them (ACTIONS, or a test's variant of it). */
type ActionTable = Readonly<Record<string, Pick<ActionSpec, 'reads'>>>;

/**
 * What Danlu reads from each action's answer, taken from the action table (each row's `reads`);
 * a row that states none is refused, so no action goes unchecked by `npm run smoke:aliyun`.
 */
export function responseShapesFor(table: ActionTable): Record<string, z.ZodType> {
  return Object.fromEntries(
    Object.entries(table).map(([name, spec]) => {
      if (typeof spec.reads?.safeParse !== 'function') {
        throw new Error(`the action row ${name} states no answer shape (reads)`);
      }
      return [name, spec.reads];
    }),
  );
}

const RESPONSE_SHAPES: Record<string, z.ZodType> = responseShapesFor(ACTIONS);

/** Problems of one answer against the shape Danlu expects ([] when it fits). */
export function shapeProblems(action: ActionName, body: unknown): string[] {
  const parsed = RESPONSE_SHAPES[action]?.safeParse(body);
  if (!parsed || parsed.success) return [];
  return parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
}
