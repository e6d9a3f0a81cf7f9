import type { BlockDiff } from '../../shared/review/diffDocuments';
import { type MeasureTitles, measureName } from './measureNames';
import { blockStatusLabels } from './diffLabels';

interface DiffChangeListProps {
  blocks: BlockDiff[];
  titles: MeasureTitles;
  /** Brings the n-th block of the diff view into sight. */
  onShow(index: number): void;
}

/** The changed blocks named by what they are: « Tour de parole — Hors la Rue », measures by title. */
export function DiffChangeList({ blocks, titles, onShow }: DiffChangeListProps) {
  const changed = blocks.flatMap((block, index) => (block.status === 'equal' ? [] : [{ block, index }]));
  return (
    <ol className="review-change-list">
      {changed.map(({ block, index }) => (
        <li key={index} data-status={block.status}>
          <button type="button" className="review-link-button" onClick={() => onShow(index)}>
            {block.label}
          </button>{' '}
          <span className="review-change-status">({blockStatusLabels[block.status]})</span>
          {block.measures.length > 0 && (
            <ul className="review-change-measures">
              {block.measures.map((mention) => (
                <li key={`${mention.plan}/${mention.number}/${mention.item}`}>{measureName(mention, titles)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
