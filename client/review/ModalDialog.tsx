import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  onClose(): void;
  /** `wide` for documents (a version, a comparison), `narrow` for short forms. */
  size?: 'narrow' | 'wide';
  children: ReactNode;
}

/**
 * A modal `<dialog>`: the browser traps the focus inside and makes the page behind inert.
 * Rendered open; the parent unmounts it to close it, and the focus goes back to the button
 * that opened it. The element marked `data-autofocus` gets the focus first (React's
 * `autoFocus` would run before the dialog opens, and opening moves the focus).
 */
export function ModalDialog({ title, onClose, size = 'narrow', children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // A layout effect, so that the dialog closes while still in the page and the browser's
  // closing steps run (the page behind stops being inert).
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`review-dialog review-dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the owner unmounts the dialog, rather than the browser hiding it behind its back.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="review-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button review-dialog__close" onClick={onClose}>
          Fermer
        </button>
      </header>
      <div className="review-dialog__body">{children}</div>
    </dialog>
  );
}
