/**
 * A moderate violation the audit accepts, because fixing it would cost more than it brings
 * or is out of our hands. Each one is listed, with its reason, in the accessibility statement.
 */
export interface AllowedViolation {
  /** The axe-core rule id. */
  rule: string;
  /** Matches the selector axe-core gives for the element (its `target`, joined by spaces). */
  selector: RegExp;
  reason: { fr: string; en: string };
}

export const ALLOWED_MODERATE_VIOLATIONS: readonly AllowedViolation[] = [];
