/**
 * Close codes the relay uses. Codes 4400–4499 tell the stock y-websocket client not
 * to reconnect (the server refused for good); 4500+ and 1xxx let it retry.
 */
export const CloseCode = {
  /** A frame could not be decoded: truncated, garbage, or an invalid Yjs update. */
  malformedFrame: 4400,
  /** No valid session or token. */
  unauthenticated: 4401,
  /** Signed in, but the right to read this document was withdrawn. */
  forbidden: 4403,
  /** The document id does not exist (or is not visible to this user). */
  unknownDocument: 4404,
  /**
   * The connection declared an offline copy from an older epoch than the document's (R29): a
   * validation or a restore removed text since, which a blind merge would bring back (like HTTP 409).
   */
  staleCopy: 4409,
  /**
   * The editor's document schema is older than the server's: its binding would delete
   * the nodes it cannot represent, so it must reload first (like HTTP 426).
   */
  outdatedSchema: 4426,
  /** The client sent presence messages far faster than allowed, for seconds (like HTTP 429). */
  tooManyMessages: 4429,
  /** A frame exceeded the configured maximum (RFC 6455 "message too big"). */
  messageTooBig: 1009,
  /** The server is shutting down; the client should reconnect later. */
  goingAway: 1001,
  /** Storage failed; the update was not accepted and the client should retry. */
  storageFailure: 4500,
  /** The user's rights on the document changed: reconnect to get the new ones. */
  rightsChanged: 4503,
} as const;

/** What the UI says when the relay closes a connection with one of our codes. */
export const closeMessagesFr: Record<number, string> = {
  [CloseCode.malformedFrame]: 'Le serveur a refusé un message mal formé.',
  [CloseCode.unauthenticated]: 'Votre session a expiré ou a été fermée : reconnectez-vous.',
  [CloseCode.forbidden]: 'Vous n’avez plus accès à ce compte-rendu.',
  [CloseCode.unknownDocument]: "Ce compte-rendu n'existe pas.",
  [CloseCode.staleCopy]:
    'Ce compte-rendu a été restauré ou validé depuis votre copie hors ligne : elle n’a pas été fusionnée.',
  [CloseCode.outdatedSchema]:
    'Une nouvelle version de Minutier est disponible : rechargez la page pour continuer à éditer.',
  [CloseCode.tooManyMessages]: 'Trop de messages envoyés au serveur : la connexion a été fermée.',
  [CloseCode.messageTooBig]: 'Modification trop volumineuse pour le serveur.',
  [CloseCode.rightsChanged]: 'Vos droits sur ce compte-rendu ont changé ; reconnexion…',
  [CloseCode.storageFailure]: "Le serveur n'a pas pu enregistrer ; nouvel essai…",
};
