import type { AnyExtension } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { ActionItem } from '../../../shared/schema/actionItem';
import { Annex } from '../../../shared/schema/annex';
import { MarkedSection } from '../../../shared/schema/markedSection';
import { MeasureRef } from '../../../shared/schema/measureRef';
import { SpeakerTurn } from '../../../shared/schema/speakerTurn';
import { ActionItemView } from './ActionItemView';
import { AnnexView } from './AnnexView';
import { MarkedSectionView } from './MarkedSectionView';
import { MeasureRefView } from './MeasureRefView';
import { SpeakerTurnView } from './SpeakerTurnView';
import '../../styles/nodeControls.css';

/**
 * The shared nodes with their editor views. `extend` only adds a view: the schema, and so
 * the documents, stay exactly those of `shared/schema` (changing them would need R15).
 */
const withViews: Record<string, AnyExtension> = {
  [SpeakerTurn.name]: SpeakerTurn.extend({ addNodeView: () => ReactNodeViewRenderer(SpeakerTurnView) }),
  [ActionItem.name]: ActionItem.extend({ addNodeView: () => ReactNodeViewRenderer(ActionItemView) }),
  [MeasureRef.name]: MeasureRef.extend({ addNodeView: () => ReactNodeViewRenderer(MeasureRefView) }),
  [MarkedSection.name]: MarkedSection.extend({ addNodeView: () => ReactNodeViewRenderer(MarkedSectionView) }),
  [Annex.name]: Annex.extend({ addNodeView: () => ReactNodeViewRenderer(AnnexView) }),
};

/** `extensions` with every shared node that has a view swapped for its viewed version. */
export function withNodeViews(extensions: readonly AnyExtension[]): AnyExtension[] {
  return extensions.map((extension) => withViews[extension.name] ?? extension);
}
