import type { SourceBlock } from '../sourceBlock';
import { ARABIC_HEADING, NAMED_HEADING, ROMAN_HEADING, SUB_HEADING } from './patterns';

/** A finite verb: what a heading or a name does not have and a sentence does. */
const FINITE = ['a', 'ai', 'as', 'ont', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'va', 'vont', 'doit', 'doivent'];
const SUBJECTS = ['devra', 'peut', 'peuvent', 'pourra', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous'];
const VERB = new RegExp(`\\s(?:${[...FINITE, ...SUBJECTS].join('|')})\\s`, 'iu');

/**
 * A line standing alone as a title or a label: short, no sentence punctuation at the
 * end (a colon is fine), no verb (« Choix de la thématique : », « Hors la Rue »,
 * « Sortie du livre d’Olivier Peyroux, … (édition Non Lieu, novembre 2013) : »).
 */
export function isTitleLike(block: SourceBlock): boolean {
  const text = block.text;
  if (!text || text.length > 200 || block.lines.length > 3) return false;
  if (/[.;,!?…]$/.test(text) && !/\b(?:M|Mme|etc)\.$/.test(text)) return false;
  if (!/^[\p{Lu}«"“\d]/u.test(text)) return false;
  return !VERB.test(` ${text.replace(/:$/, '')} `);
}

/** A Roman-numbered heading's title without its number (« II – Éléments … » → « Éléments … »). */
export function numberedHeadingTitle(text: string): string | undefined {
  const match = ROMAN_HEADING.exec(text) ?? NAMED_HEADING.exec(text);
  return match?.[2]?.trim();
}

export const subHeadingTitle = (text: string): string | undefined => SUB_HEADING.exec(text)?.[1]?.trim();

/** A heading's text without its number, whatever the numbering. */
export function withoutHeadingNumber(text: string): string {
  return (
    numberedHeadingTitle(text) ??
    ARABIC_HEADING.exec(text)?.[2] ??
    subHeadingTitle(text) ??
    text
  ).trim();
}

/** Headings lose their trailing colon: « Choix de la thématique : » → « Choix de la thématique ». */
export const headingText = (text: string): string => text.replace(/\s*:\s*$/, '').trim();

/** A heading's number fits a heading only if its title is not a sentence. */
export const isHeadingTitle = (title: string): boolean => title.length <= 300 && !/[.;!?]$/.test(title.replace(/\b(?:etc)\.$/, ''));
