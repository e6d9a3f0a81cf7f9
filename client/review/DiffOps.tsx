import { Fragment } from 'react';
import type { DiffOp } from '../../shared/review/wordDiff';

/**
 * Word-level changes as `<ins>` and `<del>`: underlined and struck through as well as
 * coloured, and announced by screen readers through their hidden « ajouté » / « supprimé ».
 */
export function DiffOps({ ops }: { ops: DiffOp[] }) {
  return ops.map((op, index) => {
    if (op.op === 'equal') return <Fragment key={index}>{op.text}</Fragment>;
    const Tag = op.op === 'insert' ? 'ins' : 'del';
    return (
      <Tag key={index} className={`review-diff-${op.op}`}>
        <span className="visually-hidden">{op.op === 'insert' ? '[ajouté : ' : '[supprimé : '}</span>
        {op.text}
        <span className="visually-hidden">]</span>
      </Tag>
    );
  });
}
