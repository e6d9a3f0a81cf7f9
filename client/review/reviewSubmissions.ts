import { SubmissionKey } from '../api/submissionKey';
import * as reviewApi from './reviewApi';

type ReviewPosts = Pick<typeof reviewApi, 'createVersion' | 'restoreVersion' | 'approveCurrentText'>;
type RecordedVersion = Awaited<ReturnType<ReviewPosts['createVersion']>>;

/**
 * The review panel's submissions that record something (a version, a restore, an approval),
 * each with its own `Idempotency-Key` (A17): a retry of the same submission after a failure
 * (the answer lost on the way) sends the same key, so the server records it once; after a
 * success, or for another content, the next one is a new submission.
 */
export class ReviewSubmissions {
  private readonly version = new SubmissionKey();
  private readonly restore = new SubmissionKey();
  private readonly approval = new SubmissionKey();

  constructor(
    private readonly documentId: string,
    private readonly api: ReviewPosts = reviewApi,
  ) {}

  saveVersion(label: string): Promise<RecordedVersion> {
    return submit(this.version, label, (key) => this.api.createVersion(this.documentId, label, key));
  }

  restoreVersion(versionId: string): Promise<RecordedVersion> {
    return submit(this.restore, versionId, (key) => this.api.restoreVersion(this.documentId, versionId, key));
  }

  /**
   * `textHash` is the text on screen (W10): once it has changed, approving again is
   * approving another text, so a new submission even after a failure.
   */
  approve(textHash: string | null): Promise<void> {
    return submit(this.approval, textHash ?? '', (key) => this.api.approveCurrentText(this.documentId, key));
  }
}

async function submit<T>(submission: SubmissionKey, content: string, send: (key: string) => Promise<T>): Promise<T> {
  const result = await send(submission.for(content));
  submission.reset();
  return result;
}
