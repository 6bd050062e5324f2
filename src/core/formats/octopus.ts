import type { ErrorFormat } from './format';

/**
 * Octopus Deploy: `{ ErrorMessage, Errors: ["…"], FullException, Details }`. `Errors` are form-level
 * messages; `FullException` is a stack trace for developers.
 * Seed 000 (`../shared/seeds/`); https://octopus.com/docs/octopus-rest-api
 */
export const octopus: ErrorFormat = {
  name: 'octopus',
  keys: ['ErrorMessage'],
  test: (b) => typeof b.ErrorMessage === 'string',
};
