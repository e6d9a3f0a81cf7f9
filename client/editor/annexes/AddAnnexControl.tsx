import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/core';
import type { NewAnnex } from '../../../shared/schema/annex';
import { ApiRequestError } from '../../api/http';
import { SubmissionKey } from '../../api/submissionKey';
import { LinkMinutesAnnexDialog } from '../../panels/LinkMinutesAnnexDialog';
import { skipSuggestMeta } from '../suggestMode';
import { ANNEX_ACCEPT } from '../../../shared/api/annexes';
import { uploadAnnexFile } from './annexesApi';
import { annexFilesStore } from './annexFilesStore';
import { annexLabelOf } from './linkedMinutesLabel';

interface AddAnnexControlProps {
  editor: Editor;
  documentId: string;
  disabled: boolean;
}

type Upload = { state: 'idle' } | { state: 'sending'; percent: number } | { state: 'failed'; message: string };

/**
 * The annex itself, never a suggestion: the file is already on the server, and a link to a
 * compte-rendu is the secretariat's own act.
 */
const insertAnnex = (editor: Editor, annex: NewAnnex): boolean => editor.chain().setMeta(skipSuggestMeta, true).insertAnnex(annex).run();

/**
 * « Ajouter une annexe » in the « Annexes » section, for the secretariat and the coordination
 * (M12): « Joindre un fichier… » uploads it with its progress, then adds the annex; « Lier un
 * compte-rendu… » picks another compte-rendu of the collective. The server's message says
 * why a file is refused (too large, not a document).
 */
export function AddAnnexControl({ editor, documentId, disabled }: AddAnnexControlProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [linking, setLinking] = useState(false);
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const sending = useRef<AbortController | null>(null);
  // The same file picked again after a failed upload is the same submission: one annex (A17).
  const submission = useRef(new SubmissionKey());

  // A section removed while its file is on its way: the upload stops with it.
  useEffect(() => () => sending.current?.abort(), []);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // The dialog's own keys reach here through its portal: Échap there closes the dialog only.
    if (event.key === 'Escape' && open && !linking) {
      event.preventDefault();
      close();
    }
  };

  const send = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOpen(false);
    const controller = new AbortController();
    sending.current = controller;
    setUpload({ state: 'sending', percent: 0 });
    try {
      const key = submission.current.for(`${documentId}|${file.name}|${file.size}|${file.lastModified}`);
      const stored = await uploadAnnexFile(
        documentId,
        file,
        key,
        ({ sent, total }) => setUpload({ state: 'sending', percent: total > 0 ? Math.floor((sent / total) * 100) : 0 }),
        controller.signal,
      );
      submission.current.reset();
      annexFilesStore(documentId).add(stored);
      // The server's safe name (N3): no folder, no bidirectional trick in what everyone reads.
      insertAnnex(editor, { kind: 'file', annexId: stored.id, label: annexLabelOf(stored.name) || annexLabelOf(file.name) });
      setUpload({ state: 'idle' });
    } catch (failure) {
      if (controller.signal.aborted) return;
      setUpload({ state: 'failed', message: failure instanceof ApiRequestError ? failure.message : 'L’envoi du fichier a échoué.' });
    } finally {
      if (sending.current === controller) sending.current = null;
    }
  };

  const busy = upload.state === 'sending';
  return (
    <div className="add-annex" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="node-control-button"
        aria-expanded={open}
        aria-controls={`${id}-choices`}
        disabled={disabled || busy}
        onClick={() => setOpen(!open)}
      >
        Ajouter une annexe
      </button>
      {open && (
        <div id={`${id}-choices`} className="add-annex__choices" role="group" aria-label="Ajouter une annexe">
          <button type="button" className="node-control-button" autoFocus onClick={() => fileInput.current?.click()}>
            Joindre un fichier…
          </button>
          <button
            type="button"
            className="node-control-button"
            // The choices stay: the dialog gives the focus back to this button when it closes.
            onClick={() => setLinking(true)}
          >
            Lier un compte-rendu…
          </button>
        </div>
      )}
      <input ref={fileInput} type="file" accept={ANNEX_ACCEPT} hidden aria-label="Fichier à joindre" onChange={send} />
      <p className="add-annex__status" role="status">
        {busy && `Envoi\u00A0: ${upload.percent}\u00A0%`}
      </p>
      {upload.state === 'failed' && (
        <p className="add-annex__error" role="alert">
          {upload.message}
        </p>
      )}
      {/* In the page's body, not the document's: the dialog's keys never reach the editor. */}
      {linking &&
        createPortal(
          <LinkMinutesAnnexDialog
            documentId={documentId}
            onClose={() => setLinking(false)}
            onLink={(minutes) => {
              insertAnnex(editor, { kind: 'minutes', documentId: minutes.id, label: minutes.label });
              setLinking(false);
            }}
          />,
          document.body,
        )}
    </div>
  );
}
