import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';

/** The roots of the document model (M1). */
const MODEL_ROOTS = new Set([BODY_FRAGMENT, 'meta', 'participants']);

/** y-prosemirror suffixes the names of marks that may overlap with a hash (`comment--<8 characters>`). */
const hashedMarkName = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/** A document as it is stored, with the stored updates that did not apply (`Y.applyUpdate` threw). */
export interface StoredDocument {
  id: string;
  doc: Y.Doc;
  loadErrors: string[];
}

/**
 * Reads documents straight from the SQLite file, as a restarted server would: the
 * compacted state, then the update log in order, into a fresh `Y.Doc({ gc: false })`.
 * An update that throws is recorded and skipped, so the rest can still be examined.
 * All documents when `ids` is not given.
 */
export function readStoredDocuments(dbFile: string, ids?: readonly string[]): StoredDocument[] {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    const wanted = ids ?? (db.prepare('SELECT id FROM documents ORDER BY id').all() as Array<{ id: string }>).map((row) => row.id);
    const stateOf = db.prepare('SELECT state FROM documents WHERE id = ?');
    const logOf = db.prepare('SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq');
    return wanted.map((id) => {
      const row = stateOf.get(id) as { state: Buffer | null } | undefined;
      if (!row) throw new Error(`no document ${id} in ${dbFile}`);
      const updates = (logOf.all(id) as Array<{ data: Buffer }>).map(({ data }) => data);
      const doc = new Y.Doc({ gc: false });
      const loadErrors: string[] = [];
      for (const update of row.state ? [row.state, ...updates] : updates) {
        try {
          Y.applyUpdate(doc, update);
        } catch (error) {
          loadErrors.push((error as Error).message);
        }
      }
      return { id, doc, loadErrors };
    });
  } finally {
    db.close();
  }
}

/**
 * Why a stored document does not load cleanly (empty when it does): updates still
 * pending (a missing dependency, deletions of unknown structs), roots the model does
 * not define, a body the schema cannot read, or nodes and marks with attributes the
 * schema does not define (ProseMirror drops those silently when it reads them).
 */
export function storedDocumentProblems(stored: StoredDocument): string[] {
  const { id, doc, loadErrors } = stored;
  const problems: string[] = [];
  if (loadErrors.length > 0) problems.push(`${id}: ${loadErrors.length} stored updates do not apply, the first: ${loadErrors[0]}`);
  if (doc.store.pendingStructs !== null) problems.push(`${id}: structs pending (missing ${[...doc.store.pendingStructs.missing.keys()].length} clients)`);
  if (doc.store.pendingDs !== null) problems.push(`${id}: deletions pending (${doc.store.pendingDs.length} bytes)`);
  const roots = [...doc.share.keys()];
  const foreign = roots.filter((root) => !MODEL_ROOTS.has(root));
  if (foreign.length > 0) problems.push(`${id}: roots outside the model: ${foreign.map((root) => JSON.stringify(root)).join(', ')}`);
  try {
    readBodyContent(doc);
  } catch (error) {
    problems.push(`${id}: the body does not fit the schema: ${(error as Error).message}`);
  }
  const attributes = unknownAttributes(doc.getXmlFragment(BODY_FRAGMENT));
  for (const problem of new Set(attributes)) {
    const times = attributes.filter((other) => other === problem).length;
    problems.push(`${id}: ${problem}${times > 1 ? ` (×${times})` : ''}`);
  }
  return problems;
}

function unknownAttributes(parent: Y.XmlFragment | Y.XmlElement): string[] {
  const schema = minutesSchema();
  const problems: string[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      const known = schema.nodes[child.nodeName]?.spec.attrs ?? {};
      for (const name of Object.keys(child.getAttributes())) {
        if (!(name in known)) problems.push(`attribute ${JSON.stringify(name)} on a ${child.nodeName}`);
      }
      problems.push(...unknownAttributes(child));
    } else if (child instanceof Y.XmlText) {
      for (const { attributes } of child.toDelta() as Array<{ attributes?: Record<string, unknown> }>) {
        for (const [key, value] of Object.entries(attributes ?? {})) {
          const known = schema.marks[hashedMarkName.exec(key)?.[1] ?? key]?.spec.attrs;
          if (!known || typeof value !== 'object' || value === null) continue;
          for (const name of Object.keys(value)) {
            if (!(name in known)) problems.push(`attribute ${JSON.stringify(name)} on a ${key} mark`);
          }
        }
      }
    }
  }
  return problems;
}
