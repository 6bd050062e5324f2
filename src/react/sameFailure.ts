import type { ApiError } from 'api-error-kit';

/**
 * Whether two models tell of one failure: the same model, or the model read from a response's status
 * and the one read once its body arrived (one thrown value, one kind). Notices announce, take focus
 * and retry once per failure, so a body that only adds detail changes the words in place. A retry
 * that fails again throws a new value: a new failure.
 */
export function sameFailure(a: ApiError | null | undefined, b: ApiError | null | undefined): boolean {
  // A model without its thrown value (one that went through structuredClone) is only itself.
  return a === b || (typeof a?.cause == 'object' && a.cause !== null && a.cause === b?.cause && a.kind === b.kind);
}
