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

describe('xml: the document as JSON would have sent it', () => {
  const header = (name: string) => (name === 'content-type' ? 'application/xml' : undefined);
  const parse = (text: string) => xml.parseText?.(text, { header, status: 400 });

  it('keeps nesting, makes lists of repeated elements and of plural wrappers, and drops one-element wrappers', () => {
    // Xero's ApiException (pyxero#43, the conformance case xero/validation-exception-xml-400), trimmed.
    const xero = `<ApiException xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><ErrorNumber>10</ErrorNumber>
      <Type>ValidationException</Type><Message>A validation exception occurred</Message>
      <Elements><DataContractBase xsi:type="Payment"><ValidationErrors><ValidationError>
      <Message>Account could not be found</Message></ValidationError></ValidationErrors><Warnings />
      </DataContractBase></Elements></ApiException>`;
    expect(parse(xero)).toEqual({
      ErrorNumber: '10',
      Type: 'ValidationException',
      Message: 'A validation exception occurred',
      Elements: { DataContractBase: { ValidationErrors: [{ Message: 'Account could not be found' }] } },
    });
    // Twilio's legacy XML (the conformance case twilio/legacy-xml-400-code): the exception inside its wrapper.
    expect(
      parse(
        '<TwilioResponse><RestException><Code>21201</Code><Message>No called number is specified</Message></RestException></TwilioResponse>',
      ),
    ).toEqual({ Code: '21201', Message: 'No called number is specified' });
  });

  it('reads `type="array"`, entities once, CDATA as text, and a field named in an attribute', () => {
    expect(parse('<errors type="array"/>')).toEqual({ errors: [] });
    expect(parse('<Error><Message>doesn&#39;t &#x27;fit&#x27; &amp;lt;b&amp;gt;</Message></Error>')).toEqual({
      Message: "doesn't 'fit' &lt;b&gt;",
    });
    expect(parse('<Error><Message><![CDATA[Use <b> & co]]></Message><Code>X</Code></Error>')).toEqual({
      Message: 'Use <b> & co',
      Code: 'X',
    });
    expect(parse('<errors><error field="account.email" symbol="invalid_email">is not valid</error></errors>')).toEqual({
      errors: [{ field: 'account.email', message: 'is not valid', code: 'invalid_email' }],
    });
  });

  it('degrades on hostile documents: unclosed, mismatched, deep and long ones never throw', () => {
    const deep = '<a>'.repeat(50_000) + 'x' + '</a>'.repeat(50_000);
    for (const text of [
      '<Error><Code>X</Code>',
      '<a><b></a></b>',
      deep,
      `<Error>${'<Code>x</Code>'.repeat(20_000)}</Error>`,
    ])
      expect(() =>
        normalizeError({ status: 400, headers: { 'content-type': 'application/xml' }, body: text }),
      ).not.toThrow();
    expect(parse('<Error><Code>X</Code>')).toEqual({ Code: 'X' });
  });
});
