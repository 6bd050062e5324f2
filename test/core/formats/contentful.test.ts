import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../../src';
import { contentful } from '../../../src/formats';
import { corpus } from '../../conformance/corpus';

// The official PHP SDK's test responses (test/conformance/cases/unseen-2026-12.ts, with their sources).
const response = (id: string) => {
  const found = corpus.find((c) => c.id === id)!.response!;
  return { status: found.status, headers: found.headers ?? {}, body: found.body };
};

describe('contentful', () => {
  it('its code is `sys.id`, "the exact error code"; `details` describes the resource, not a field', () => {
    expect(normalizeError(response('contentful/entry-not-found'))).toMatchObject({
      format: 'contentful',
      kind: 'not-found',
      code: 'NotFound',
      message: 'The resource could not be found.',
      logId: 'db2d795acb78e0592af00759986c744b',
      fieldErrors: [],
    });
    expect(normalizeError(response('contentful/rate-limit-reset-header'))).toMatchObject({
      kind: 'rate-limited',
      code: 'RateLimitExceeded',
    });
  });
  it('without the format, the structure still reads the rest', () => {
    const structural = createNormalizer();
    expect(structural(response('contentful/entry-not-found'))).toMatchObject({ format: 'generic', kind: 'not-found' });
    expect(structural(response('contentful/entry-not-found')).code).toBeUndefined();
    expect(createNormalizer({ formats: [contentful] })(response('contentful/entry-not-found')).code).toBe('NotFound');
  });
});
