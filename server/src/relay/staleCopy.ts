import { CloseCode } from '../../../shared/protocol/closeCodes';
import { parseEpoch } from '../../../shared/protocol/copyEpoch';

/** The epoch an upgrade request declared for its offline copy, beside the document's read from the store then. */
export interface CopyEpoch {
  declared: string;
  /** Undefined for a document gone meanwhile: the room's load answers that one. */
  current: number | undefined;
}

export interface CopyRefusal {
  code: number;
  reason: string;
  event: 'relay.stale_copy' | 'relay.invalid_epoch';
}

/**
 * Why a connection declaring `epoch` must be closed before any sync byte, or undefined when its
 * copy may sync (R29). A copy from an older epoch holds text that a validation or a restore
 * removed since: merged blindly, it would bring it back.
 */
export function copyRefusal(epoch: CopyEpoch): CopyRefusal | undefined {
  const declared = parseEpoch(epoch.declared);
  if (declared === undefined) return { code: CloseCode.malformedFrame, reason: 'invalid epoch', event: 'relay.invalid_epoch' };
  if (epoch.current !== undefined && declared < epoch.current) {
    return { code: CloseCode.staleCopy, reason: 'stale copy: the document changed epoch', event: 'relay.stale_copy' };
  }
  return undefined;
}
