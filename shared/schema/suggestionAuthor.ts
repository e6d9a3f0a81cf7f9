/**
 * Who proposed a suggestion. Carried by every suggestion mark and block attribute, so
 * the attribution travels with the text in the CRDT; the relay checks that a
 * suggestion-only connection only writes its own user id (see SPEC R21).
 */
export interface SuggestionAuthor {
  /** Server user id of the author. */
  userId: string;
  /** Display name (« Hélène De Rugy »). */
  author: string;
  /** The author's association (« Amicale du Nid »), or '' for none. */
  association: string;
}

export interface SuggestionMarkAttributes extends SuggestionAuthor {
  /** One suggestion = one id, shared by all its marks and block attributes. */
  id: string;
}

/** Tiptap attribute specs for the fields of a suggestion mark, stored as data-* in HTML. */
export function suggestionMarkAttributes() {
  const field = (name: keyof SuggestionMarkAttributes) => ({
    default: '',
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-suggestion-${name}`) ?? '',
    renderHTML: (attributes: Record<string, unknown>) => ({ [`data-suggestion-${name}`]: attributes[name] }),
  });
  return { id: field('id'), userId: field('userId'), author: field('author'), association: field('association') };
}
