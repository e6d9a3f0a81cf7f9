/**
 * The line shapes of French association minutes. The plain-text reader uses them to
 * know where a paragraph cannot continue; the recogniser uses them to classify blocks.
 */

const ROMAN = String.raw`(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})`;

/** « I- Actualités », « II – Éléments … », « IV. Retour … », « Partie III : … ». Capitals only: « v. » is not five. */
export const ROMAN_HEADING = new RegExp(
  String.raw`^(?:(?:[Pp]artie|PARTIE|[Tt]itre|TITRE|[Cc]hapitre|CHAPITRE|[Pp]oint|POINT)\s+)?(${ROMAN})\s*[-–—.):/]\s*(?=[\p{L}«"“])(.+)$`,
  'u',
);

/** « Partie 2 : … », « Point 3 – … ». */
export const NAMED_HEADING = /^(?:partie|point|chapitre|titre)\s+(\d{1,2})\s*[-–—.):]\s*(.+)$/iu;

/** « 1. », « 2) », « 3 – » then a title: top-level headings in minutes that number in digits. */
export const ARABIC_HEADING = /^(\d{1,2})\s*(?:[.)]|\s[-–—])\s*(\p{Lu}.*)$/u;

/** « 1.1 », « 2.3. », « A. », « b) » then a title: sub-headings. */
export const SUB_HEADING = /^(?:\d{1,2}\.\d{1,2}\.?|[A-H][.)]|[a-h]\))\s+(\p{Lu}.*)$/u;

/** Bullets as typed or as left by PDF and Word exports (« - », « – », « • », « o », « ➢ », « * »). */
export const BULLET = /^(?:[-–—•●▪■◦○·*➢➤►✓]|o(?=\s))\s+(?=\S)/u;

/** « 1. », « 2) » at the start of a list item (not « 1.5 million »). */
export const NUMBERED_ITEM = /^(\d{1,3})\s*[.)]\s+(?=\S)/;

