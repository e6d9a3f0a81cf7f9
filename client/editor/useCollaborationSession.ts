import { useEffect, useState } from 'react';
import type { AwarenessUser } from '../identity';
import { createCollaborationSession, type CollaborationSession } from './collaborationSession';

/**
 * One session per document id, alive while the component is mounted. The user is only read
 * when the session starts; later identity changes go through the editor (`updateUser`).
 */
export function useCollaborationSession(documentId: string, user: AwarenessUser): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [initialUser] = useState(user);

  useEffect(() => {
    const created = createCollaborationSession(documentId, initialUser);
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [documentId, initialUser]);

  return session;
}
