import type { LetterView } from '../../shared/api/letters';
import { placeAndDate } from './letterTexts';

const nonEmpty = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

/**
 * What the letter prints above its body, from the saved fields: letterhead, place and date on
 * the right, the addressee's block and « Objet : ».
 */
export function LetterPreviewHead({ letter }: { letter: LetterView }) {
  const { letterhead, addressee, place, date, object } = letter.fields;
  const addresseeLines = nonEmpty([addressee.name, addressee.title, ...addressee.address]);
  return (
    <div className="letter-sheet__head" data-testid="letter-preview-head">
      {nonEmpty(letterhead).length > 0 && (
        <p className="letter-sheet__letterhead">
          {nonEmpty(letterhead).map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </p>
      )}
      <p className="letter-sheet__date">{placeAndDate(place, date)}</p>
      {addresseeLines.length > 0 && (
        <p className="letter-sheet__addressee">
          {addresseeLines.map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </p>
      )}
      {object && (
        <p className="letter-sheet__object">
          <strong>Objet&nbsp;:</strong> {object}
        </p>
      )}
    </div>
  );
}

/** What the letter prints below its body: signatory, « PJ », « Copies », the member associations, the contact. */
export function LetterPreviewFoot({ letter }: { letter: LetterView }) {
  const { signatory, attachments, copies, withMembers, contact } = letter.fields;
  const signature = nonEmpty([signatory.name, signatory.title, signatory.onBehalf]);
  return (
    <div className="letter-sheet__foot" data-testid="letter-preview-foot">
      {signature.length > 0 && (
        <p className="letter-sheet__signatory">
          {signature.map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </p>
      )}
      {nonEmpty(attachments).length > 0 && (
        <div className="letter-sheet__list">
          <p>PJ&nbsp;:</p>
          <ul>
            {nonEmpty(attachments).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {copies.length > 0 && (
        <div className="letter-sheet__list">
          <p>Copies&nbsp;:</p>
          <ul>
            {copies.map((copy, index) => (
              <li key={index}>{[copy.name, copy.title].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </div>
      )}
      {withMembers && letter.members.length > 0 && (
        <p className="letter-sheet__members">
          Associations membres du Collectif «&nbsp;{letter.collective}&nbsp;»&nbsp;: {letter.members.join(', ')}
        </p>
      )}
      {contact && <p className="letter-sheet__contact">{contact}</p>}
    </div>
  );
}
