import type { CommentMention } from '../../shared/api/comments';

export interface CommentDraftText {
  body: string;
  mentions: CommentMention[];
}

/**
 * What is being typed in the comment forms, kept apart from them: the margin panel is
 * unmounted while another tab is open, and coming back must find the words where they were.
 * Keyed by `NEW_COMMENT` or by the thread replied to.
 */
export class CommentDrafts {
  private readonly texts = new Map<string, CommentDraftText>();

  get(key: string): CommentDraftText | undefined {
    return this.texts.get(key);
  }

  has(key: string): boolean {
    return this.texts.has(key);
  }

  /** Keeps `text`, or forgets the key when nothing is typed any more. */
  set(key: string, text: CommentDraftText): void {
    if (text.body === '' && text.mentions.length === 0) this.texts.delete(key);
    else this.texts.set(key, text);
  }

  delete(key: string): void {
    this.texts.delete(key);
  }
}

export const NEW_COMMENT = 'new';
