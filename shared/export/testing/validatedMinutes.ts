import type { ExportInput } from '../exportInput';
import type { ExportProfile } from '../exportProfile';
import { sampleMinutes } from './sampleMinutes';

/** A version hash as W2 computes it: SHA-256, 64 lowercase hex digits. */
export const VALIDATED_VERSION_HASH = '3f2a9c1e4b7d5a60c8e1f9b2d4a6c8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1';
export const VALIDATION_STATEMENT = 'Validé lors de la réunion du Collectif du 17 février 2014 — Adopté à l’unanimité';

/** The sample compte-rendu as the server exports it once validated (W13). */
export function validatedMinutes(profile: ExportProfile): ExportInput {
  return {
    ...sampleMinutes(profile),
    profile,
    validation: { meetingDate: '2014-02-17', note: 'Adopté à l’unanimité', versionHash: VALIDATED_VERSION_HASH },
  };
}

/** The same compte-rendu as a draft (or reopened): the server passes no validation at all. */
export function draftMinutes(profile: ExportProfile): ExportInput {
  const { validation: _validation, ...draft } = sampleMinutes(profile);
  return { ...draft, profile };
}
