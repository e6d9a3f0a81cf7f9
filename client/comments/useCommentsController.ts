import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { COMMENT_QUOTE_MAX, type CommentMention, type CommentThread } from '../../shared/api/comments';
import type { Association } from '../api/accountTypes';
import { listAssociations } from '../api/membersApi';
import { SubmissionKey } from '../api/submissionKey';
import { useApiResource } from '../api/useApiResource';
import type { CollaborationSession } from '../editor/collaborationSession';
import { anchorThread } from './anchorThread';
import { setCommentHighlight } from './commentHighlight';
import type { CommentRequests } from './commentsExtension';
import * as api from './commentsApi';
import { CommentDrafts } from './commentDrafts';
import { rememberRange, type PendingRange } from './pendingRange';
import { threadAnchors } from './threadAnchors';
import { threadAtSelection } from './threadAtSelection';
import { useCommentThreads } from './useCommentThreads';
import { useCommentQueue, type CommentQueue } from './useCommentQueue';
import { useOptionalMe } from '../auth/meContext';

export interface CommentsController {
  editor: Editor;
  threads: CommentThread[] | null;
  loadError: string | null;
  /** May write comments: reply, resolve, reopen. Readers only read. */
  canWrite: boolean;
  /** May open a new thread now: it also needs an editor that can take the anchor. */
  canStart: boolean;
  /** The associations one can mention, once read. */
  associations: Association[];
  /** The comment being written about a selection, if any. */
  draft: PendingRange | null;
  /** Counts « Commenter »: each one brings the form back with the focus, for a new selection too. */
  draftSerial: number;
  /** The words typed in the forms, kept while the panel is away. */
  drafts: CommentDrafts;
  /** Opens the form for the selected text; false when nothing is selected or commenting is not possible. */
  startComment(): boolean;
  cancelDraft(): void;
  submitDraft(body: string, mentions: readonly CommentMention[]): Promise<void>;
  reply(threadId: string, body: string, mentions: readonly CommentMention[]): Promise<void>;
  setStatus(threadId: string, action: 'resolve' | 'reopen'): Promise<void>;
  /** The thread picked in the margin, its text highlighted stronger. */
  active: string | null;
  showThread(threadId: string): void;
  /** Changes each time the margin panel should come to the front. */
  reveal: { panelId: string } | null;
  /** Comments written while the server could not be reached. */
  queue: CommentQueue;
}

export const COMMENTS_PANEL_ID = 'commentaires';

