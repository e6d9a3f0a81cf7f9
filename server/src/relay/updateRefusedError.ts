/** An update the room does not take (R23); the relay closes its connection with 4400. */
export class UpdateRefusedError extends Error {}

export function refuseIf(reason: string | undefined): void {
  if (reason) throw new UpdateRefusedError(reason);
}
