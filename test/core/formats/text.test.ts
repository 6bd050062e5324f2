import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('text', () => {
  it('a 4xx sentence is the message', () => {
    expect(normalize('Go http.Error 400 sentence')).toMatchObject({
      kind: 'bad-request',
      message: 'The start date must be before the end date.',
    });
  });
  it('"404 page not found" is no message', () => {
    expect(normalize('Go net/http 404 page not found')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
      details: '404 page not found',
    });
  });
  it('5xx text is for developers', () => {
    expect(normalize('Envoy 503 upstream reset')).toMatchObject({
      kind: 'unavailable',
      message: 'Try again later.',
      details: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    });
  });
});
