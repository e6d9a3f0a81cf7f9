import type { ValidationApproval } from '../../../shared/review/unanimity';

/** Raised when validation is asked without every association's approval and without the explicit confirmation (W11). */
export class NotUnanimousError extends Error {
  constructor(readonly approvals: ValidationApproval[]) {
    super('validation without every association’s approval');
  }
}
