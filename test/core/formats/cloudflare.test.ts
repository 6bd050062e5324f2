import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('cloudflare', () => {
  it('success:false: the first error is the message and its numeric code the code, not repeated as a field error', () => {
    expect(normalize('403 authentication error')).toMatchObject({
      kind: 'forbidden',
      code: '10000',
      message: 'Authentication error',
      logId: '8e1f2a3b4c5d6e7f-LHR',
      fieldErrors: [],
    });
    expect(normalize('400 record already exists')).toMatchObject({
      kind: 'bad-request',
      code: '81057',
      message: 'Record already exists.',
      fieldErrors: [],
    });
  });
});
