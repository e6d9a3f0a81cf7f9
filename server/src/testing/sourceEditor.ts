import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import type { Random } from './seededRandom';

const words = ['ordre', 'du', 'jour', 'la', 'coordination', 'propose', 'un', 'vote', 'séance', 'levée', 'à', '18 h', 'CCEM', 'Amicale'];
const marks = ['bold', 'italic', 'underline', 'strike'];
/** A fresh document (a new client id) after this many edits keeps the full-state frames small. */
const EDITS_PER_DOCUMENT = 150;

/**
 * A real Y.Doc editing the body the way the editor does (paragraphs and level-2/3
 * headings holding text, known marks, the meta title): the source of the fuzzers'
 * valid frames. Everything it writes is readable by the schema, and its whole state
 * always applies cleanly; a single update of it may depend on earlier ones.
 */
export class SourceEditor {
  private doc!: Y.Doc;
  private edits = 0;

  constructor(private readonly random: Random) {
    this.renew();
  }

  /** Makes one edit and returns its update. */
  edit(): Uint8Array {
    if (++this.edits > EDITS_PER_DOCUMENT) this.renew();
    const updates: Uint8Array[] = [];
    const record = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', record);
    this.doc.transact(() => this.change());
    this.doc.off('update', record);
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  }

  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  destroy(): void {
    this.doc.destroy();
  }

  private renew(): void {
    this.doc?.destroy();
    this.doc = new Y.Doc({ gc: false });
    // Seeded, where Yjs would draw it from crypto: the same seed gives the same bytes.
    this.doc.clientID = this.random.clientId();
    this.edits = 0;
  }

  private change(): void {
    const body = this.doc.getXmlFragment(BODY_FRAGMENT);
    const runs = body.toArray().flatMap((block) => (block instanceof Y.XmlElement ? block.toArray() : []));
    const texts = runs.filter((run): run is Y.XmlText => run instanceof Y.XmlText && run.length > 0);
    const action = texts.length === 0 ? 'block' : this.random.pick(['block', 'type', 'type', 'delete', 'format', 'removeBlock', 'title']);
    const text = texts.length > 0 ? this.random.pick(texts) : undefined;
    switch (action) {
      case 'block': {
        const heading = this.random.chance(0.2);
        // y-prosemirror stores attribute values as ProseMirror has them: the level is a number.
        const block = new Y.XmlElement<{ [key: string]: number }>(heading ? 'heading' : 'paragraph');
        if (heading) block.setAttribute('level', this.random.pick([2, 3]));
        block.insert(0, [new Y.XmlText(this.phrase())]);
        body.insert(this.random.int(0, body.length), [block as unknown as Y.XmlElement]);
        return;
      }
      case 'type':
        text!.insert(this.random.int(0, text!.length), this.phrase());
        return;
      case 'delete': {
        const start = this.random.int(0, text!.length - 1);
        text!.delete(start, this.random.int(1, text!.length - start));
        return;
      }
      case 'format': {
        const start = this.random.int(0, text!.length - 1);
        text!.format(start, this.random.int(1, text!.length - start), { [this.random.pick(marks)]: {} });
        return;
      }
      case 'removeBlock':
        body.delete(this.random.int(0, body.length - 1), 1);
        return;
      case 'title':
        this.doc.getMap('meta').set('title', `Réunion ${this.phrase()}`);
        return;
    }
  }

  private phrase(): string {
    return Array.from({ length: this.random.int(1, 4) }, () => this.random.pick(words)).join(' ') + ' ';
  }
}
