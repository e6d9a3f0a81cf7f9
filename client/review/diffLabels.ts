import type { BlockDiff } from '../../shared/review/diffDocuments';

/** Words for a block's status, shown beside changed blocks: the colour is never alone. */
export const blockStatusLabels: Record<BlockDiff['status'], string> = {
  equal: 'inchangé',
  added: 'ajouté',
  removed: 'supprimé',
  modified: 'modifié',
};

/** The id of the n-th block of a diff view, for the list of changes to jump to. */
export const diffBlockId = (prefix: string, index: number) => `${prefix}-block-${index}`;
