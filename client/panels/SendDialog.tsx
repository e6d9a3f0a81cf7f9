import { type CSSProperties, useEffect, useId, useRef, useState } from 'react';
import {
  SENDING_ADDRESSEE_MAX,
  SENDING_FORMATS,
  SENDING_MESSAGE_MAX,
  type SendingChannel,
  type SendingChoice,
  type SendingFormat,
  type SendingPreview,
  type SendingView,
} from '../../shared/api/sending';
import { exportFormats } from '../../shared/export/exportFormats';
import { exportProfileLabels } from '../../shared/export/exportProfile';
import { mailConfigured } from '../actionItems/reminderApi';
import { SubmissionKey } from '../api/submissionKey';
import { useApiResource } from '../api/useApiResource';
import { listLetters } from '../letters/lettersApi';
import { LetterChoice } from '../sending/LetterChoice';
import { downloadSending, previewSending, sendMinutes } from '../sending/sendingApi';
import { fileSize, parseRecipients } from '../sending/sendingTexts';
import { ModalDialog } from './ModalDialog';

interface SendDialogProps {
  documentId: string;
  onClose(): void;
  /** The sending was recorded (and mailed, or its files downloaded). */
  onSent(sending: SendingView): void;
}

const fieldsetStyle: CSSProperties = { border: 'none', margin: '0 0 1rem', padding: 0 };
const legendStyle: CSSProperties = { fontWeight: 600, marginBottom: '0.4rem', padding: 0 };
const choiceStyle: CSSProperties = { display: 'flex', gap: '0.5rem', alignItems: 'center', padding: '0.2rem 0' };

/**
 * « Envoyer… » a validated compte-rendu (SPEC D1–D6): to whom, which version and format, then
 * « Vérifier l’envoi » shows exactly the recipients and files the server will send; nothing
 * leaves before « Envoyer ». Without SMTP, or by choice, the sending is recorded as handed over
 * outside Minutier and its files are downloaded. A cover letter of the compte-rendu, when chosen,
 * is the first attachment (L8). Focus returns to the opener on close.
 */
