/**
 * The y-websocket wire protocol as Minutier speaks it. Every frame starts with a
 * varuint message type; sync frames then carry a varuint sync type.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Minutier's own notices (`minutierEvent.ts`), sent only to connections that opted in with `?events=1`. */
  minutierEvent: 100,
} as const;

export const SyncType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** y-protocols/auth: the only auth message, "permission denied". */
export const AuthType = {
  permissionDenied: 0,
} as const;
