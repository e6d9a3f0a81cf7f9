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

const blockNames: Record<string, string> = {
  paragraph: 'paragraphe',
  heading: 'titre',
  blockquote: 'citation',
};

/** « paragraphe », « titre de niveau 3 » */
function blockName(typeName: string, attrs: Record<string, unknown>): string {
  const label = blockNames[typeName] ?? typeName;
  return typeName === 'heading' && typeof attrs.level === 'number' ? `${label} de niveau ${attrs.level}` : label;
}

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
      if (value.previousType) return `Type de bloc : ${blockName(value.previousType, value.previous ?? {})} → ${blockName(node.type.name, node.attrs)}`;
      return `Attributs modifiés : ${changedAttributes(node.attrs, value.previous ?? {}).join(', ')}`;
  }
}