export function SendDialog({ documentId, onClose, onSent }: SendDialogProps) {
  const id = useId();
  const mail = useApiResource('mail-settings', (signal) => mailConfigured(signal));
  const canMail = mail.status === 'ready' && mail.data;
  const [chosenChannel, setChosenChannel] = useState<SendingChannel>('email');
  const channel: SendingChannel = canMail ? chosenChannel : 'outside';
  const [addressee, setAddressee] = useState('');
  const [recipientsText, setRecipientsText] = useState('');
  const [profile, setProfile] = useState<'external' | 'internal'>('external');
  const [format, setFormat] = useState<SendingFormat>('pdf');
  const [withAnnexes, setWithAnnexes] = useState(false);
  const [message, setMessage] = useState('');
  const letters = useApiResource(`letters:${documentId}`, (signal) => listLetters(documentId, signal));
  // '' sends no letter; a letter deleted meanwhile is refused by the server with a French message.
  const [letterId, setLetterId] = useState('');
  const [preview, setPreview] = useState<SendingPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'send' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submission = useRef(new SubmissionKey());
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const choice: SendingChoice = {
    channel,
    recipients: channel === 'email' ? parseRecipients(recipientsText) : [],
    addressee: addressee.trim(),
    profile,
    format,
    ...(profile === 'internal' ? { withAnnexes } : {}),
    ...(message.trim() ? { message: message.trim() } : {}),
    ...(letterId ? { letterId } : {}),
  };
  const fingerprint = JSON.stringify(choice);
  const [previewed, setPreviewed] = useState<string | null>(null);
  // A preview stands for the choices it was made from only: any change asks to check again.
  const shown = preview && previewed === fingerprint ? preview : null;

  useEffect(() => {
    if (shown) previewHeading.current?.focus();
  }, [shown]);

  async function check() {
    setBusy('preview');
    setError(null);
    try {
      setPreview(await previewSending(documentId, choice));
      setPreviewed(fingerprint);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La vérification de l’envoi a échoué.');
    } finally {
      setBusy(null);
    }
  }

  async function send() {
    if (busy) return;
    setBusy('send');
    setError(null);
    try {
      const sending = await sendMinutes(documentId, { ...choice, confirm: true }, submission.current.for(fingerprint));
      if (sending.channel === 'outside') await downloadSending(documentId, sending);
      onSent(sending);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’envoi a échoué.');
      setBusy(null);
    }
  }

  return (
    <ModalDialog title="Envoyer le compte-rendu" onClose={onClose} size="wide">
      <form
        aria-busy={busy !== null}
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        {mail.status === 'ready' && !mail.data && (
          <p className="banner banner--warning">
            L’envoi d’e-mails n’est pas configuré sur ce serveur : l’envoi sera enregistré comme remis hors Minutier, et ses fichiers
            téléchargés pour que vous les transmettiez vous-même.
          </p>
        )}
        {canMail && (
          <fieldset style={fieldsetStyle}>
            <legend style={legendStyle}>Moyen d’envoi</legend>
            <label style={choiceStyle}>
              <input type="radio" name={`${id}-channel`} checked={channel === 'email'} onChange={() => setChosenChannel('email')} />
              Par e-mail depuis Minutier
            </label>
            <label style={choiceStyle}>
              <input type="radio" name={`${id}-channel`} checked={channel === 'outside'} onChange={() => setChosenChannel('outside')} />
              Remis en main propre ou envoyé hors Minutier (les fichiers sont téléchargés)
            </label>
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-addressee`}>Destinataire, tel qu’il apparaîtra sur le compte-rendu</label>
          <input
            id={`${id}-addressee`}
            data-autofocus
            value={addressee}
            maxLength={SENDING_ADDRESSEE_MAX}
            placeholder="le ministère de l’Intérieur"
            onChange={(event) => setAddressee(event.target.value)}
          />
        </div>
        {channel === 'email' && (
          <div className="field">
            <label htmlFor={`${id}-recipients`}>Adresses e-mail, une par ligne («&nbsp;Nom &lt;adresse&gt;&nbsp;» ou l’adresse seule)</label>
            <textarea id={`${id}-recipients`} rows={3} value={recipientsText} onChange={(event) => setRecipientsText(event.target.value)} />
          </div>
        )}
        <LetterChoice letters={letters.status === 'ready' ? letters.data : []} value={letterId} onChange={setLetterId} />
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>Version</legend>
          {(['external', 'internal'] as const).map((value) => (
            <label key={value} style={choiceStyle}>
              <input type="radio" name={`${id}-profile`} checked={profile === value} onChange={() => setProfile(value)} />
              {exportProfileLabels[value]}
            </label>
          ))}
          {profile === 'internal' && (
            <label style={choiceStyle}>
              <input type="checkbox" checked={withAnnexes} onChange={(event) => setWithAnnexes(event.target.checked)} />
              Joindre les annexes
            </label>
          )}
        </fieldset>
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>Format</legend>
          {SENDING_FORMATS.map((value) => (
            <label key={value} style={choiceStyle}>
              <input type="radio" name={`${id}-format`} checked={format === value} onChange={() => setFormat(value)} />
              {exportFormats[value].label}
            </label>
          ))}
        </fieldset>
        {channel === 'email' && (
          <div className="field">
            <label htmlFor={`${id}-message`}>Message (facultatif, ajouté au texte de l’e-mail)</label>
            <textarea id={`${id}-message`} rows={3} maxLength={SENDING_MESSAGE_MAX} value={message} onChange={(event) => setMessage(event.target.value)} />
          </div>
        )}

        {shown && (
          <section aria-labelledby={`${id}-preview`} className="send-preview">
            <h3 id={`${id}-preview`} ref={previewHeading} tabIndex={-1}>
              {channel === 'email' ? 'Ce qui sera envoyé' : 'Ce qui sera enregistré et téléchargé'}
            </h3>
            {channel === 'email' && (
              <>
                <p>
                  <strong>Objet :</strong> {shown.subject}
                </p>
                <p style={{ marginBottom: '0.2rem' }}>
                  <strong>{shown.recipients.length > 1 ? `${shown.recipients.length} destinataires :` : '1 destinataire :'}</strong>
                </p>
                <ul aria-label="Destinataires">
                  {shown.recipients.map((recipient) => (
                    <li key={recipient.email}>{recipient.name ? `${recipient.name} <${recipient.email}>` : recipient.email}</li>
                  ))}
                </ul>
              </>
            )}
            <p style={{ marginBottom: '0.2rem' }}>
              <strong>{shown.attachments.length > 1 ? 'Pièces jointes :' : 'Pièce jointe :'}</strong>
            </p>
            <ul aria-label="Pièces jointes" data-testid="send-attachments">
              {shown.attachments.map((file) => (
                <li key={file.name}>
                  {file.name} <span className="muted">({fileSize(file.size)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <p role="status" aria-live="polite" className="muted" style={{ margin: busy ? '0 0 1rem' : 0 }}>
          {busy === 'preview' ? 'Préparation des pièces jointes…' : busy === 'send' ? 'Envoi en cours…' : ''}
        </p>
        {error && (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions modal-dialog__footer">
          <button type="submit" className="button" disabled={busy !== null || mail.status === 'loading'}>
            Vérifier l’envoi
          </button>
          {shown && (
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void send()}>
              {channel === 'email' ? 'Envoyer' : 'Enregistrer comme remis hors Minutier'}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
