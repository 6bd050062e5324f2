import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('postgrest', () => {
  it('23505: database text is for developers; the status says conflict', () => {
    const error = normalize('23505 unique violation (409)');
    expect(error).toMatchObject({
      kind: 'conflict',
      code: '23505',
      message: 'It clashes with something that already exists or has just changed.',
    });
    expect(error.details).toBe(
      'duplicate key value violates unique constraint "users_email_key"\nKey (email)=(ada@example.com) already exists.',
    );
  });
  it('P0001 is text the app raised on purpose', () => {
    expect(normalize('P0001 raise exception (400)')).toMatchObject({
      kind: 'bad-request',
      code: 'P0001',
      message: 'Insufficient balance for this transfer',
    });
  });
  it('42501 permission denied', () => {
    expect(normalize('42501 permission denied (403)')).toMatchObject({
      kind: 'forbidden',
      code: '42501',
      message: 'Your account does not have permission to do this.',
      details: 'permission denied for table invoices',
    });
  });
});
