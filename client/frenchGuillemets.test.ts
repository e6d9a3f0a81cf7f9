import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const clientDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A no-break space as the sources write it: the character, `\u00a0` in a string, `&nbsp;` or `{'\u00a0'}` in JSX text. */
const NO_BREAK = String.raw`(?:\u00a0|\u202f|\\u00a0|\\u202f|&nbsp;|\{'\\u00a0'\})`;
const OPENING_WITHOUT = new RegExp(`«(?!${NO_BREAK})`);
const CLOSING_WITHOUT = new RegExp(`(?<!${NO_BREAK})»`);

/**
 * The file with its comments blanked (line breaks kept, so line numbers stay right): comments
 * may quote as they like, only code, where the texts users see live, is checked.
 */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('French guillemets in the UI', () => {
  it('every « » a user can see has no-break spaces inside, so it never ends or starts a line alone', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(clientDir)) {
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((code, index) => {
          if (OPENING_WITHOUT.test(code) || CLOSING_WITHOUT.test(code)) offending.push(`${relative(clientDir, file)}:${index + 1}: ${code.trim()}`);
        });
    }
    expect(offending).toEqual([]);
  });
});
