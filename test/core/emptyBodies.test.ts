import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';

const NOW = Date.UTC(2026, 10, 22, 12);
// What clients hand over for a body with nothing in it: axios and redaxios `''`, fetch readers null,
// ky 2 and ofetch undefined, a server that sends a newline (RFC 9110 §10.2.3 fixture) whitespace.
const BLANK: ReadonlyArray<readonly [string, unknown]> = [
  ["''", ''],
  ['null', null],
  ['undefined', undefined],
  ['whitespace', '   \n'],
];
// test/fixtures/seeds.ts 'access_denied (query)': the OAuth error is in the redirect's Location, not the body.
const LOCATION =
  'https://app.example.com/callback?error=access_denied&error_description=The%20resource%20owner%20denied%20the%20request&state=xyz';

describe('an empty body reads alike whichever way a client spells it', () => {
  it.each(BLANK)('%s beside an OAuth redirect keeps the error of its Location', (_, body) => {
    expect(normalizeError({ status: 302, headers: { location: LOCATION }, body }, { now: NOW })).toMatchObject({
      kind: 'forbidden',
      code: 'access_denied',
      message: 'The resource owner denied the request',
    });
  });
  it.each(BLANK)('%s as axios `data` reads as no body', (_, data) => {
    const thrown = Object.assign(new Error('Request failed with status code 404'), {
      name: 'AxiosError',
      code: 'ERR_BAD_REQUEST',
      response: { status: 404, headers: { 'x-amz-request-id': 'request-id' }, data },
    });
    expect({ ...normalizeError(thrown, { now: NOW }) }).toEqual({
      ...normalizeError({ status: 404, headers: { 'x-amz-request-id': 'request-id' }, body: null }, { now: NOW }),
    });
  });
});
