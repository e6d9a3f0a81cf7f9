import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import { changedAttributes } from './changedAttributes';

const newBlockLabels: Record<string, string> = {
  paragraph: 'Nouveau paragraphe',
  heading: 'Nouveau titre',
  blockquote: 'Nouvelle citation',
  bulletList: 'Nouvelle liste',
  orderedList: 'Nouvelle liste numérotée',
  listItem: 'Nouvel élément de liste',
  speakerTurn: 'Nouveau tour de parole',
  actionItem: 'Nouvel encadré « À suivre »',
  markedSection: 'Nouvelle section',
};

/** The French line shown for a block suggestion that has no words of its own. */
export function describeBlockSuggestion(node: PMNode, value: BlockSuggestion): string {
  switch (value.kind) {
    case 'insert':
      return newBlockLabels[node.type.name] ?? 'Nouveau bloc';
    case 'split':
      return 'Nouveau paragraphe';
    case 'join':
      return 'Fusion de paragraphes';
    case 'attrs':
      return `Attributs modifiés : ${changedAttributes(node.attrs, value.previous ?? {}).join(', ')}`;
  }
}
