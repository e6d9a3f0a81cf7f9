/**
 * Up to which message a person has seen a compte-rendu's comments, kept per document in
 * this browser (localStorage): the time of the newest message shown when they last looked.
 * A browser that refuses storage (private mode, quota) only loses the memory, never the page.
 */
const key = (documentId: string) => `minutier:commentaires-vus:${documentId}`;

export function readCommentsSeen(documentId: string): string | null {
  try {
    return window.localStorage.getItem(key(documentId));
  } catch {
    return null;
  }
}

export function writeCommentsSeen(documentId: string, seenUpTo: string): void {
  try {
    window.localStorage.setItem(key(documentId), seenUpTo);
  } catch {
    // Nothing to do: the counter will just count these messages again next time.
  }
}
