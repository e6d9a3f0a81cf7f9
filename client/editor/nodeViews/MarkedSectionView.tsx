import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { markedSectionTitles, type MarkedSectionKind } from '../../../shared/schema/markedSection';
import { AddAnnexControl } from '../annexes/AddAnnexControl';
import { useDocumentContext } from './documentContext';

/**
 * « Annexes » and « Prochaines réunions »: titled, and marked as left out of the external
 * version; the secretariat and the coordination add annexes from « Annexes » (M12).
 */
export function MarkedSectionView({ node, editor }: ReactNodeViewProps) {
  const { attachAnnexes, editable, documentId } = useDocumentContext();
  const kind = node.attrs.kind as MarkedSectionKind;
  const title = markedSectionTitles[kind] ?? markedSectionTitles.annexes;
  return (
    <NodeViewWrapper as="section" className={`marked-section marked-section--${kind}`} aria-label={title}>
      <div className="marked-section__header" contentEditable={false}>
        <p className="marked-section__title">{title}</p>
        <p className="marked-section__note">Retiré de la version externe</p>
        {kind === 'annexes' && attachAnnexes && <AddAnnexControl editor={editor} documentId={documentId} disabled={!editable} />}
      </div>
      <NodeViewContent className="marked-section__content" />
    </NodeViewWrapper>
  );
}
