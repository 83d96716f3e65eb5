import { type ReactNode, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons, right-aligned at the bottom. */
  actions: ReactNode;
  onClose(): void;
  testId?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * A modal question: focus moves into it and stays there (Tab and Shift+Tab go round its own
 * controls), Escape closes it, the page behind is dimmed and cannot be reached, and on closing
 * the focus goes back to what opened it.
 */
export function Dialog({ title, children, actions, onClose, testId }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // The page behind cannot be clicked, tabbed to or read out while the question is open.
    const page = document.getElementById('root');
    if (page) page.inert = true;
    const focusable = () => [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    focusable()[0]?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusable();
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const inside = box.current?.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    // Capture: the dialog decides about Tab before anything on the page behind it.
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (page) page.inert = false;
      before?.focus?.();
    };
  }, []);
  // Drawn at the top of the document, so it never inherits the layout of the button that opened it.
  return createPortal(
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        ref={box}
        data-testid={testId}
      >
        <h2 id="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>,
    document.body,
  );
}

/** The buttons of a question whose answer destroys or risks something: Cancel, then the act itself. */
function CancelOrConfirm({
  label,
  testId,
  onConfirm,
  onCancel,
  enabled = true,
}: {
  label: string;
  testId: string;
  onConfirm(): void;
  onCancel(): void;
  /** False until the question is answered (a name typed to confirm). */
  enabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('shell.common.cancel')}
      </button>
      <button type="button" className="danger" data-testid={testId} onClick={onConfirm} disabled={!enabled}>
        {label}
      </button>
    </>
  );
}

/** A question whose answer destroys or risks something: Cancel (or Escape) closes it, the act is the other button. */
export function ConfirmDialog({
  title,
  confirmLabel,
  testId,
  confirmTestId,
  onConfirm,
  onClose,
  children,
  enabled = true,
}: {
  title: string;
  confirmLabel: string;
  testId?: string;
  confirmTestId: string;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
  /** False until the question is answered (a name typed to confirm). */
  enabled?: boolean;
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={testId}
      actions={
        <CancelOrConfirm
          label={confirmLabel}
          testId={confirmTestId}
          onConfirm={onConfirm}
          onCancel={onClose}
          enabled={enabled}
        />
      }
    >
      {children}
    </Dialog>
  );
}
