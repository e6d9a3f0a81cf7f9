import { useId, useRef, useState } from 'react';
import { NodeViewContent, NodeViewWrapper, useEditorState, type ReactNodeViewProps } from '@tiptap/react';
import { useDocumentContext } from './documentContext';
import { speakerTurnName } from './accessibleNames';
import { SpeakerTurnForm } from './SpeakerTurnForm';
import { textAttribute } from './textAttribute';
import { turnHeadingLevel } from './turnHeadingLevel';

/**
 * A « tour de parole »: the organisation as a small heading, the person and function when
 * known, then what was said. The speaker is changed with « @ » in the text, or here.
 */
export function SpeakerTurnView({ node, editor, getPos, updateAttributes, selectionInside }: ReactNodeViewProps) {
  const { writer, editable, participants } = useDocumentContext();
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const speaker = {
    organisation: textAttribute(node.attrs.organisation),
    person: textAttribute(node.attrs.person),
    role: textAttribute(node.attrs.role),
  };
  const organisation = speaker.organisation.trim();
  const personLine = [speaker.person, speaker.role].map((part) => part.trim()).filter(Boolean).join(', ');
  const open = editable && editing;
  const headingLevel = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const pos = getPos();
      return typeof pos === 'number' ? turnHeadingLevel(current.state.doc, pos) : 2;
    },
  });

  const finish = () => {
    setEditing(false);
    editButton.current?.focus();
  };

  return (
    <NodeViewWrapper
      // A group, not a region: a compte-rendu has dozens of turns, too many for landmarks.
      as="div"
      role="group"
      className={`speaker-turn${selectionInside ? ' speaker-turn--current' : ''}`}
      aria-label={speakerTurnName(speaker)}
    >
      <div className="speaker-turn__header" contentEditable={false}>
        <p className="speaker-turn__speaker" role="heading" aria-level={headingLevel}>
          <span className={`speaker-turn__organisation${organisation ? '' : ' speaker-turn__organisation--missing'}`}>
            {organisation || 'Intervenant à préciser'}
          </span>
          {personLine && <span className="speaker-turn__person">{personLine}</span>}
        </p>
        {writer && (
          <button
            ref={editButton}
            type="button"
            className="node-control-button node-control-button--reveal"
            aria-label="Modifier l’intervenant"
            aria-expanded={open}
            aria-controls={open ? formId : undefined}
            disabled={!editable}
            onClick={() => setEditing(!editing)}
          >
            Modifier
          </button>
        )}
      </div>
      {open && (
        <div contentEditable={false}>
          <SpeakerTurnForm
            id={formId}
            speaker={speaker}
            participants={participants}
            onChange={updateAttributes}
            onDone={finish}
          />
        </div>
      )}
      <NodeViewContent className="speaker-turn__content" />
    </NodeViewWrapper>
  );
}
