import type { ConnectionTone } from './connectionState';

/** The part of the header's link state that announcements follow. */
export interface ConnectionShown {
  label: string;
  tone: ConnectionTone;
}

export interface ConnectionAnnouncement {
  text: string | null;
  /** A loss was said and its end not yet: the next « Connecté » is news. */
  lossSaid: boolean;
  /**
   * Said only if the state lasts `LOSS_SETTLE_MS`: the relay closes every socket to reconnect it
   * at once when a compte-rendu is validated or rights change, which is no news; `lossSaid` is
   * then what holds once it is said.
   */
  onlyIfLasting?: true;
}

export const LOSS_SETTLE_MS = 2_000;

/**
 * What a screen reader is told when the link to the server changes: its loss, going offline
 * and its return. The page's first connection is not news, nor is a return nobody was told
 * was needed. A refusal of the server (tone `error`) is said by the alert banner, with why.
 */
/** A page that opened offline shows it: the connection, when it comes, is news. */
export const lossShownAtFirst = (first: ConnectionShown): boolean => first.tone === 'offline';

export function connectionAnnouncement(previous: ConnectionShown, current: ConnectionShown, lossSaid: boolean): ConnectionAnnouncement {
  if (previous.tone === current.tone) return { text: null, lossSaid };
  switch (current.tone) {
    case 'ok':
      return { text: lossSaid ? 'Connexion rétablie.' : null, lossSaid: false };
    case 'busy':
      return previous.tone === 'ok'
        ? { text: 'Connexion perdue, reconnexion en cours.', lossSaid: true, onlyIfLasting: true }
        : { text: null, lossSaid };
    case 'offline':
      return { text: `${current.label}.`, lossSaid: true };
    case 'error':
      return { text: null, lossSaid };
  }
}
