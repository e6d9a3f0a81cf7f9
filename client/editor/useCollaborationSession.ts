import { useEffect, useRef, useState } from 'react';
import type { MinutesDocument } from '../../shared/api/minutes';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { EPOCH_PARAM } from '../../shared/protocol/copyEpoch';
import type { AwarenessUser } from '../identity';
import { createCollaborationSession, type CollaborationSession } from './collaborationSession';

/** A compte-rendu kept on this device (issue 19); letters have no local copy. */
export interface KeptOffline {
  accountId: string;
  /** As the page read it; a new `epoch` starts a new session. */
  minutes: MinutesDocument;
  /** False when the page opened offline from the local copy's record. */
  fromServer: boolean;
  /**
   * The relay refused the copy's epoch (4409) while the page was open: the caller reads the
   * document again, whose new epoch starts a session that offers what was typed offline.
   */
  onStaleEpoch(): void;
}

/**
 * One session per document id, alive while the component is mounted. The user is only read
 * when the session starts; later identity changes go through the editor (`updateUser`).
 */
export function useCollaborationSession(
  documentId: string,
  user: AwarenessUser,
  offline?: KeptOffline,
): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [initialUser] = useState(user);
  /** Bumped when the epoch moved on under edits the server never had: a new session judges the copy. */
  const [generation, setGeneration] = useState(0);
  // Read when a session starts: a reload of the same epoch (a status change) keeps the session.
  const latest = useRef(offline);
  latest.current = offline;
  const accountId = offline?.accountId;
  const epoch = offline?.minutes.epoch;

  useEffect(() => {
    const kept = latest.current;
    const created = createCollaborationSession(
      documentId,
      initialUser,
      window.location,
      kept ? { localCopy: { accountId: kept.accountId, documentId, minutes: kept.minutes, fromServer: kept.fromServer } } : {},
    );
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.staleCopy) latest.current?.onStaleEpoch();
    };
    created.provider.on('connection-close', onClose);
    setSession(created);
    return () => {
      created.provider.off('connection-close', onClose);
      setSession(null);
      created.destroy();
    };
  }, [documentId, initialUser, accountId, generation]);

  // A new epoch (validation, a restore) reaches a copy that is in step with the server: it
  // follows it. With edits the server never had, a new session shows them instead (issue 19).
  useEffect(() => {
    if (!session || epoch === undefined) return;
    const declared = session.provider.params[EPOCH_PARAM];
    if (declared === undefined || declared === String(epoch)) return;
    if (session.tracker.pending) {
      setGeneration((value) => value + 1);
      return;
    }
    session.provider.params[EPOCH_PARAM] = String(epoch);
    if (latest.current) void session.localCopy.adoptEpoch(latest.current.minutes);
  }, [session, epoch]);

  return session;
}
