import { describe, expect, it } from 'vitest';
import { cleanInlineText } from './cleanText';
import { frenchLongDate } from './frenchDate';
import { markdownCode, markdownEscape } from './markdownEscape';
import { safeHref } from './safeHref';
import { xmlEscape } from './xmlEscape';

describe('text helpers of the renderers', () => {
  it('escapes XML and drops what XML cannot hold', () => {
    expect(xmlEscape('<a href="x">\'&\'</a> ]]>')).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt; ]]&gt;');
    expect(xmlEscape('a\u0000b\u0007c\u001bd\uFFFEe\uD800f\tg\nh')).toBe('abcdef\tg\nh');
    expect(xmlEscape('emoji 😀 gardé')).toBe('emoji 😀 gardé');
  });

  it('makes running text one line', () => {
    expect(cleanInlineText('a\r\nb\tc\u0085d')).toBe('a  b cd');
  });

  it('writes French dates, with « 1er »', () => {
    expect(frenchLongDate('2013-11-26')).toBe('26 novembre 2013');
    expect(frenchLongDate('2014-08-01')).toBe('1er août 2014');
    expect(frenchLongDate('2014-02-30')).toBeUndefined();
    expect(frenchLongDate('d’ici la prochaine réunion')).toBeUndefined();
  });

  it('keeps web and mail links only', () => {
    expect(safeHref('https://www.contrelatraite.org/')).toBe('https://www.contrelatraite.org/');
    expect(safeHref('mailto:secretariat@exemple.org')).toBe('mailto:secretariat@exemple.org');
    const unsafe = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 42];
    for (const href of unsafe) expect(safeHref(href)).toBeUndefined();
  });

  it('escapes Markdown markup but leaves ordinary punctuation readable', () => {
    expect(markdownEscape('<script>alert(1)</script> *a* _b_ [c](d) `e` | ~f~ &amp;', false)).toBe(
      '\\<script\\>alert(1)\\</script\\> \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| \\~f\\~ \\&amp;',
    );
    expect(markdownEscape('Paris, le 26 novembre 2013. Fin !', true)).toBe('Paris, le 26 novembre 2013. Fin !');
    expect(markdownEscape('# titre', true)).toBe('\\# titre');
    expect(markdownEscape('2013. Une année', true)).toBe('2013\\. Une année');
    expect(markdownEscape('    - code', true)).toBe('\\- code');
    expect(markdownCode('a ` b')).toBe('``a ` b``');
  });
});
