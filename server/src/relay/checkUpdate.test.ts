import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { checkUpdate } from './checkUpdate';

/** An update with every kind of content Yjs encodes, and deletions. */
function richUpdate(): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  const text = doc.getText('body');
  text.insert(0, 'Hors la Rue — « compte-rendu » 🙂');
  text.format(0, 4, { bold: true, link: { href: 'https://example.org' } });
  text.insertEmbed(5, { image: 'logo.png' });
  text.delete(2, 3);
  const fragment = doc.getXmlFragment('default');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('suggestion', { kind: 'insert', id: 'a1' } as unknown as string);
  paragraph.insert(0, [new Y.XmlText('Sur la Roseraie')]);
  fragment.insert(0, [paragraph, new Y.XmlHook('hook') as unknown as Y.XmlElement]);
  const meta = doc.getMap('meta');
  meta.set('title', 'Réunion du 3 mars');
  meta.set('numbers', [1, 2.5, -3, null, true, false, 2n ** 40n]);
  meta.set('bytes', new Uint8Array([1, 2, 3]));
  meta.set('nested', new Y.Map());
  meta.set('list', Y.Array.from([1, 'deux', { trois: 3 }]));
  meta.set('sub', new Y.Doc({ guid: 'sub-document' }));
  meta.delete('numbers');
  return Y.encodeStateAsUpdate(doc);
}

/** What yjs says of the same bytes: empty, or thrown. */
function yjsVerdict(update: Uint8Array): { empty: boolean } | 'throws' {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return { empty: structs.length === 0 && ds.clients.size === 0 };
  } catch {
    return 'throws';
  }
}

function verdict(update: Uint8Array): { empty: boolean } | 'throws' {
  try {
    return { empty: checkUpdate(update).empty };
  } catch {
    return 'throws';
  }
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('checkUpdate', () => {
  it('reads a valid update with every kind of content, and an empty one', () => {
    expect(verdict(richUpdate())).toEqual({ empty: false });
    expect(verdict(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual({ empty: true });
    const deletionOnly = new Uint8Array([0, 1, 7, 1, 0, 2]);
    expect(yjsVerdict(deletionOnly)).toEqual({ empty: false });
    expect(verdict(deletionOnly)).toEqual({ empty: false });
  });

  it('R23: reads the clock range of every client as yjs does, emoji and merged updates included', () => {
    const doc = new Y.Doc({ gc: false });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const paragraph = new Y.XmlElement('paragraph');
    doc.getXmlFragment('default').insert(0, [paragraph]);
    const run = new Y.XmlText();
    paragraph.insert(0, [run]);
    run.insert(0, 'Réunion 🙂 du « Collectif »');
    run.format(0, 7, { bold: {} });
    run.delete(3, 4);
    for (const update of [...updates, Y.mergeUpdates(updates), Y.encodeStateAsUpdate(doc)]) {
      const shape = checkUpdate(update);
      const meta = Y.parseUpdateMeta(update);
      const blocks = new Map([...meta.from].map(([client, from]) => [client, { from, to: meta.to.get(client) }]));
      expect(shape.blocks).toEqual(blocks);
      expect(shape.violation).toBeUndefined();
    }
    const whole = checkUpdate(Y.encodeStateAsUpdate(doc));
    expect(whole.roots).toEqual(new Set(['default']));
    expect(whole.elements).toEqual(new Set(['paragraph']));
    expect(whole.formats).toEqual(new Set(['bold']));
    expect(whole.deletedUpTo.size).toBe(1);
  });

  it('R23: names what no Minutier document can hold', () => {
    const kinds: Array<[string, (doc: Y.Doc) => void]> = [
      ['embedded content', (doc) => doc.getText('t').insertEmbed(0, { image: 'x' })],
      ['a shared type the model does not use', (doc) => doc.getMap('meta').set('t', new Y.Text('x'))],
      ['binary content', (doc) => doc.getMap('meta').set('b', new Uint8Array([1]))],
      ['subdocument', (doc) => doc.getMap('meta').set('d', new Y.Doc())],
    ];
    for (const [violation, write] of kinds) {
      const doc = new Y.Doc();
      write(doc);
      expect(checkUpdate(Y.encodeStateAsUpdate(doc)).violation).toBe(violation);
    }
  });

  it('R23: an item that names itself, or a later item of its client, as origin or parent is a violation', () => {
    const item = (origin: [number, number] | 'root') => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1); // clients
      encoding.writeVarUint(encoder, 1); // structs
      encoding.writeVarUint(encoder, 7); // client
      encoding.writeVarUint(encoder, 3); // clock
      if (origin === 'root') {
        encoding.writeUint8(encoder, 4); // a string, its parent written
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarString(encoder, 'default');
      } else {
        encoding.writeUint8(encoder, 0x80 | 4); // a string after its origin
        encoding.writeVarUint(encoder, origin[0]);
        encoding.writeVarUint(encoder, origin[1]);
      }
      encoding.writeVarString(encoder, 'x');
      encoding.writeVarUint(encoder, 0); // no deletions
      return encoding.toUint8Array(encoder);
    };
    expect(checkUpdate(item('root')).violation).toBeUndefined();
    expect(checkUpdate(item([7, 2])).violation).toBeUndefined();
    expect(checkUpdate(item([8, 30])).violation).toBeUndefined();
    expect(checkUpdate(item([7, 3])).violation).toBe('an item refers to itself or to a later item');
    expect(checkUpdate(item([7, 9])).violation).toBe('an item refers to itself or to a later item');
  });

  it('R6: rejects every truncation, as yjs does', () => {
    const update = richUpdate();
    for (let length = 0; length < update.length; length++) {
      const truncated = update.slice(0, length);
      expect(verdict(truncated), `length ${length}`).toEqual(yjsVerdict(truncated));
    }
  });

  it('R6: agrees with Y.decodeUpdate on thousands of corrupted updates', () => {
    const update = richUpdate();
    const next = random(8);
    let rejected = 0;
    for (let run = 0; run < 4000; run++) {
      const corrupted = update.slice();
      const flips = 1 + Math.floor(next() * 3);
      for (let flip = 0; flip < flips; flip++) corrupted[Math.floor(next() * corrupted.length)] = Math.floor(next() * 256);
      const expected = yjsVerdict(corrupted);
      if (expected === 'throws') rejected++;
      expect(verdict(corrupted), `run ${run}`).toEqual(expected);
    }
    // The corruption must actually produce both outcomes for the comparison to mean anything.
    expect(rejected).toBeGreaterThan(100);
    expect(rejected).toBeLessThan(4000);
  });

  it('R6: rejects an invalid UTF-8 string and invalid JSON', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'ab');
    const update = Y.encodeStateAsUpdate(doc);
    const badUtf8 = update.slice();
    badUtf8[badUtf8.indexOf('a'.charCodeAt(0))] = 0xff;
    expect(yjsVerdict(badUtf8)).toBe('throws');
    expect(() => checkUpdate(badUtf8)).toThrow();

    const embed = new Y.Doc();
    embed.getText('t').insertEmbed(0, { x: 1 });
    const badJson = Y.encodeStateAsUpdate(embed);
    badJson[badJson.indexOf('{'.charCodeAt(0))] = '('.charCodeAt(0);
    expect(yjsVerdict(badJson)).toBe('throws');
    expect(() => checkUpdate(badJson)).toThrow();
  });
});
