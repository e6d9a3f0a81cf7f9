import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';
import { MessageType } from './messages';

/**
 * A notice from the server about something kept outside the CRDT, so open editors refetch it.
 * Frame: [varuint MessageType.minutierEvent][varString JSON]. Stock y-websocket clients never
 * receive it: the relay sends it only to connections opened with `?events=1`.
 */
export const minutierEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('comments'), threadId: z.string() }),
  // Status, approvals, validation, reopening or the versions list changed (W10).
  z.object({ type: z.literal('review') }),
  // The collective's review settings changed: access may follow (R20, W10).
  z.object({ type: z.literal('settings') }),
]);

export type MinutierEvent = z.infer<typeof minutierEventSchema>;

/** The relay URL query parameter that opts a connection in. */
export const EVENTS_QUERY_PARAM = 'events';

export function encodeMinutierEvent(event: MinutierEvent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.minutierEvent);
  encoding.writeVarString(encoder, JSON.stringify(event));
  return encoding.toUint8Array(encoder);
}

/**
 * Reads a frame's event, or null when the frame is not a Minutier event or names a type this
 * build does not know (a newer server may send more).
 */
export function decodeMinutierEvent(frame: Uint8Array): MinutierEvent | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.minutierEvent) return null;
    return readEventPayload(decoding.readVarString(decoder));
  } catch {
    return null;
  }
}

/** The payload once the message type has been read (y-websocket `messageHandlers` get the decoder there). */
export function readEventPayload(json: string): MinutierEvent | null {
  try {
    const parsed = minutierEventSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
