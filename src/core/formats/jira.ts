import type { ErrorFormat } from './format';

/**
 * Jira and other Atlassian REST APIs: `{ errorMessages: ["…"], errors: { summary: "…" } }`.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes
 */
export const jira: ErrorFormat = {
  name: 'jira',
  keys: ['errorMessages'],
  test: (b) => Array.isArray(b.errorMessages),
};
