import { useId, type KeyboardEvent } from 'react';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { measureRefLabel, type MeasureRefAttributes } from '../../../shared/schema/measureRef';
import { lookUpMeasure, type MeasureLookup } from '../model/planRegistry';
import { measureRefName } from './accessibleNames';
import { useDocumentContext } from './documentContext';
import { textAttribute } from './textAttribute';

function describeMeasure(lookup: MeasureLookup): string {
  switch (lookup.state) {
    case 'known':
      return lookup.title;
    case 'unknown':
      return 'Cette mesure n’est pas dans le registre du plan.';
    case 'pending':
      return 'Chargement du registre des mesures…';
    case 'unavailable':
      return 'Le registre des mesures est indisponible.';
  }
}

/** Keys that hand the caret back to the text, before or after the reference. */
const RETURN_KEYS: Record<string, 'before' | 'after'> = {
  ArrowLeft: 'before',
  ArrowRight: 'after',
  Escape: 'after',
  Enter: 'after',
};

/**
 * « mesure 22 » in running text. Its title shows on hover, on keyboard focus (it is in the
 * tab order) and when the reference is selected; an unknown number says so instead of
 * failing to render.
 */
export function MeasureRefView({ node, selected, editor, getPos }: ReactNodeViewProps) {
  const { registry } = useDocumentContext();
  const tooltipId = useId();
  const attrs: MeasureRefAttributes = {
    plan: textAttribute(node.attrs.plan),
    number: Number(node.attrs.number),
    item: textAttribute(node.attrs.item),
  };
  const lookup = lookUpMeasure(registry, attrs.plan, attrs.number);
  const planTitle = registry.plans.find((plan) => plan.id === attrs.plan)?.title ?? null;
  // The name says the title or that the number is unknown; only a registry not there yet needs the tooltip's words.
  const describedByTooltip = lookup.state === 'pending' || lookup.state === 'unavailable';

  const onKeyDown = (event: KeyboardEvent) => {
    const side = RETURN_KEYS[event.key];
    const pos = getPos();
    if (!side || typeof pos !== 'number') return;
    event.preventDefault();
    editor.chain().focus().setTextSelection(side === 'before' ? pos : pos + node.nodeSize).run();
  };

  return (
    <NodeViewWrapper
      as="span"
      className={`measure-ref measure-ref--${lookup.state}${selected ? ' measure-ref--selected' : ''}`}
      // NodeViewWrapper sets `white-space: normal` inline; « mesure 22 » must not break.
      style={{ whiteSpace: 'nowrap' }}
      tabIndex={0}
      // A group, for a name of its own: « Mesure 22 du Plan… : Coordination départementale ».
      role="group"
      aria-label={measureRefName(attrs, lookup, planTitle)}
      aria-describedby={describedByTooltip ? tooltipId : undefined}
      // A click selects the reference in the text; the focus stays with the editor so typing goes on.
      onMouseDown={(event: { preventDefault(): void }) => event.preventDefault()}
      onKeyDown={onKeyDown}
    >
      {measureRefLabel(attrs)}
      {lookup.state === 'unknown' && <span className="measure-ref__unknown"> (inconnue)</span>}
      <span role="tooltip" id={tooltipId} className="measure-ref__tooltip">
        {describeMeasure(lookup)}
      </span>
    </NodeViewWrapper>
  );
}
