import { describe, expect, it } from 'vitest';
import { SubmissionKey } from './submissionKey';

describe('SubmissionKey', () => {
  it('keeps one key for one content (double click, retry), a new one for another content or after a success', () => {
    const submission = new SubmissionKey();
    const first = submission.for('cr.docx|2048|1700000000000');
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(submission.for('cr.docx|2048|1700000000000')).toBe(first);
    const other = submission.for('autre.docx|10|1700000000000');
    expect(other).not.toBe(first);
    submission.reset();
    expect(submission.for('autre.docx|10|1700000000000')).not.toBe(other);
  });
});
