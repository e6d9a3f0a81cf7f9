import { DiffView } from './DiffView';
import { ModalDialog } from '../panels/ModalDialog';
import type { DiffSide } from './reviewApi';
import { VersionView } from './VersionView';

/** What the viewer shows: one version as it was, or what changed between two texts. */
export type Viewed = { title: string } & ({ versionId: string } | { from: DiffSide; to: DiffSide });

/** The large read-only dialog for a version or a comparison. */
export function DocumentViewer({ documentId, viewed, onClose }: { documentId: string; viewed: Viewed; onClose(): void }) {
  return (
    <ModalDialog title={viewed.title} size="document" onClose={onClose}>
      {'versionId' in viewed ? (
        <VersionView documentId={documentId} versionId={viewed.versionId} />
      ) : (
        <DiffView documentId={documentId} from={viewed.from} to={viewed.to} />
      )}
    </ModalDialog>
  );
}
