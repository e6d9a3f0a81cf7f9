import { measureRefLabel, type MeasureRefAttributes } from '../../../shared/schema/measureRef';
import { deOrganisation } from '../../../shared/text/frenchElision';
import type { MeasureLookup } from '../model/planRegistry';
import { dueLabel } from './dueDate';

/*
 * What a screen reader says when it meets a block of the minutes: the visible header of each
 * block is split over several elements and controls, so its name is written out here, from
 * the same attributes, and follows them when a colleague changes them.
 */

export interface SpeakerFacts {
  organisation: string;
  person: string;
  role: string;
}

/** « Tour de parole de Hors la Rue, Martina Andreeva » (« de l’Armée du Salut », « du Mouvement du Nid »). */
export function speakerTurnName({ organisation, person, role }: SpeakerFacts): string {
  const who = organisation.trim();
  const head = who ? `Tour de parole ${deOrganisation(who)}` : 'Tour de parole, intervenant à préciser';
  const personLine = [person, role].map((part) => part.trim()).filter(Boolean).join(', ');
  return personLine ? `${head}, ${personLine}` : head;
}

/** How many words of an « À suivre » box its name quotes: enough to tell the boxes apart. */
export const ACTION_ITEM_NAME_WORDS = 8;

export interface ActionItemFacts {
  /** The box's text. */
  text: string;
  owners: readonly string[];
  due: string;
  done: boolean;
}

/** « À suivre : Relancer le cabinet de la ministre — Hors la Rue, ECPAT ; échéance : vendredi 31 janvier 2014 ». */
export function actionItemName({ text, owners, due, done }: ActionItemFacts): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const quoted = words.slice(0, ACTION_ITEM_NAME_WORDS).join(' ') + (words.length > ACTION_ITEM_NAME_WORDS ? '…' : '');
  const head = quoted ? `À suivre : ${quoted}` : 'À suivre';
  const details = [
    owners.map((owner) => owner.trim()).filter(Boolean).join(', '),
    due.trim() ? `échéance : ${dueLabel(due)}` : '',
    done ? 'fait' : '',
  ].filter(Boolean);
  return details.length > 0 ? `${head} — ${details.join(' ; ')}` : head;
}

/** « du Plan d’action national… » for a title that says it is a plan, « du plan « PAN 2014 » » otherwise. */
function ofPlan(title: string): string {
  const trimmed = title.trim();
  return /^plan\b/i.test(trimmed) ? `du ${trimmed}` : `du plan «\u00a0${trimmed}\u00a0»`;
}

/**
 * « Mesure 22 du Plan d’action national… : Coordination départementale » — the number alone
 * says little to a listener. An unknown measure says so; while the registry is not there, the
 * number is all there is to say.
 */
export function measureRefName(
  reference: Pick<MeasureRefAttributes, 'number' | 'item'>,
  lookup: MeasureLookup,
  planTitle: string | null,
): string {
  const label = measureRefLabel(reference);
  const capitalised = label.charAt(0).toUpperCase() + label.slice(1);
  if (lookup.state === 'pending' || lookup.state === 'unavailable') return capitalised;
  const plan = planTitle?.trim() ? `${reference.item ? ', ' : ' '}${ofPlan(planTitle)}` : '';
  const what = lookup.state === 'known' ? lookup.title : 'inconnue du registre';
  return `${capitalised}${plan} : ${what}`;
}