/** « A suivre : », « À SUIVRE », « à suivre - ». */
export const FOLLOW_UP = /^[«"]?\s*(?:à|a)\s+suivre\s*(?:[:：.\-–—]\s*|$)/iu;

export type AttendanceHeaderKind = 'present' | 'also_present' | 'excused' | 'absent';

/** A line starting with one of these phrases (regular-expression sources), as whole words. */
const startingWith = (phrases: string[]) => new RegExp(`^(?:${phrases.join('|')})(?![\\p{L}])`, 'iu');

/** Checked in this order: « Absents excusés » before « Absents », « aussi présents » before « présents ». */
export const ATTENDANCE_HEADERS: Array<{ kind: AttendanceHeaderKind; pattern: RegExp }> = [
  {
    kind: 'also_present',
    pattern: startingWith([
      String.raw`(?:[ée]taient|sont|[ée]tait)\s+(?:aussi|[ée]galement)\s+pr[ée]sent(?:e)?s?`,
      String.raw`(?:aussi|[ée]galement)\s+pr[ée]sent(?:e)?s`,
      String.raw`assistaient\s+[ée]galement`,
      String.raw`invit[ée](?:e)?s`,
    ]),
  },
  {
    kind: 'excused',
    pattern: startingWith([
      String.raw`absent(?:e)?s?\s+excus[ée](?:e)?s?`,
      String.raw`excus[ée](?:e)?s`,
      String.raw`(?:[ée]taient|se\s+sont)\s+excus[ée](?:e)?s`,
      String.raw`(?:associations|organisations|membres)\s+excus[ée](?:e)?s`,
    ]),
  },
  {
    kind: 'absent',
    pattern: startingWith([
      String.raw`absent(?:e)?s`,
      String.raw`[ée]taient\s+absent(?:e)?s`,
      String.raw`(?:les\s+)?(?:associations|organisations|membres)\s+absent(?:e)?s`,
    ]),
  },
  {
    kind: 'present',
    pattern: startingWith([
      String.raw`(?:liste\s+des\s+)?participant(?:e)?s`,
      String.raw`pr[ée]sent(?:e)?s`,
      String.raw`[ée]taient\s+pr[ée]sent(?:e)?s`,
      String.raw`personnes\s+pr[ée]sentes`,
      String.raw`(?:les\s+)?(?:associations|organisations|membres|structures)\s+pr[ée]sent(?:e)?s`,
    ]),
  },
];

/** What may follow « Participants » in a header: « à la réunion du 22 novembre », or « : » and a list. */
const HEADER_REST = /^\s*(?::.*|(?:à|a|lors|au|aux|le|du|de|pour)(?=\s)[^.!?:]{0,90}:?)?\s*$/iu;

/** The attendance a line announces (« Participants à la réunion du … », « Absents excusés : … »), if it is such a header. */
export function attendanceHeaderOf(line: string): { kind: AttendanceHeaderKind; rest: string } | undefined {
  for (const { kind, pattern } of ATTENDANCE_HEADERS) {
    const match = pattern.exec(line);
    // A header starts with a capital: « présents à la réunion » inside a sentence is none.
    if (!match || !/^\p{Lu}/u.test(line)) continue;
    const rest = line.slice(match[0].length);
    if (!HEADER_REST.test(rest)) return undefined;
    const list = /^\s*[^:]*:\s*(.*)$/.exec(rest);
    return { kind, rest: list?.[1]?.trim() ?? '' };
  }
  return undefined;
}

/** « Annexes : », « Pièces jointes », « Documents annexés ». */
export const ANNEXES_HEADER = /^(?:annexes?|pi[èe]ces?\s+jointes?|documents?\s+(?:joints?|annex[ée]s?)|PJ)(?![\p{L}])\s*(?::\s*(.*))?$/iu;

/** « Prochaines réunions : », « Prochaine réunion du Collectif le … », « Dates des prochaines réunions ». */
export const NEXT_MEETINGS_HEADER = startingWith([
  String.raw`(?:dates?\s+(?:de\s+la|des)\s+)?prochaines?\s+(?:r[ée]unions?|rencontres?)`,
  String.raw`calendrier\s+des\s+r[ée]unions`,
]);

/** « Sommaire », « Table des matières », « Ordre du jour ». */
export const SOMMAIRE_HEADER = /^(?:sommaire|table\s+des\s+mati[èe]res|ordre\s+du\s+jour)\s*:?\s*$/iu;

const DOCUMENT = String.raw`(?:ce\s+)?(?:compte[- ]?rendu|CR|proc[èe]s[- ]verbal|PV|relev[ée] de d[ée]cisions)`;
const WRITTEN_BY = String.raw`(?:${DOCUMENT}\s+)?(?:r[ée]alis[ée]|r[ée]dig[ée]|[ée]tabli|pris|[ée]crit)\s+par`;
const WRITER = String.raw`r[ée]daction\s*:|r[ée]dact(?:eur|rice)\s*:|secr[ée]taire\s+de\s+s[ée]ance\s*:|prise\s+de\s+notes?\s*(?:par|:)`;
/** « Compte-rendu réalisé par … », « Rédigé par … », « Secrétaire de séance : … »; the author is captured. */
export const AUTHOR_LINE = new RegExp(`^(?:${WRITTEN_BY}|${WRITER})\\s*(.+)$`, 'iu');

/** « Paris, le 26 novembre 2013 ». */
export const PLACE_DATE = /^([\p{Lu}][\p{L}’' -]{1,40}),\s*le\s+(.+?)[\s,.]*$/u;

/** « VALIDÉ LORS DE LA RÉUNION DU … », « Adopté le … ». */
export const VALIDATION = /^(?:valid[ée]+s?|adopt[ée]+s?|approuv[ée]+s?)\s+(?:lors|en|par|le|à|au)(?=\s)/iu;

/** « COMPTE-RENDU DE LA REUNION DU … », « Procès-verbal … », « Relevé de décisions … ». */
export const TITLE = new RegExp(
  `^(?:${[
    'compte[- ]?rendu',
    'comptes[- ]rendus',
    'proc[èe]s[- ]verbal',
    String.raw`relev[ée]\s+de\s+(?:d[ée]cisions|conclusions)`,
    String.raw`r[ée]union\s+d[ue]\b`,
    String.raw`assembl[ée]e\s+g[ée]n[ée]rale`,
  ].join('|')})`,
  'iu',
);

/** A URL alone on a line. */
export const URL_LINE = /^<?(?:https?:\/\/|www\.)\S+>?$/i;

/**
 * A header starts with a capital: « prochaine réunion ; » inside a sentence is none.
 * (Checked apart: under the `i` flag, \p{Lu} would match any letter.)
 */
export const isHeaderLine = (pattern: RegExp, line: string): boolean => /^\p{Lu}/u.test(line) && pattern.test(line);

/** A line that must start its own block whatever precedes it. */
export function startsStructure(line: string): boolean {
  return (
    ROMAN_HEADING.test(line) ||
    NAMED_HEADING.test(line) ||
    FOLLOW_UP.test(line) ||
    BULLET.test(line) ||
    NUMBERED_ITEM.test(line) ||
    isHeaderLine(SOMMAIRE_HEADER, line) ||
    isHeaderLine(AUTHOR_LINE, line) ||
    isHeaderLine(ANNEXES_HEADER, line) ||
    isHeaderLine(NEXT_MEETINGS_HEADER, line) ||
    attendanceHeaderOf(line) !== undefined
  );
}
