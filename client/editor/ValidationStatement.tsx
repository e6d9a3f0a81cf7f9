import type { MinutesDocument } from '../../shared/api/minutes';
import { validationStatement } from '../../shared/api/review';

interface ValidationStatementProps {
  /** The server's validation of the document: present only while it is validated. */
  validation: MinutesDocument['validation'];
}

/**
 * At the top of a validated compte-rendu, as every export prints it after the title block
 * (W13): « Validé lors de la réunion du Collectif du 17 février 2014 — note ». Nothing for a
 * draft, a text under review or a reopened one.
 */
export function ValidationStatement({ validation }: ValidationStatementProps) {
  if (!validation) return null;
  const note = validation.note?.trim();
  return (
    <p className="document-validation" data-testid="validation-statement">
      {validationStatement(validation.meetingDate)}
      {note && <span className="document-validation__note"> — {note}</span>}
    </p>
  );
}
