import { fold } from './french';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

const WRITTEN = new RegExp(String.raw`\b(1er|\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})\b`);
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first date written in French in `text` (« 22 novembre 2013 », « 1er mars 2014 », « 22/11/2013 »), as AAAA-MM-JJ. */
export function findFrenchDate(text: string): string | undefined {
  // Folding keeps the length of accented letters, so positions stay comparable.
  const folded = fold(text);
  const candidates: Array<{ index: number; value: string | undefined }> = [];
  const written = WRITTEN.exec(folded);
  if (written) {
    const day = written[1] === '1er' ? 1 : Number(written[1]);
    candidates.push({ index: written.index, value: iso(Number(written[3]), MONTHS.indexOf(written[2] ?? '') + 1, day) });
  }
  const numeric = NUMERIC.exec(folded);
  if (numeric) candidates.push({ index: numeric.index, value: iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) });
  const isoMatch = ISO.exec(folded);
  if (isoMatch) candidates.push({ index: isoMatch.index, value: iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])) });
  return candidates.filter((c) => c.value).sort((a, b) => a.index - b.index)[0]?.value;
}

const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 2013-11-22 » → « 22 novembre 2013 ». */
export function formatFrenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}
