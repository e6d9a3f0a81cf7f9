/** `GET /api/setup`: whether no account exists yet, and nothing else (SPEC A16). */
export interface SetupStatus {
  pending: boolean;
}
