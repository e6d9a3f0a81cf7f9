import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addParticipant,
  organisationsOf,
  participantsArray,
  readParticipants,
  removeParticipant,
  updateParticipant,
  writeParticipants,
} from './participants';

const amicale = { id: 'p1', organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' as const };
const ccem = { id: 'p2', organisation: 'Comité Contre l’Esclavage Moderne (CCEM)', people: [], attendance: 'excused' as const };

describe('participants in the Y.Doc', () => {
  it('adds, updates and removes, and two replicas agree', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    writeParticipants(a, [amicale]);
    addParticipant(a, ccem);
    updateParticipant(a, 'p1', { people: ['Hélène De Rugy', 'Claire Quidet'], attendance: 'also_present' });
    expect(readParticipants(b)).toEqual([
      { ...amicale, people: ['Hélène De Rugy', 'Claire Quidet'], attendance: 'also_present' },
      ccem,
    ]);
    removeParticipant(a, 'p2');
    expect(readParticipants(b).map((p) => p.id)).toEqual(['p1']);
  });

  it('merges concurrent edits of different fields of one participant', () => {
    const a = new Y.Doc();
    writeParticipants(a, [amicale]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateParticipant(a, 'p1', { attendance: 'excused' });
    updateParticipant(b, 'p1', { organisation: 'L’Amicale du Nid' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readParticipants(a)).toEqual(readParticipants(b));
    expect(readParticipants(a)[0]).toMatchObject({ organisation: 'L’Amicale du Nid', attendance: 'excused' });
  });

  it('skips an entry a peer corrupted and refuses invalid input', () => {
    const doc = new Y.Doc();
    writeParticipants(doc, [amicale]);
    participantsArray(doc).push([new Y.Map()]);
    expect(readParticipants(doc)).toEqual([amicale]);
    expect(() => addParticipant(doc, { ...amicale, id: 'p3', attendance: 'maybe' as never })).toThrow();
  });

  it('lists each organisation once', () => {
    expect(organisationsOf([amicale, ccem, { ...amicale, id: 'p9' }])).toEqual([amicale.organisation, ccem.organisation]);
  });
});
