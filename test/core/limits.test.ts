import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';

const laravel = (fields: number) => ({
  status: 422,
  headers: {},
  body: {
    message: 'The given data was invalid.',
    errors: Object.fromEntries(
      Array.from({ length: fields }, (_, i) => [`rows.${i}.email`, [`Row ${i + 1}: enter an email address`]]),
    ),
  },
});

describe('how many field errors a model holds', () => {
  it('keeps a bulk import report of a thousand rows whole, in order', () => {
    const { fieldErrors } = normalizeError(laravel(1000));
    expect(fieldErrors).toHaveLength(1000);
    expect(fieldErrors[0]).toEqual({ field: 'rows.0.email', message: 'Row 1: enter an email address' });
    expect(fieldErrors[999]).toEqual({ field: 'rows.999.email', message: 'Row 1000: enter an email address' });
  });

  it('stops at a thousand, however many the body holds', () => {
    expect(normalizeError(laravel(1500)).fieldErrors).toHaveLength(1000);
    const list = {
      status: 400,
      headers: {},
      body: { errors: Array.from({ length: 100_000 }, (_, i) => `Problem ${i}`) },
    };
    expect(normalizeError(list).fieldErrors).toHaveLength(1000);
  });

  it('holds custom parsers to the same limit', () => {
    const parser = {
      name: 'bulk',
      parse: () => ({
        fieldErrors: Array.from({ length: 5000 }, (_, i) => ({ field: `row.${i}`, message: 'Check this row' })),
      }),
    };
    expect(normalizeError({ status: 422, headers: {}, body: {} }, { parsers: [parser] }).fieldErrors).toHaveLength(
      1000,
    );
  });
});

describe('boxed strings', () => {
  it('are read as one message, not walked character by character', () => {
    const { fieldErrors } = normalizeError({
      status: 422,
      headers: {},
      body: { message: 'Invalid', errors: { email: [new String('Enter an email address')] } },
    });
    expect(fieldErrors).toEqual([{ field: 'email', message: 'Enter an email address' }]);
  });
});

describe('how a long message is cut', () => {
  it('after its last whole sentence that fits, so no link is shown cut (Bitbucket Cloud 401 text)', async () => {
    // The body quoted in GearPlug/bitbucket-python#10, sent as plain text (see the conformance case
    // bitbucket/login-failed-401-text): 370 characters, the last 230 two help links.
    const body =
      'Login failed due to incorrect login credentials or method.\nFor information on authentication methods for Bitbucket Cloud APIs, visit:\n    https://developer.atlassian.com/cloud/bitbucket/rest/intro/#authentication\nIf you are unsure of which login details or login method to use, visit:\n    https://support.atlassian.com/bitbucket-cloud/docs/log-into-or-connect-to-bitbucket-cloud/\n';
    const error = normalizeError({ status: 401, headers: { 'content-type': 'text/plain' }, body });
    expect(error.message).toBe('Login failed due to incorrect login credentials or method.');
  });
  it('after its last whole word when no sentence ends in time, with an ellipsis', () => {
    const message = `The import failed because ${'the spreadsheet row '.repeat(30)}was empty.`;
    const error = normalizeError({ status: 400, headers: {}, body: { message } });
    expect(error.message).toMatch(/^The import failed because (the spreadsheet row )+the…$/);
    expect(error.message.length).toBeLessThanOrEqual(300);
  });
});
