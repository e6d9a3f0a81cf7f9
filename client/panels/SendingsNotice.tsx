import { listSendings } from '../sending/sendingApi';
import { sendingLine } from '../sending/sendingTexts';
import { useApiResource } from '../api/useApiResource';

interface SendingsNoticeProps {
  documentId: string;
  /** Changes after a sending from this page, to read the list again. */
  refreshKey: number;
}

/**
 * Under the validation statement: each recorded sending of the compte-rendu (D6), « Envoyé au
 * ministère de l’Intérieur le 3 mars 2014 (par e-mail à 2 destinataires) ». Nothing when none.
 */
export function SendingsNotice({ documentId, refreshKey }: SendingsNoticeProps) {
  const sendings = useApiResource(`sendings:${documentId}:${refreshKey}`, (signal) => listSendings(documentId, signal));
  if (sendings.status !== 'ready' || sendings.data.length === 0) return null;
  return (
    <ul className="sendings-notice" style={{ listStyle: 'none', padding: 0, margin: '0 0 1rem' }} aria-label="Envois du compte-rendu" data-testid="sendings-notice">
      {sendings.data.map((sending) => (
        <li key={sending.id} title={`Par ${sending.sentBy.name} : ${sending.files.map((file) => file.name).join(', ')}`}>
          {sendingLine(sending)}
        </li>
      ))}
    </ul>
  );
}
