import type { Node as PMNode } from '@tiptap/pm/model';
import demoMinutes from '../../../server/src/demo/compte-rendu-2013-11-22.json';
import { minutesSchema } from '../../schema/proseMirrorSchema';
import type { BlockSuggestion } from '../../schema/blockSuggestion';
import type { SuggestionAuthor } from '../../schema/suggestionAuthor';

export const HELENE: SuggestionAuthor = { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' };
export const MAGALI: SuggestionAuthor = {
  userId: 'u-magali',
  author: 'Magali Poirier',
  association: 'Association du foyer Jorbalan (AFJ)',
};

type Json = Record<string, unknown>;

/** The demo compte-rendu as a ProseMirror document. */
export const demoDocument = (): PMNode => minutesSchema().nodeFromJSON(demoMinutes.content);

export const doc = (...content: Json[]): PMNode => minutesSchema().nodeFromJSON({ type: 'doc', content });

export const text = (value: string, ...marks: Json[]): Json =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };

export const paragraph = (...content: Json[]): Json => ({ type: 'paragraph', content });

export const block = (type: string, attrs: Json, ...content: Json[]): Json => ({ type, attrs, content });

export const insertion = (id: string, author: SuggestionAuthor = HELENE): Json => ({
  type: 'insertion',
  attrs: { id, ...author },
});

export const deletion = (id: string, author: SuggestionAuthor = HELENE): Json => ({
  type: 'deletion',
  attrs: { id, ...author },
});

export const suggestionAttr = (
  id: string,
  kind: BlockSuggestion['kind'],
  author: SuggestionAuthor = HELENE,
  previous?: Record<string, unknown>,
): { suggestion: BlockSuggestion } => ({
  suggestion: previous ? { id, kind, ...author, previous } : { id, kind, ...author },
});

/** A paragraph carrying a block suggestion. */
export const suggestedParagraph = (suggestion: { suggestion: BlockSuggestion }, ...content: Json[]): Json => ({
  type: 'paragraph',
  attrs: suggestion,
  content,
});
