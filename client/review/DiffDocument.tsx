import type { BlockDiff } from '../../shared/review/diffDocuments';
import { DiffOps } from './DiffOps';
import { hasHeaderLine, splitHeaderLine } from './diffLines';
import { blockStatusLabels, diffBlockId } from './diffLabels';

function DiffBlockView({ block, id }: { block: BlockDiff; id: string }) {
  const { header, body } = hasHeaderLine(block.type) ? splitHeaderLine(block.ops) : { header: [], body: block.ops };
  const badge = block.status !== 'equal' && <span className="review-diff-badge">{blockStatusLabels[block.status]}</span>;
  const headerLine = hasHeaderLine(block.type) && (
    <p className={block.type === 'speakerTurn' ? 'review-turn__speaker' : 'review-action-item__title'}>
      {block.type === 'actionItem' && 'À suivre '}
      <DiffOps ops={header} />
      {badge}
    </p>
  );
  const className = {
    speakerTurn: 'review-turn',
    actionItem: 'review-action-item',
    heading: 'review-diff-heading',
  }[block.type];
  return (
    <div id={id} tabIndex={-1} className={`review-diff-block ${className ?? ''}`} data-status={block.status}>
      {headerLine}
      <p className="review-diff-text">
        <DiffOps ops={body} />
        {!headerLine && badge}
      </p>
    </div>
  );
}

/** Both versions as one document, in reading order, with what changed marked in place. */
export function DiffDocument({ blocks, idPrefix }: { blocks: BlockDiff[]; idPrefix: string }) {
  return (
    <div className="review-document review-diff-document" lang="fr">
      {blocks.map((block, index) => (
        <DiffBlockView key={index} block={block} id={diffBlockId(idPrefix, index)} />
      ))}
    </div>
  );
}
