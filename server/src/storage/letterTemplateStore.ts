import type { LetterTemplate } from '../../../shared/api/letters';

/** The letter template of each collective (SPEC L6): absent until its coordination saves one. */
export interface LetterTemplateStore {
  get(collectiveId: string): Promise<LetterTemplate | undefined>;
  put(collectiveId: string, template: LetterTemplate): Promise<void>;
  close(): Promise<void>;
}
