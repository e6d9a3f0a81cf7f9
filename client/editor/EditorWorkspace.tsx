import { useMemo, useState } from 'react';
import type { MinutesDocument } from '../../shared/api/minutes';
import { atLeast } from '../../shared/api/roles';
import { describeConnection } from '../connection/connectionState';
import { useConnectionStatus } from '../connection/useConnectionStatus';
import { useMinutierEvents } from '../connection/useMinutierEvents';
import { useRightsChangeReload } from '../connection/useRightsChangeReload';
import { useSyncStatus } from '../connection/useSyncStatus';
import { withLocalCopy } from '../connection/syncStatus';
import { useMe } from '../auth/meContext';
import { proposePassages } from '../offline/proposePassages';
import { answeredFromCopy } from '../offline/offlineResources';
import { StaleCopyDialog } from '../offline/StaleCopyDialog';
import { useScrollToBlock } from './scrollToBlock';
import { awarenessUser, type AwarenessUser, type Identity } from '../identity';
import { CommentsContext } from '../comments/commentsContext';
import { useCommentsController } from '../comments/useCommentsController';
import { AppHeader } from '../pages/AppHeader';
import { useSuggestModeSetup } from '../suggestedChanges/useSuggestModeSetup';
import { DocumentHeading } from '../panels/DocumentHeading';
import { AnnexedInNotice } from '../panels/AnnexedInNotice';
import { ExportDialog } from '../panels/ExportDialog';
import { SendDialog } from '../panels/SendDialog';
import { SendingsNotice } from '../panels/SendingsNotice';
import { LettersNotice } from '../letters/LettersNotice';
import { ShareDialog } from '../panels/ShareDialog';
import type { CollaborationSession } from './collaborationSession';
import { CollaborativeEditor } from './CollaborativeEditor';
import { EditorHeader } from './EditorHeader';
import { EditorSidePanels } from './EditorSidePanels';
import { useDocMeta } from './model/useDocMeta';
import { useDocParticipants } from './model/useDocParticipants';
import { usePlanRegistry } from './model/usePlanRegistry';
import { readOnlyReason } from './readOnlyReason';
import { RefusedEditBanner } from './RefusedEditBanner';
import { useRefusedEdits } from './useRefusedEdits';
import { useCollaborationSession } from './useCollaborationSession';
import { useMinutesEditor } from './useMinutesEditor';
import { useCaretLabelsInside } from './useCaretLabelsInside';
import { useScrollBelowStickyBars } from './scrollBelowStickyBars';
import { useAnnouncedChange } from '../a11y/announcerChange';
import { usePresenceAnnouncements } from '../connection/usePresenceAnnouncements';
import { statusAnnouncement } from '../review/statusAnnouncement';
import { useTextFocusOnOpen } from '../a11y/textFocusOnOpen';
import { usePageTitle } from '../a11y/usePageTitle';

const REVIEW_EVENTS = ['review', 'settings'] as const;

/** A new session (a new epoch) gets a fresh workspace: no link or save state carried over. */
const sessionKeys = new WeakMap<CollaborationSession, number>();
let nextSessionKey = 0;
function sessionKey(session: CollaborationSession): number {
  if (!sessionKeys.has(session)) sessionKeys.set(session, nextSessionKey++);
  return sessionKeys.get(session)!;
}

interface EditorWorkspaceProps {
  id: string;
  minutes: MinutesDocument;
  /** The signed-in account's name and association, shown next to its caret. */
  identity: Identity;
  /** Reads the compte-rendu's status and access again. */
  onMinutesChanged(): void;
}

/** The editing screen of one compte-rendu: header, document heading, editor and side panels. */
export function EditorWorkspace({ id, minutes, identity, onMinutesChanged }: EditorWorkspaceProps) {
  // By value: the page builds a new identity object at every render.
  const { name, association } = identity;
  const user = useMemo(() => awarenessUser({ name, association }), [name, association]);
  const accountId = useMe().user.id;
  // Kept on this device (issue 19); a 4409 (the copy's epoch is gone) reads the document again.
  const session = useCollaborationSession(id, user, { accountId, minutes, fromServer: !answeredFromCopy(minutes), onStaleEpoch: onMinutesChanged });
  if (!session) return <AppHeader />;
  return (
    <SessionWorkspace
      key={sessionKey(session)}
      id={id}
      session={session}
      minutes={minutes}
      user={user}
      onMinutesChanged={onMinutesChanged}
    />
  );
}

interface SessionWorkspaceProps extends Omit<EditorWorkspaceProps, 'identity'> {
  session: CollaborationSession;
  user: AwarenessUser;
}

