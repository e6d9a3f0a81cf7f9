import type { LetterExportInput } from '../../../shared/letters/buildLetterExportModel';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { LetterExportJob } from './exportJob';
import { buildDocument } from './readExportSource';

/**
 * The letter's export input from a job: its body document built from the stored bytes, each
 * update integrated as the relay integrates one, and read under the schema. Runs in the export
 * worker. Throws when the body does not load or does not fit the schema (M2: reported, never repaired).
 */
export function readLetterSource(job: LetterExportJob): LetterExportInput {
  const doc = buildDocument(job);
  try {
    return { fields: job.fields, content: readBodyContent(doc), plans: job.plans, collective: job.collective, members: job.members };
  } finally {
    doc.destroy();
  }
}
