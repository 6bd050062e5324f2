import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('html', () => {
  it('nginx 502: plain default message, page text in details', () => {
    const error = normalize('nginx 502 Bad Gateway');
    expect(error).toMatchObject({ kind: 'unavailable', status: 502, retryable: true, message: 'Try again later.' });
    expect(error.details).toBe('502 Bad Gateway 502 Bad Gateway nginx/1.25.3');
  });
  it('Heroku application error: x-request-id is the support id; styles are dropped', () => {
    expect(normalize('Heroku Application Error')).toMatchObject({
      kind: 'unavailable',
      logId: '2f6d0e7a-8b9c-4d1e-a2f3-4b5c6d7e8f90',
      details: 'Application Error',
    });
  });
  it('Cloudflare 52x: the origin is unreachable; cf-ray is the support id', () => {
    const error = normalize('Cloudflare 522 Connection timed out');
    expect(error).toMatchObject({ kind: 'unavailable', status: 522, retryable: true, logId: '7d4c6c2f9e8b1234-SJC' });
    expect(error.details).toContain('522: Connection timed out');
    expect(error.details).not.toMatch(/<(?:html|script|div|title)|addEventListener/);
    // Its conditional comments (`<!--<![endif]-->`) leave nothing behind.
    expect(error.details).not.toMatch(/<!|-->|endif/);
  });
  it('an HTML 404 page gives the not-found default', () => {
    expect(normalize('Express default 404 page')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
      details: 'Error Cannot GET /api/x',
    });
  });
});
