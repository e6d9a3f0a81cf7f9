import type { MinutesMeta } from '../model/meta';
import { type ExportFormat, exportFormats } from './exportFormats';
import type { ExportProfile } from './exportProfile';

/** Lower-case ASCII words: « Être humain » → être → etre. */
const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Enough of a collective's name to recognise it in a folder, without the file name running on. */
const COLLECTIVE_WORDS = 4;

/**
 * The collective's short name: the part between « » when there is one (« Collectif « Ensemble
 * contre la traite des êtres humains » » → ensemble-contre-la-traite), else the name without a
 * leading « Collectif ».
 */
function collectiveSlug(collective: string | undefined): string[] {
  if (!collective) return [];
  const quoted = /«\s*([^»]+?)\s*»/.exec(collective)?.[1];
  const name = words(quoted ?? collective);
  const withoutPrefix = !quoted && name[0] === 'collectif' ? name.slice(1) : name;
  return withoutPrefix.slice(0, COLLECTIVE_WORDS);
}

/**
 * A file name that says what the file is and sorts by date:
 * `2013-11-22-compte-rendu-ensemble-contre-la-traite.odt`, `…-version-externe.pdf`.
 */
export function exportFileName(
  meta: Pick<MinutesMeta, 'meetingDate' | 'collective' | 'title'>,
  profile: ExportProfile,
  format: ExportFormat,
): string {
  const collective = collectiveSlug(meta.collective);
  // Without a date nor a collective, the title is all that tells two files apart.
  const title = words(meta.title).filter((word) => word !== 'compte' && word !== 'rendu').slice(0, 6);
  const parts = [
    ...(meta.meetingDate ? [meta.meetingDate] : []),
    'compte-rendu',
    ...(collective.length > 0 ? collective : meta.meetingDate ? [] : title),
    ...(profile === 'external' ? ['version-externe'] : []),
  ];
  return `${parts.join('-')}.${exportFormats[format].extension}`;
}
