import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Passage } from './documentPassages';
import type { IndexedDocument, ReadableScope, SearchIndex, SearchRequest } from './searchIndex';

/**
 * The behaviour every SearchIndex must have (SPEC Q1–Q5). Each implementation's test
 * file calls this with a factory for a fresh, empty index.
 */
export function searchIndexContract(name: string, makeIndex: () => Promise<SearchIndex>): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let index: SearchIndex;
    beforeEach(async () => {
      index = await makeIndex();
    });
    afterEach(async () => {
      await index.close();
    });

    const paragraph = (text: string, extra: Partial<Passage> = {}): Passage => ({
      kind: 'paragraph',
      blockId: 'n1',
      section: 'Actualités',
      organisation: null,
      person: null,
      text,
      ...extra,
    });
    const document = (id: string, passages: Passage[], extra: Partial<IndexedDocument> = {}): IndexedDocument => ({
      id,
      collectiveId: 'collectif',
      seriesId: 'pleniere',
      title: `Réunion ${id}`,
      meetingDate: '2013-11-22',
      status: 'draft',
      passages,
      ...extra,
    });
    const ownScope: ReadableScope = { collectiveId: 'collectif', sharedDocumentIds: [] };
    const search = (text: string, extra: Partial<SearchRequest> = {}) =>
      index.search({ text, scope: ownScope, filters: {}, limit: 50, ...extra });
    const ids = async (text: string, extra: Partial<SearchRequest> = {}) => (await search(text, extra)).map((r) => r.documentId);

    it('Q2: finds words whatever their accents and case, and simple plurals both ways', async () => {
      await index.index(document('a', [paragraph('La lutte contre la traite des êtres humains.')]));
      await index.index(document('b', [paragraph('Réunion avec les Préfectures de la région.')]));
      await index.index(document('c', [paragraph('Un courrier à la préfecture.')]));
      expect(await ids('ETRES HUMAINS')).toEqual(['a']);
      expect(await ids('etres humains')).toEqual(['a']);
      expect((await ids('prefecture')).sort()).toEqual(['b', 'c']);
      expect((await ids('préfectures')).sort()).toEqual(['b', 'c']);
    });

    it('Q2: numbers and words under three letters match whole, not as a prefix', async () => {
      await index.index(document('a', [paragraph('la mesure 22 et le dispositif')]));
      await index.index(document('b', [paragraph('la mesure 2 d’urgence')]));
      expect(await ids('mesure 2')).toEqual(['b']);
      expect(await ids('mesure 22')).toEqual(['a']);
      expect(await ids('d urgence')).toEqual(['b']);
      expect((await ids('mes')).sort()).toEqual(['a', 'b']);
    });

    it('Q2: a quoted phrase matches those words in that order only', async () => {
      await index.index(document('a', [paragraph('la traite des êtres humains')]));
      await index.index(document('b', [paragraph('des humains, des êtres')]));
      expect(await ids('"etres humains"')).toEqual(['a']);
      expect((await ids('etres humains')).sort()).toEqual(['a', 'b']);
    });

    it('marks the matched words in the excerpt and says where the passage is', async () => {
      await index.index(
        document('a', [paragraph('Le Secours Catholique présente son rapport.', { kind: 'speakerTurn', blockId: 't1', organisation: 'Secours Catholique', person: 'M. Soulage' })]),
      );
      const [result] = await search('rapport');
      expect(result).toMatchObject({ documentId: 'a', title: 'Réunion a', meetingDate: '2013-11-22', status: 'draft', kind: 'speakerTurn', blockId: 't1', section: 'Actualités', organisation: 'Secours Catholique', person: 'M. Soulage' });
      expect(result!.excerpt).toBe('Le Secours Catholique présente son rapport.');
      expect(result!.excerptParts.filter((part) => part.match).map((part) => part.text)).toEqual(['rapport']);
      expect(result!.excerptParts.map((part) => part.text).join('')).toBe(result!.excerpt);
    });

    it('Q6: a long passage’s excerpt is the words around the match as written, cut with « … »', async () => {
      const words = (from: number) => Array.from({ length: 30 }, (_, n) => `mot${from + n}`).join(' ');
      await index.index(document('a', [paragraph(`Début ${words(100)} la traite des êtres humains, ${words(200)} fin.`)]));
      const [result] = await search('"etres humains" traite');
      expect(result!.excerpt).toBe(`…mot121 ${words(122).split(' ').slice(0, 8).join(' ')} la traite des êtres humains, ${words(200).split(' ').slice(0, 10).join(' ')}…`);
      expect(result!.excerptParts.filter((part) => part.match).map((part) => part.text)).toEqual(['traite', 'êtres humains']);
    });

    it('Q1: a document outside the scope never shows; a shared one does', async () => {
      await index.index(document('own', [paragraph('mesure 22')]));
      await index.index(document('other', [paragraph('mesure 22')], { collectiveId: 'autre' }));
      await index.index(document('shared', [paragraph('mesure 22')], { collectiveId: 'autre' }));
      expect(await ids('mesure')).toEqual(['own']);
      expect((await ids('mesure', { scope: { collectiveId: 'autre-encore', sharedDocumentIds: ['shared'] } }))).toEqual(['shared']);
      expect((await ids('mesure', { scope: { collectiveId: 'collectif', sharedDocumentIds: ['shared'] } })).sort()).toEqual(['own', 'shared']);
    });

    it('filters by status, period and organisation speaking', async () => {
      await index.index(document('old', [paragraph('hébergement', { kind: 'speakerTurn', organisation: 'Amicale du Nid' })], { meetingDate: '2012-05-01', status: 'validated' }));
      await index.index(document('new', [paragraph('hébergement', { kind: 'speakerTurn', organisation: 'Secours Catholique' })], { meetingDate: '2014-01-31' }));
      await index.index(document('undated', [paragraph('hébergement')], { meetingDate: null }));
      expect(await ids('hebergement', { filters: { status: 'validated' } })).toEqual(['old']);
      expect(await ids('hebergement', { filters: { from: '2013-01-01' } })).toEqual(['new']);
      expect(await ids('hebergement', { filters: { to: '2013-01-01' } })).toEqual(['old']);
      expect(await ids('hebergement', { filters: { from: '2012-05-01', to: '2014-01-31' } })).toHaveLength(2);
      expect(await ids('hebergement', { filters: { association: 'amicale du nid' } })).toEqual(['old']);
    });

    it('Q7: filters by meeting series: a document of another series is left out', async () => {
      await index.index(document('plenary', [paragraph('hébergement')]));
      await index.index(document('ministry', [paragraph('hébergement')], { seriesId: 'ministere' }));
      expect(await ids('hebergement', { filters: { series: 'ministere' } })).toEqual(['ministry']);
      expect(await ids('hebergement', { filters: { series: 'pleniere' } })).toEqual(['plenary']);
      expect(await ids('hebergement', { filters: { series: 'inconnue' } })).toEqual([]);
    });

    it('re-indexing replaces a document’s passages, removing forgets it', async () => {
      await index.index(document('a', [paragraph('première version')]));
      await index.index(document('a', [paragraph('seconde version')], { title: 'Nouveau titre' }));
      expect(await ids('premiere')).toEqual([]);
      expect(await search('seconde')).toMatchObject([{ documentId: 'a', title: 'Nouveau titre' }]);
      expect(await index.indexedDocumentIds()).toEqual(new Set(['a']));
      await index.remove('a');
      expect(await ids('seconde')).toEqual([]);
      expect(await index.indexedDocumentIds()).toEqual(new Set());
    });

    it('Q3: reset empties the index and records the version', async () => {
      expect(await index.storedVersion()).toBeUndefined();
      await index.index(document('a', [paragraph('avant')]));
      await index.reset(7);
      expect(await index.storedVersion()).toBe(7);
      expect(await ids('avant')).toEqual([]);
      await index.index(document('a', [paragraph('après')]));
      expect(await ids('apres')).toEqual(['a']);
    });

    it('Q5: user input never breaks the query, whatever operators or quotes it holds', async () => {
      await index.index(document('a', [paragraph('AND OR NOT NEAR: les mots (et) les "guillemets" * ^ - +')]));
      const hostile = ['"', '""', '"""', 'AND', 'OR OR', 'NOT', 'NEAR(a b)', '*', '^', 'a:b', '(', ')', '-', 'text:x', '\u0000', '\uE000x\uE001', "'; DROP TABLE x; --", 'a" OR "b', '"unclosed phrase', '{}[]'];
      for (const text of hostile) await expect(search(text)).resolves.toBeInstanceOf(Array);
      expect(await ids('NEAR')).toEqual(['a']);
      expect(await ids('(et)')).toEqual(['a']);
      // Random strings made of FTS punctuation and words.
      const alphabet = ['"', '*', '^', ':', '(', ')', '-', '+', ' ', 'AND', 'OR', 'NOT', 'NEAR', 'mots', 'é', '{', '}', ',', '\\', "'"];
      let seed = 42;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let run = 0; run < 500; run++) {
        const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        await expect(search(text)).resolves.toBeInstanceOf(Array);
      }
    });

    it('an excerpt never carries match markers written in the document itself', async () => {
      await index.index(document('a', [paragraph('faux \uE000marqueur\uE001 ici')]));
      const [result] = await search('ici');
      expect(result!.excerptParts.filter((part) => part.match).map((part) => part.text)).toEqual(['ici']);
    });

    it('ranks first the passages the words weigh most in, before the newest meeting', async () => {
      const filler = Array.from({ length: 40 }, (_, n) => `mot${n}`).join(' ');
      await index.index(document('long', [paragraph(`${filler} hébergement ${filler}`)], { meetingDate: '2014-01-31' }));
      await index.index(document('court', [paragraph('Hébergement d’urgence : hébergement des familles.')]));
      expect(await ids('hebergement')).toEqual(['court', 'long']);
    });

    it('limits the number of results', async () => {
      for (let n = 0; n < 5; n++) await index.index(document(`d${n}`, [paragraph('commun')]));
      expect(await search('commun', { limit: 3 })).toHaveLength(3);
    });
  });
}
