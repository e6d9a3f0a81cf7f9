import { NodeViewWrapper, useEditorState, type ReactNodeViewProps } from '@tiptap/react';
import { annexHeading } from '../../../shared/schema/annex';
import { minutesLink } from '../../../shared/schema/valueRules';
import { Link } from '../../router/Link';
import { annexFilePath } from '../annexes/annexesApi';
import { AnnexLabelEditor } from '../annexes/AnnexLabelEditor';
import { annexNumberAt } from '../annexes/annexNumber';
import { frenchFileSize } from '../annexes/fileSize';
import { useAnnexFile } from '../annexes/useAnnexFile';
import { useDocumentContext } from './documentContext';
import { textAttribute } from './textAttribute';
import '../../styles/annexes.css';

/** What an annex is called before it has a label of its own. */
const untitled = (kind: string): string => (kind === 'minutes' ? 'Compte-rendu annexé' : 'Pièce jointe');

/** The file of an annex: its name and size, and « Télécharger » (the server answers it as an attachment). */
function AnnexFileLine({ documentId, annexId }: { documentId: string; annexId: string }) {
  const file = useAnnexFile(documentId, annexId);
  return (
    <p className="annex__detail">
      {file.state === 'known' && (
        <span className="annex__file">
          {file.file.name} <span className="annex__size">({frenchFileSize(file.file.size)})</span>
        </span>
      )}
      {file.state === 'loading' && <span className="annex__file">Fichier joint…</span>}
      {file.state === 'unavailable' && <span className="annex__file annex__file--unavailable">{file.message}</span>}{' '}
      {file.state !== 'unavailable' && (
        <a className="annex__action" href={annexFilePath(documentId, annexId)} download={file.state === 'known' ? file.file.name : ''}>
          Télécharger
        </a>
      )}
    </p>
  );
}

/**
 * « Annexe 2 — Compte-rendu de la réunion du 18 octobre 2013 » (M12): an attached file with its
 * size and « Télécharger », or a linked compte-rendu that opens. The number follows the
 * annexes before it; writers rename or remove the annex (its file stays on the server).
 */
export function AnnexView({ node, editor, getPos, selected, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { writer, editable, documentId } = useDocumentContext();
  const kind = node.attrs.kind === 'minutes' ? 'minutes' : 'file';
  const label = textAttribute(node.attrs.label);
  const annexId = textAttribute(node.attrs.annexId);
  const linked = textAttribute(node.attrs.documentId);
  const number = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const pos = getPos();
      return typeof pos === 'number' ? annexNumberAt(current.state.doc, pos) : 1;
    },
  });
  const heading = annexHeading(number, label || untitled(kind));

  return (
    <NodeViewWrapper
      as="div"
      className={`annex annex--${kind}${selected ? ' annex--selected' : ''}`}
      role="group"
      aria-label={heading}
      data-annex-number={number}
    >
      <div className="annex__body" contentEditable={false}>
        <p className="annex__heading">{heading}</p>
        {kind === 'file' ? (
          <AnnexFileLine documentId={documentId} annexId={annexId} />
        ) : (
          <p className="annex__detail">
            <Link className="annex__action" to={minutesLink(linked)}>
              Ouvrir le compte-rendu
            </Link>
          </p>
        )}
        {writer && (
          <div className="annex__controls">
            <AnnexLabelEditor label={label} disabled={!editable} onRename={(next) => updateAttributes({ label: next })} />
            <button
              type="button"
              className="node-control-button"
              disabled={!editable}
              aria-label={`Retirer l’annexe ${number}`}
              onClick={() => deleteNode()}
            >
              Retirer
            </button>
          </div>
        )}
      </div>
    </NodeViewWrapper>
  );
}
