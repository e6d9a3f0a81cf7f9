import * as Y from 'yjs';
import { LETTER_MAX_ATTACHMENTS, type LetterFields, type LetterTemplate, letterFieldsSchema } from '../../../shared/api/letters';
import type { AnnexReference } from '../../../shared/export/annexReferences';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import { writeMeta } from '../../../shared/model/meta';
import { type ProseMirrorJSON, writeBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { newDocumentId } from '../storage/documentId';
import type { LetterRecord, LetterStore } from '../storage/letterStore';

/** `AAAA-MM-JJ` in Paris; built once: a formatter costs half a millisecond. */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The compte-rendu a letter sends, as the letter names it. */
type SentMinutes = Pick<DocumentRecord, 'title' | 'meetingDate'>;

/** A meta title holds 300 characters, a line of « PJ » 500. */
const TITLE_MAX = 300;
const ATTACHMENT_MAX = 500;

/** « Envoi du compte-rendu de la réunion du 22 novembre 2013 », or of its title when it has no meeting date. */
export function letterObject(minutes: SentMinutes): string {
  const day = minutes.meetingDate ? frenchLongDate(minutes.meetingDate) : undefined;
  return day ? `Envoi du compte-rendu de la réunion du ${day}` : `Envoi du compte-rendu « ${minutes.title} »`;
}

/** A template paragraph with `{titre}` and `{date}` (« 22 novembre 2013 », empty without a meeting date) replaced. */
export function fillPlaceholders(text: string, minutes: SentMinutes): string {
  const day = (minutes.meetingDate && frenchLongDate(minutes.meetingDate)) ?? '';
  return text.replaceAll('{titre}', minutes.title).replaceAll('{date}', day);
}

/** The fields of a new letter (L4): the template's, the compte-rendu's title and annexes in « PJ », dated today in Paris. */
export function newLetterFields(template: LetterTemplate, minutes: SentMinutes, annexes: AnnexReference[], now = new Date()): LetterFields {
  const attachments = [minutes.title, ...annexes.map(({ number, label }) => `Annexe ${number} : ${label}`.trim())];
  return letterFieldsSchema.parse({
    letterhead: template.letterhead,
    addressee: { name: '', title: '', address: [] },
    place: template.place,
    date: PARIS_DAY.format(now),
    object: letterObject(minutes),
    signatory: template.signatory,
    attachments: attachments.slice(0, LETTER_MAX_ATTACHMENTS).map((line) => line.slice(0, ATTACHMENT_MAX)),
    copies: [],
    withMembers: true,
    contact: template.contact,
  });
}

/** The first body of a letter: the salutation, the template's paragraphs filled in, the closing; one paragraph each. */
export function letterBodyContent(template: LetterTemplate, minutes: SentMinutes): ProseMirrorJSON {
  const paragraphs = [template.salutation, ...template.body.map((text) => fillPlaceholders(text, minutes)), template.closing]
    .map((text) => text.trim())
    .filter(Boolean);
  const content = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/**
 * Creates a letter of a validated compte-rendu: its body, written on the server from
 * schema-checked content as a compte-rendu's is (M3), stored as a `letter` document whose
 * meta title is the letter's object, then its fields. Answers the stored letter.
 */
export async function createLetter(
  deps: { documents: DocumentStore; letters: LetterStore },
  input: { minutes: DocumentRecord; template: LetterTemplate; annexes: AnnexReference[]; createdBy: string },
): Promise<LetterRecord> {
  const { minutes, template } = input;
  const fields = newLetterFields(template, minutes, input.annexes);
  const now = new Date().toISOString();
  const id = newDocumentId();
  const doc = new Y.Doc({ gc: false });
  try {
    const title = fields.object.slice(0, TITLE_MAX);
    writeMeta(doc, { title });
    writeBodyContent(doc, letterBodyContent(template, minutes));
    await deps.documents.create(
      { id, collectiveId: minutes.collectiveId, title, meetingDate: null, createdAt: now, updatedAt: now, status: 'draft', validation: null, kind: 'letter' },
      Y.encodeStateAsUpdate(doc),
    );
  } finally {
    doc.destroy();
  }
  const letter: LetterRecord = { id, minutesId: minutes.id, collectiveId: minutes.collectiveId, fields, revision: 0, createdAt: now, createdBy: input.createdBy, updatedAt: now };
  try {
    await deps.letters.add(letter);
  } catch (error) {
    // A body without its fields would be reachable by no route: it goes too.
    await deps.documents.delete(id);
    throw error;
  }
  return letter;
}
