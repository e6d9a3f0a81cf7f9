import type { MarkJson } from '../schema/formatChange';

/** French names of the formatting a proposal can add or remove. */
const FORMATTING_NAMES: Record<string, string> = {
  bold: 'gras',
  italic: 'italique',
  underline: 'souligné',
  strike: 'barré',
  code: 'code',
  link: 'lien',
};

function names(marks: readonly MarkJson[]): string {
  const unique = [...new Set(marks.map((mark) => FORMATTING_NAMES[mark.type] ?? mark.type))];
  return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} et ${unique[unique.length - 1]}` : (unique[0] ?? '');
}

/** « gras ajouté », « gras et italique ajoutés, lien retiré » */
export function describeFormatChange(added: readonly MarkJson[], removed: readonly MarkJson[]): string {
  const parts: string[] = [];
  if (added.length > 0) parts.push(`${names(added)} ${new Set(added.map((m) => m.type)).size > 1 ? 'ajoutés' : 'ajouté'}`);
  if (removed.length > 0) parts.push(`${names(removed)} ${new Set(removed.map((m) => m.type)).size > 1 ? 'retirés' : 'retiré'}`);
  return parts.join(', ');
}
