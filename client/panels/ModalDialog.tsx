import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { keepFocusInside, keepTabInside } from '../a11y/dialogFocus';

interface ModalDialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** `wide` for tables and reports; `document` for reading a whole compte-rendu (a version, a comparison). */
  size?: 'normal' | 'wide' | 'document';
}

/**
 * A native modal `<dialog>`: the browser makes the page behind inert, Tab cycles inside it
 * and the focus stays in it while a button is busy; Escape closes it, and the focus goes back
 * to what opened it. The element marked `data-autofocus` gets the focus first (React's
 * `autoFocus` runs before the dialog opens).
 */
export function ModalDialog({ title, onClose, children, size = 'normal' }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // A layout effect, so that the dialog is closed while still in the page: the browser
  // then runs its closing steps, and the focus goes back to the button that opened it.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const stopKeepingFocus = keepFocusInside(element);
    return () => {
      stopKeepingFocus();
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog modal-dialog--${size}`}
      aria-labelledby={titleId}
      // Focused by script only, while the focused button inside is busy (keepFocusInside).
      tabIndex={-1}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        // Escape: let the owner unmount us rather than the browser hiding us behind its back.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-dialog__close" onClick={onClose} aria-label="Fermer">
          ×
        </button>
      </div>
      <div className="modal-dialog__body">{children}</div>
    </dialog>
  );
}
