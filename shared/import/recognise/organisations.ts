import { LEADING_ARTICLE, NAME_LINKS, fold, isUpperInitial } from './french';

/**
 * Organisations: those the minutes list as participants (the surest way to recognise a
 * speaker) and, for the others, what an organisation's name looks like.
 */
export interface KnownOrganisation {
  /** As the participant list writes it (« Secours Catholique – Caritas France »). */
  name: string;
  /** Whole-word patterns matching the name and its shorter forms in running text (folded). */
  patterns: RegExp[];
  /** The same, matching a whole label. */
  exactPatterns: RegExp[];
  /** « CPDH » from « … (CPDH) », matched case-sensitively. */
  acronyms: string[];
  people: string[];
}

export type OrganisationDirectory = KnownOrganisation[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded phrase as a pattern tolerant of a plural « s » (« Planète Enfant » / « Planète Enfants »). */
function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).filter(Boolean).map((word) => `${escape(word.replace(/s$/, ''))}s?`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
}

export const withoutArticle = (name: string): string => name.replace(LEADING_ARTICLE, '').trim();

function namesOf(name: string): { phrases: string[]; acronyms: string[] } {
  const acronyms = [...name.matchAll(/\(([A-Z][A-Z0-9&-]{1,11})\)/g)].map((match) => match[1] ?? '');
  const core = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const phrases = new Set([fold(withoutArticle(core))]);
  // « Secours Catholique – Caritas France » is often just « Secours Catholique ».
  const head = core.split(/\s+[-–—]\s+/)[0] ?? core;
  if (head !== core && head.split(/\s+/).length >= 2) phrases.add(fold(withoutArticle(head)));
  // A bare acronym as name (« ECPAT ») is matched as an acronym.
  if (/^[A-Z0-9&-]{2,12}$/.test(core)) acronyms.push(core);
  return { phrases: [...phrases].filter(Boolean), acronyms };
}

export function organisationDirectory(participants: Array<{ organisation: string; people: string[] }>): OrganisationDirectory {
  return participants.map(({ organisation, people }) => {
    const { phrases, acronyms } = namesOf(organisation);
    const patterns = phrases.map(phrasePattern);
    const exactPatterns = patterns.map((pattern) => new RegExp(`^${pattern.source}$`, 'u'));
    return { name: organisation, patterns, exactPatterns, acronyms, people };
  });
}

const acronymPattern = (acronym: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?![\\p{L}\\p{N}])`, 'u');

/** The listed organisation that `label` names, whole (« Le Mouvement du Nid », « CPDH »). */
export function matchOrganisation(label: string, directory: OrganisationDirectory): KnownOrganisation | undefined {
  const bare = withoutArticle(label.replace(/\s*:\s*$/, '').trim());
  const folded = fold(bare.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
  return directory.find(
    (organisation) =>
      organisation.acronyms.includes(bare) ||
      organisation.exactPatterns.some((pattern) => pattern.test(folded)),
  );
}

/** The listed organisations that `text` mentions, in order of first mention, with where. */
export function organisationsNamedIn(text: string, directory: OrganisationDirectory): Array<{ organisation: KnownOrganisation; index: number }> {
  const folded = fold(text);
  const found: Array<{ organisation: KnownOrganisation; index: number }> = [];
  for (const organisation of directory) {
    const indexes = [
      ...organisation.patterns.map((pattern) => pattern.exec(folded)?.index),
      ...organisation.acronyms.map((acronym) => acronymPattern(acronym).exec(text)?.index),
    ].filter((index): index is number => index !== undefined);
    if (indexes.length > 0) found.push({ organisation, index: Math.min(...indexes) });
  }
  return found.sort((a, b) => a.index - b.index);
}

const ORGANISATION_WORDS = new Set([
  'association', 'associations', 'comite', 'mouvement', 'fondation', 'secours', 'amicale', 'armee', 'collectif',
  'federation', 'union', 'ligue', 'reseau', 'conseil', 'centre', 'institut', 'observatoire', 'mission', 'ministere',
  'office', 'agence', 'organisation', 'coordination', 'caritas', 'croix-rouge', 'ong', 'maison', 'foyer', 'syndicat',
  'cimade', 'plateforme', 'direction', 'commission', 'cabinet', 'prefecture', 'mairie', 'ambassade', 'tribunal',
  'parquet', 'gendarmerie', 'brigade', 'barreau', 'ecole', 'universite', 'congregation', 'action', 'secretariat',
  'service', 'entraide', 'aide', 'cooperative', 'groupement', 'delegation', 'haut', 'conference',
]);

const ACRONYM = /^\(?[A-Z][A-Z0-9&]{1,11}\)?[,:]?$/;

export type OrganisationEvidence = 'keyword' | 'acronym' | 'capitalised';

/**
 * Whether `label` reads like an organisation's name even though the participant list
 * does not give it: a typical first word (« Comité », « Fondation »), an acronym, or every
 * significant word capitalised (« Hors la Rue », « Planète Enfants »).
 */
export function organisationEvidence(label: string): OrganisationEvidence | undefined {
  const words = withoutArticle(label).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return undefined;
  if (ORGANISATION_WORDS.has(fold(words[0] ?? '').replace(/[^a-z-]/g, ''))) return 'keyword';
  // « ECPAT », « Association du foyer Jorbalan (AFJ) »: the acronym ends the name.
  const last = words[words.length - 1] ?? '';
  if (words.length <= 8 && ACRONYM.test(last) && /[A-Z]{2}/.test(last)) return 'acronym';
  const significant = words.filter((word) => !NAME_LINKS.has(fold(word)) && !/^[dl]['’]/i.test(word) && !/^[-–—]$/.test(word));
  const elided = words.filter((word) => /^[dl]['’]\p{L}/iu.test(word)).map((word) => word.slice(2));
  const all = [...significant, ...elided];
  if (all.length >= 2 && all.length <= 5 && all.every(isUpperInitial)) return 'capitalised';
  return undefined;
}
