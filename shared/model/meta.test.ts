import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap, readMeta, writeMeta } from './meta';

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