function SessionWorkspace({ id, session, minutes, user, onMinutesChanged }: SessionWorkspaceProps) {
  const connection = useConnectionStatus(session.provider);
  const sync = useSyncStatus(session);
  const localCopy = sync.localCopy;
  const connectionView = withLocalCopy(describeConnection(connection), localCopy.mode === 'on');
  const [staleCopyLater, setStaleCopyLater] = useState(false);
  useRightsChangeReload(session.provider, onMinutesChanged);
  // Said to screen readers: colleagues coming and going, their decisions, the status's moves.
  usePresenceAnnouncements(session.provider, user);
  useAnnouncedChange(minutes.status, statusAnnouncement);
  // Status, validation and the suggestion-only setting change status and access (W10, R20).
  useMinutierEvents(session.events, REVIEW_EVENTS, onMinutesChanged);
  const registry = usePlanRegistry();
  const liveMeta = useDocMeta(session.doc);
  const liveParticipants = useDocParticipants(session.doc);
  // Until the document has arrived, the copy read over HTTP stands in: no « Sans titre » flash.
  const meta = sync.loaded ? liveMeta : minutes.meta;
  const participants = sync.loaded ? liveParticipants : minutes.participants;
  const readOnly = readOnlyReason(minutes);
  const writer = readOnly === null;
  const refused = useRefusedEdits(session.refusals);
  const canEdit = writer && sync.loaded && connection.terminalClose === null && !refused;
  const minutesEditor = useMinutesEditor(session, user, canEdit);
  useScrollBelowStickyBars(minutesEditor.editor);
  useCaretLabelsInside(minutesEditor.editor);
  // A search result opens the editor at its passage (`#bloc-…`).
  useScrollToBlock(minutesEditor.editor, sync.loaded);
  // Also false once the editor found content it cannot read: nothing may be written then.
  const { editable } = minutesEditor;
  useTextFocusOnOpen(id, minutesEditor.editor, editable);
  useSuggestModeSetup(minutesEditor.editor, minutes.access);
  const comments = useCommentsController({
    documentId: id,
    session,
    editor: minutesEditor.editor,
    requests: minutesEditor.commentRequests,
    writer,
    editable,
  });
  const [dialog, setDialog] = useState<'share' | 'export' | 'send' | null>(null);
  // Read again after a sending from this page (D6).
  const [sendings, setSendings] = useState(0);
  const validated = minutes.status === 'validated';

  usePageTitle(meta.title);

  return (
    <CommentsContext.Provider value={comments}>
      <EditorHeader
        user={user}
        connection={connectionView}
        sync={sync.view}
        status={minutes.status}
        readOnlyReason={readOnly}
        onShare={() => setDialog('share')}
        onExport={() => setDialog('export')}
        {...(validated && minutes.role === 'coordination' ? { onSend: () => setDialog('send') } : {})}
      />
      <main className="page page--editor">
        {connectionView.detail && (
          <p className={`banner banner--${connectionView.tone === 'error' ? 'error' : 'warning'}`} role="alert">
            {connectionView.detail}
          </p>
        )}
        {refused && writer && <RefusedEditBanner />}
        {localCopy.explanation && (
          <p className="banner banner--warning" role="status">
            {localCopy.explanation}
          </p>
        )}
        {minutes.repaired && (
          <p className="banner banner--warning" role="status">
            {minutes.repaired.message}
          </p>
        )}
        <div className="editor-layout">
          <div className="editor-layout__document">
            <DocumentHeading
              doc={session.doc}
              meta={meta}
              validation={minutes.validation}
              writer={writer}
              editable={editable}
            />
            {validated && <SendingsNotice documentId={id} refreshKey={sendings} />}
            {validated && <LettersNotice minutesId={id} canWrite={atLeast(minutes.role, 'secretariat')} />}
            <AnnexedInNotice documentId={id} readAgainWith={minutes} />
            <CollaborativeEditor
              minutesEditor={minutesEditor}
              participants={participants}
              registry={registry}
              writer={writer}
              documentId={id}
              attachAnnexes={writer && atLeast(minutes.role, 'secretariat')}
            />
            {meta.author && <p className="document-signature">Compte-rendu réalisé par {meta.author}</p>}
          </div>
          <EditorSidePanels
            id={id}
            doc={session.doc}
            events={session.events}
            editor={minutesEditor.editor}
            minutes={minutes}
            participants={participants}
            loaded={sync.loaded}
            writer={writer}
            editable={editable}
            onMinutesChanged={onMinutesChanged}
          />
        </div>
      </main>
      {localCopy.mode === 'stale' && !staleCopyLater && (
        <StaleCopyDialog
          passages={localCopy.passages}
          onPropose={
            editable
              ? async () => {
                  if (proposePassages(minutesEditor.editor, localCopy.passages)) await session.localCopy.dropStale();
                }
              : null
          }
          onAbandon={() => session.localCopy.dropStale()}
          onClose={() => setStaleCopyLater(true)}
        />
      )}
      {dialog === 'share' && (
        <ShareDialog documentId={id} manage={atLeast(minutes.role, 'secretariat')} onClose={() => setDialog(null)} />
      )}
      {dialog === 'export' && <ExportDialog documentId={id} onClose={() => setDialog(null)} />}
      {dialog === 'send' && (
        <SendDialog
          documentId={id}
          onClose={() => setDialog(null)}
          onSent={() => {
            setDialog(null);
            setSendings((count) => count + 1);
          }}
        />
      )}
    </CommentsContext.Provider>
  );
}
