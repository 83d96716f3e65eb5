import { type ReactNode, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons, right-aligned at the bottom. */
  actions: ReactNode;
  onClose(): void;
  testId?: string;
}

/** A modal question: focus moves into it, Escape closes it, the page behind is dimmed. */
export function Dialog({ title, children, actions, onClose, testId }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>('input, button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);
  // Drawn at the top of the document, so it never inherits the layout of the button that opened it.
  return createPortal(
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} ref={box} data-testid={testId}>
        <h2>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>,
    document.body,
  );
}
