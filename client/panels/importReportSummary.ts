import type { ImportReport, RecognisedCounts, RemovedCounts } from '../../shared/import/importReport';

type Forms = readonly [singular: string, plural: string];

const recognisedForms: Record<keyof RecognisedCounts, Forms> = {
  sections: ['partie numérotée', 'parties numérotées'],
  subsections: ['sous-partie', 'sous-parties'],
  speakerTurns: ['prise de parole', 'prises de parole'],
  actionItems: ['encadré «\u00a0À suivre\u00a0»', 'encadrés «\u00a0À suivre\u00a0»'],
  measureRefs: ['renvoi à une mesure du plan', 'renvois à des mesures du plan'],
  participants: ['organisation participante', 'organisations participantes'],
  people: ['personne nommée', 'personnes nommées'],
  annexes: ['annexe', 'annexes'],
  nextMeetings: ['prochaine réunion', 'prochaines réunions'],
  paragraphs: ['paragraphe', 'paragraphes'],
  lists: ['liste', 'listes'],
};

const removedForms: Record<keyof RemovedCounts, Forms> = {
  sommaireEntries: ['entrée de sommaire (il est regénéré)', 'entrées de sommaire (il est regénéré)'],
  pageNumbers: ['numéro de page', 'numéros de page'],
  footerUrls: ['adresse de pied de page', 'adresses de pied de page'],
  runningHeaders: ['en-tête répété', 'en-têtes répétés'],
  strayMarks: ['marque isolée', 'marques isolées'],
  dehyphenated: ['mot coupé en fin de ligne, recollé', 'mots coupés en fin de ligne, recollés'],
};

/** « 1 prise de parole », « 41 prises de parole » (French: 0 and 1 take the singular). */
export function countOf(count: number, [singular, plural]: Forms): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? plural : singular}`;
}

function lines<K extends string>(counts: Record<K, number>, forms: Record<K, Forms>): string[] {
  return (Object.keys(forms) as K[]).filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => countOf(counts[kind], forms[kind]));
}

export interface ImportSummary {
  recognised: string[];
  removed: string[];
  /** Header mentions that have no field yet, to carry over by hand. */
  headerNotes: string[];
}

/** What the import report says, as French lines for the import dialog. */
export function summariseImport(report: ImportReport): ImportSummary {
  return {
    recognised: lines(report.recognised, recognisedForms),
    removed: lines(report.removed, removedForms),
    // The writing date has its field in the header now (the import fills it): only the validation is left to carry over.
    headerNotes: report.header.validation ? [`Mention de validation : «\u00a0${report.header.validation}\u00a0»`] : [],
  };
}

/** « Ligne 12 » or « Paragraphe 12 »: where to find an unsure passage in the original file. */
export function passagePosition(report: Pick<ImportReport, 'positionUnit'>, position: number): string {
  return `${report.positionUnit === 'line' ? 'Ligne' : 'Paragraphe'} ${position}`;
}
