import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ErrorFormat } from '../../../src';
import { problemJson, xml } from '../../../src/formats';
import { FIXED } from '../../fixtures/formats';

// S3's NoSuchKey, the sample of https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (the
// conformance case amazon-s3/no-such-key).
const noSuchKey = {
  status: 404,
  headers: { 'Content-Type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?> <Error> <Code>NoSuchKey</Code> <Message>The resource you requested does not exist</Message> <Resource>/mybucket/myfoto.jpg</Resource> <RequestId>4442587FB7D0A2F9</RequestId> </Error>`,
};
const read = {
  format: 'xml',
  kind: 'not-found',
  code: 'NoSuchKey',
  message: 'The resource you requested does not exist',
  logId: '4442587FB7D0A2F9',
};

describe('xml', () => {
  it('reads an XML error document by its leaf elements, as normalizeError does', () => {
    expect(normalizeError(noSuchKey, { now: FIXED })).toMatchObject(read);
    expect(createNormalizer({ formats: [xml] })(noSuchKey, { now: FIXED })).toMatchObject(read);
  });
  it('without it, an XML document is read as a page: its status speaks, its text is for developers', () => {
    const error = createNormalizer({ formats: [problemJson] })(noSuchKey, { now: FIXED });
    expect(error).toMatchObject({ format: 'html', kind: 'not-found', messageSource: 'default' });
    expect(error.code).toBeUndefined();
    expect(error.details).toContain('NoSuchKey');
  });
  it('is tried on text only: a JSON body is read by structure', () => {
    const json = { status: 404, headers: {}, body: { message: 'The resource you requested does not exist.' } };
    expect(createNormalizer({ formats: [xml] })(json).format).toBe('generic');
  });
  it('skips a text format that throws or finds nothing, and reads on', () => {
    const throws: ErrorFormat = {
      name: 'throws',
      keys: [],
      parseText: () => {
        throw new Error('boom');
      },
    };
    const nothing: ErrorFormat = { name: 'nothing', keys: [], parseText: () => undefined };
    expect(createNormalizer({ formats: [throws, nothing, xml] })(noSuchKey, { now: FIXED })).toMatchObject(read);
  });
});
