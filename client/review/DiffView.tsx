import { useId } from 'react';
import { useApiResource } from '../api/useApiResource';
import { DiffChangeList } from './DiffChangeList';
import { DiffDocument } from './DiffDocument';
import { diffBlockId } from './diffLabels';
import { plansOf } from './measureNames';
import { type DiffSide, getDiff } from './reviewApi';
import { useMeasureTitles } from './useMeasureTitles';

interface DiffViewProps {
  documentId: string;
  from: DiffSide;
  to: DiffSide;
}

function showBlock(id: string) {
  const block = document.getElementById(id);
  if (!block) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  block.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  // Keyboard and screen-reader users land on the block, not just their eyes.
  block.focus({ preventScroll: true });
}

/** What changed between two versions: the list of changed blocks, then the marked-up text (W2). */
export function DiffView({ documentId, from, to }: DiffViewProps) {
  const diff = useApiResource(`${documentId}:${from}:${to}`, (signal) => getDiff(documentId, from, to, signal));
  const blocks = diff.status === 'ready' ? diff.data.blocks : [];
  const titles = useMeasureTitles(plansOf(blocks.flatMap((block) => block.measures)));
  const idPrefix = `diff${useId().replace(/[^\w-]/g, '')}`;

  if (diff.status === 'loading') return <p className="muted">Comparaison en cours…</p>;
  if (diff.status === 'error') {
    return (
      <p className="banner banner--error" role="alert">
        {diff.error.message}
      </p>
    );
  }
  const changes = blocks.filter((block) => block.status !== 'equal').length;
  if (changes === 0) {
    return (
      <p className="review-diff-summary">
        Aucune différence dans le texte. (L’en-tête ou la liste des participants ont pu changer : ils ne sont pas
        comparés ici.)
      </p>
    );
  }
  return (
    <div className="review-diff">
      <nav className="review-diff__changes" aria-label="Passages modifiés">
        <p className="review-diff-summary">
          {changes === 1 ? '1 passage modifié' : `${changes} passages modifiés`}. Ajouts <ins className="review-diff-insert">soulignés</ins>,
          suppressions <del className="review-diff-delete">barrées</del>.
        </p>
        <DiffChangeList blocks={blocks} titles={titles} onShow={(index) => showBlock(diffBlockId(idPrefix, index))} />
      </nav>
      <DiffDocument blocks={blocks} idPrefix={idPrefix} />
    </div>
  );
}
