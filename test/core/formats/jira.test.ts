import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { normalize } from './fixture';

describe('jira', () => {
  it('errors map: fields by key, no message of its own', () => {
    const error = normalize('400 field errors only');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.fieldErrors).toEqual([
      { field: 'summary', message: 'You must specify a summary of the issue.' },
      {
        field: 'customfield_10010',
        message: "Field 'customfield_10010' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    ]);
  });
  it('errorMessages: the first is the message; a 404 stays a 404', () => {
    expect(normalize('404 errorMessages')).toMatchObject({
      kind: 'not-found',
      message: 'Issue does not exist or you do not have permission to see it.',
      fieldErrors: [],
    });
  });
  it('both: every message is listed', () => {
    const error = normalizeError({
      status: 400,
      headers: {},
      body: { errorMessages: ['Cannot create issue.'], errors: { summary: 'Summary is required.' } },
    });
    expect(error.message).toBe('Cannot create issue.');
    expect(error.fieldErrors).toEqual([
      { message: 'Cannot create issue.' },
      { field: 'summary', message: 'Summary is required.' },
    ]);
  });
});
