import type * as Y from 'yjs';
import { participantsArray, readParticipants, type Participant } from '../../../shared/model/participants';
import { useObservedYType } from './useObservedYType';

/** The live participants of the compte-rendu (the Y.Array `participants`). */
export function useDocParticipants(doc: Y.Doc): Participant[] {
  return useObservedYType(participantsArray(doc) as Y.AbstractType<unknown>, () => readParticipants(doc));
}
