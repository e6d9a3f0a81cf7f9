import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaFieldProblem, metaMap, minutesMetaSchema, readMeta, writeMeta } from './meta';

describe('metadata in the Y.Doc', () => {
  it('writes, reads and syncs every field', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    const meta = {
      title: 'Compte-rendu de la réunion du 22 novembre 2013',
      collective: 'Ensemble contre la traite des êtres humains',
      meetingDate: '2013-11-22',
      place: 'Paris',
      author: 'Sarah Berthelot, pour le secrétariat du Collectif',
    };
    writeMeta(a, meta);
    expect(readMeta(b)).toEqual(meta);
    writeMeta(a, { place: '' });
    expect(readMeta(b).place).toBeUndefined();
  });

  it('leaves out fields a peer corrupted instead of failing', () => {
    const doc = new Y.Doc();
    writeMeta(doc, { title: 'Réunion', meetingDate: '2013-11-22' });
    (metaMap(doc) as Y.Map<unknown>).set('meetingDate', 42);
    expect(readMeta(doc)).toEqual({ title: 'Réunion' });
  });
});

describe('what the header may hold (A2)', () => {
  it('A2: refuses control characters in the title and the names of the header, an impossible or implausible date', () => {
    expect(metaFieldProblem('title', 'Réunion\u0007 du Collectif')).toMatch(/^pas de caractère de contrôle/);
    expect(metaFieldProblem('title', 'Réunion\tdu Collectif')).toMatch(/^pas de caractère de contrôle/);
    // Nothing trims what an editor writes into the CRDT: a trailing line break is refused too.
    expect(metaFieldProblem('place', 'Paris\n')).toMatch(/^pas de caractère de contrôle/);
    expect(metaFieldProblem('author', 'Sarah\u0085Berthelot')).toMatch(/^pas de caractère de contrôle/);
    expect(metaFieldProblem('meetingDate', '2014-13-45')).toBe('le 2014-13-45 n’existe pas');
    expect(metaFieldProblem('writtenOn', '0026-12-12')).toMatch(/^année 26 improbable/);
    expect(metaFieldProblem('title', 'Compte-rendu de la réunion du 22 novembre 2013')).toBeUndefined();
    expect(metaFieldProblem('writtenOn', '2013-11-26')).toBeUndefined();
    expect(minutesMetaSchema.safeParse({ title: 'Réunion', collective: 'Ensemble\u0000' }).success).toBe(false);
  });

  it('shows a value stored before the rule without its control characters, and leaves out an impossible date', () => {
    const doc = new Y.Doc();
    const map = metaMap(doc);
    map.set('title', 'Réunion\tdu\u0007 Collectif');
    map.set('meetingDate', '0026-12-12');
    map.set('writtenOn', '2013-11-26');
    expect(readMeta(doc)).toEqual({ title: 'Réunion du Collectif', writtenOn: '2013-11-26' });
  });
});
