import { Fragment } from 'react';

/**
 * An identifier (zone, instance type, resource id) as code: never translated, and when it must
 * wrap, wrapped after a "." or "-" rather than in the middle of a word.
 */
export function Id({ text, testId }: { text: string; testId?: string }) {
  const parts = text.split(/(?<=[.\-_/:])/);
  return (
    <span className="mono id" translate="no" data-testid={testId}>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one id never move.
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
