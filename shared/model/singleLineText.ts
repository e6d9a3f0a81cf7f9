import { z } from 'zod';

/**
 * Control characters (C0 with tab and line breaks, DEL, C1) and lone surrogates. A title or a
 * name is one line of visible text: a tab or a line break pasted into it would print as a
 * gap or break the line in every export, and a lone surrogate is not text at all.
 */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

export const CONTROL_CHARACTERS_MESSAGE = 'pas de caractère de contrôle (tabulation, saut de ligne…) : une seule ligne de texte';

export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTER.test(text);

/**
 * What a reader is shown of a value stored before control characters were refused: line
 * breaks and tabs become a space, the rest goes.
 */
export const withoutControlCharacters = (text: string): string =>
  text.replace(/[\t\n\v\f\r\u0085]+/g, ' ').replace(CONTROL_CHARACTERS, '');

/** A title or a name: `max` characters at most once trimmed, no control character. */
export const singleLineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `au plus ${max} caractères`)
    .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_MESSAGE);

/** A name that must be given: `emptyMessage` when it is blank. */
export const requiredSingleLineText = (max: number, emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(max, `au plus ${max} caractères`)
    .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_MESSAGE);
