/** Long enough for any real title, short enough for every file system and archive tool. */
const MAX_STEM_CHARACTERS = 120;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name safe to store, to send in `Content-Disposition` and to write into a ZIP (N3):
 * no folder part, no control or bidirectional formatting character (which could disguise an
 * extension), none of the characters Windows forbids, bounded length, and the extension of
 * the type sniffed from the bytes (the uploaded one kept when it is one of that type's).
 */
export function safeAnnexName(uploaded: string, extensions: readonly string[], fallback = 'annexe'): string {
  const base = uploaded.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const given = dot > 0 && /^[A-Za-z0-9]{1,5}$/.test(cleaned.slice(dot + 1)) ? cleaned.slice(dot + 1).toLowerCase() : undefined;
  const stemOf = given === undefined ? cleaned : cleaned.slice(0, dot);
  const extension = given !== undefined && extensions.includes(given) ? given : extensions[0];
  let stem = [...stemOf].slice(0, MAX_STEM_CHARACTERS).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem === '') stem = fallback;
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  return extension ? `${stem}.${extension}` : stem;
}