interface ControllerInput {
  documentId: string;
  session: CollaborationSession;
  editor: Editor;
  requests: CommentRequests;
  writer: boolean;
  editable: boolean;
}

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls the document to `pos`, leaving the focus where it is (the margin panel). */
function scrollToPosition(editor: Editor, pos: number): void {
  const { node } = editor.view.domAtPos(pos);
  const element = node instanceof HTMLElement ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** Everything the comments UI does, shared by the toolbar button, Ctrl+Alt+C and the margin panel. */
export function useCommentsController(input: ControllerInput): CommentsController {
  const { documentId, session, editor, requests, writer, editable } = input;
  const { threads, loadError, received } = useCommentThreads(documentId, session);
  const queue = useCommentQueue(useOptionalMe()?.user.id ?? null, documentId, session, editor, received);
  const associations = useApiResource(writer ? `associations:${documentId}` : 'associations:none', (signal) =>
    writer ? listAssociations(signal) : Promise.resolve([]),
  );
  const [draft, setDraft] = useState<PendingRange | null>(null);
  const [draftSerial, setDraftSerial] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ panelId: string } | null>(null);
  const [drafts] = useState(() => new CommentDrafts());
  // One key per comment sent: a double click or a retry of the same words makes one message (A17).
  const newThread = useRef(new SubmissionKey());
  const newReply = useRef(new SubmissionKey());
  const canStart = writer && editable;

  const startComment = useCallback((): boolean => {
    const { from, to, empty } = editor.state.selection;
    if (!canStart || empty) return false;
    setDraft(rememberRange(editor.state, from, to, COMMENT_QUOTE_MAX));
    setDraftSerial((serial) => serial + 1);
    setReveal({ panelId: COMMENTS_PANEL_ID });
    return true;
  }, [editor, canStart]);

  useEffect(() => {
    requests.current = startComment;
    return () => {
      requests.current = null;
    };
  }, [requests, startComment]);

  const cancelDraft = useCallback(() => {
    setDraft(null);
    editor.commands.focus();
  }, [editor]);

  const submitDraft = useCallback(
    async (body: string, mentions: readonly CommentMention[]) => {
      if (!draft) return;
      const comment = { quote: draft.quote, body, mentions };
      const key = newThread.current.for(JSON.stringify({ documentId, draft: draftSerial, comment }));
      let thread: CommentThread | null = null;
      // Offline, or behind comments still waiting: kept on this device and posted on reconnection.
      if (queue.waiting) await queue.queueThread(draft, comment, key);
      else {
        try {
          thread = await api.createThread(documentId, comment, key);
        } catch (error) {
          if (!queue.keeps(error)) throw error;
          await queue.queueThread(draft, comment, key);
        }
      }
      newThread.current.reset();
      if (thread) {
        if (!editor.isDestroyed) anchorThread(editor, draft, thread.id);
        received(thread);
        setActive(thread.id);
      }
      setDraft(null);
      if (!editor.isDestroyed) editor.commands.focus();
    },
    [documentId, draft, draftSerial, editor, received, queue],
  );

  const reply = useCallback(
    async (threadId: string, body: string, mentions: readonly CommentMention[]) => {
      const key = newReply.current.for(JSON.stringify({ documentId, threadId, body, mentions }));
      if (queue.waiting) await queue.queueReply(threadId, { body, mentions }, key);
      else {
        try {
          received(await api.replyToThread(documentId, threadId, { body, mentions }, key));
        } catch (error) {
          if (!queue.keeps(error)) throw error;
          await queue.queueReply(threadId, { body, mentions }, key);
        }
      }
      newReply.current.reset();
    },
    [documentId, received, queue],
  );

  const setStatus = useCallback(
    async (threadId: string, action: 'resolve' | 'reopen') => {
      received(await api.setThreadStatus(documentId, threadId, action));
      // Resolved is done with: its words stop standing out, also for the one who resolved it.
      if (action === 'resolve') setActive((current) => (current === threadId ? null : current));
    },
    [documentId, received],
  );

  const showThread = useCallback(
    (threadId: string) => {
      setActive(threadId);
      const anchor = threadAnchors(editor.state.doc).get(threadId);
      if (!anchor) return;
      // Selected without taking the focus: the reader stays in the margin, ready to reply.
      editor.commands.setTextSelection({ from: anchor.from, to: anchor.to });
      scrollToPosition(editor, anchor.from);
    },
    [editor],
  );

  const open = useMemo(
    () => new Set((threads ?? []).filter((thread) => thread.status === 'open').map((thread) => thread.id)),
    [threads],
  );
  // The caret in commented words brings their thread forward; elsewhere, none is picked.
  useEffect(() => {
    const follow = () => {
      const { from, to } = editor.state.selection;
      setActive((current) => threadAtSelection(threadAnchors(editor.state.doc), open, from, to, current));
    };
    editor.on('selectionUpdate', follow);
    return () => {
      editor.off('selectionUpdate', follow);
    };
  }, [editor, open]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.view.dispatch(setCommentHighlight(editor.state, { active, open, pending: draft }));
  }, [editor, active, open, draft]);

  return {
    editor,
    threads,
    loadError,
    canWrite: writer,
    canStart,
    associations: associations.status === 'ready' ? associations.data : [],
    draft,
    draftSerial,
    drafts,
    startComment,
    cancelDraft,
    submitDraft,
    reply,
    setStatus,
    active,
    showThread,
    reveal,
    queue,
  };
}
