import type { SourceBlock } from '../sourceBlock';
import { headingText } from './blockShapes';
import type { Classified } from './classify';
import { NAME_LINKS, fold, isUpperInitial } from './french';
import { organisationEvidence } from './organisations';

/**
 * Speakers the participant list does not name (a network, a national scheme, an association
 * that spoke but was not listed, or minutes with no list at all): a short line standing
 * alone, between speaker turns and before a paragraph, is one more turn — reported as
 * doubtful rather than read as a sub-heading that ends the run of turns.
 */

const stripElision = (word: string) => word.replace(/^[dl][’']/iu, '');
const bare = (word: string) => stripElision(word).replace(/[,:;.!?]+$/, '');
const isLink = (word: string) => NAME_LINKS.has(fold(word));
const isKeyword = (word: string) => organisationEvidence(word) === 'keyword' && isUpperInitial(word);

/** The capitalised name starting at word `start` (« Armée du Salut », « Planète Enfant »), links inside. */
function nameFrom(words: string[], start: number): string {
  const name: string[] = [];
  for (let at = start; at < words.length; at++) {
    const word = at === start ? bare(words[at] ?? '') : (words[at] ?? '');
    if (at > start && /^[dl][’']/iu.test(word)) break;
    const clean = bare(word);
    if (isUpperInitial(clean) || /^\([A-Z][A-Z0-9&-]{1,11}\)$/.test(clean)) name.push(clean);
    else if (isLink(clean) && name.length > 0) name.push(clean);
    else break;
    if (/[,:;]$/.test(word)) break;
  }
  while (name.length > 0 && isLink(name[name.length - 1] ?? '')) name.pop();
  return name.join(' ');
}

/**
 * The organisation a topic line is about: the one after « par » (« Obtention du Prix … par
 * Planète Enfant »), the one an acronym closes (« … du Comité … Humaine (CPDH) par son … »),
 * or the last one its first word marks (« … délégations européennes de l’Armée du Salut »).
 */
export function organisationInTopic(text: string): string | undefined {
  const words = headingText(text).split(/\s+/).filter(Boolean);
  const agent = words.findLastIndex((word) => fold(word) === 'par');
  if (agent >= 0) {
    const name = nameFrom(words, agent + 1);
    if (name && organisationEvidence(name)) return name;
  }
  const acronym = words.findIndex((word) => /^\([A-Z][A-Z0-9&-]{1,11}\)[,:]?$/.test(word));
  if (acronym >= 0) {
    const head = words.slice(0, acronym).findLastIndex((word) => isKeyword(bare(word)));
    const acronymText = bare(words[acronym] ?? '');
    return head >= 0 ? [...words.slice(head, acronym).map((word, i) => (i === 0 ? bare(word) : word)), acronymText].join(' ') : acronymText.slice(1, -1);
  }
  const keyword = words.findLastIndex((word) => isKeyword(bare(word)));
  if (keyword >= 0) return nameFrom(words, keyword) || undefined;
  return undefined;
}

/** A short label: a name, not a topic sentence (« Fnasat », « ECPAT France »). */
const isShortLabel = (text: string) => text.length <= 40 && text.split(/\s+/).length <= 4;

const structural = (item: Classified) => item.kind !== 'paragraph' && item.kind !== 'listItem';

/** Turns the standalone sub-headings standing in a run of speaker turns into turns, each reported. */
export function recoverUnlistedSpeakers(items: Classified[], unsure: (block: SourceBlock, reason: string) => void): Classified[] {
  let lastStructure: Classified | undefined;
  return items.map((item, index) => {
    let result = item;
    const next = items[index + 1];
    if (item.kind === 'subsection' && item.standalone && lastStructure?.kind === 'speaker' && next?.kind === 'paragraph') {
      const title = headingText(item.block.text);
      const organisation = organisationInTopic(title) ?? (isShortLabel(title) ? title : undefined);
      if (organisation) {
        unsure(item.block, `Tour de parole reconnu à sa place dans la suite des interventions, pour « ${organisation} », absente de la liste des participants : à vérifier.`);
        const speaker = { organisation, person: '', role: '' };
        const isTopic = organisation !== title;
        result = { kind: 'speaker', label: { speaker, evidence: 'capitalised' }, ...(isTopic ? { lead: item.block.runs } : {}), block: item.block };
      }
    }
    if (structural(result)) lastStructure = result;
    return result;
  });
}
