import { useEffect, useRef } from 'react';
import type { EventName, PayloadOf } from '../../shared/contract';
import { danlu } from './danlu';

/** Listens to one event of the contract while the component is mounted. */
export function useDanluEvent<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => danlu().on(name, (payload) => latest.current(payload)), [name]);
}
