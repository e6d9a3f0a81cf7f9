import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import '../styles/secretField.css';

interface SecretFieldProps {
  label: string;
  value: string;
  /** Said under the field: who to give it to, when it expires, that it is shown once… */
  children?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A one-time link or token to hand over by hand (no mail server is assumed): shown whole in
 * a read-only field, selected on focus, with a « Copier » button. A wrapping text area, not
 * a one-line input: the whole secret shows at once, and with room between its lines an « _ »
 * is not lost under the next line or the field's edge (secrets are read out at times).
 */
export function SecretField({ label, value, children }: SecretFieldProps) {
  const fieldId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    if (copy === 'idle') return;
    const timer = setTimeout(() => setCopy('idle'), 4000);
    return () => clearTimeout(timer);
  }, [copy]);

  async function handleCopy() {
    setCopy((await copyText(value, input.current)) ? 'copied' : 'failed');
  }

  return (
    <div className="secret-field">
      <label htmlFor={fieldId}>{label}</label>
      <div className="secret-field__row">
        <textarea
          id={fieldId}
          ref={input}
          className="secret-field__value"
          value={value}
          readOnly
          rows={2}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={children ? `${fieldId}-hint` : undefined}
        />
        <button type="button" className="button" onClick={handleCopy}>
          Copier
        </button>
      </div>
      <p className="secret-field__status" role="status">
        {copy === 'copied' && 'Copié dans le presse-papiers.'}
        {copy === 'failed' && 'Copie impossible : sélectionnez le texte et copiez-le (Ctrl+C).'}
      </p>
      {children && (
        <div className="secret-field__hint" id={`${fieldId}-hint`}>
          {children}
        </div>
      )}
    </div>
  );
}

/**
 * The Clipboard API needs a secure context (HTTPS or localhost); on a plain-HTTP intranet
 * the older selection copy still works.
 */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, no focus): fall back to the selection below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
