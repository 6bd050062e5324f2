import { AnonymousCredential, BlobServiceClient, RestError } from '@azure/storage-blob';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @azure/storage-blob (core-client / core-rest-pipeline underneath) throws a `RestError` for an error response:
// `name` 'RestError', `statusCode`, `code` and `message` = the XML body's `Code` and `Message` (parsed by the
// operation's error mapper; an XML body is parsed only when the response says `application/xml`, else the error is
// `code: 'PARSE_ERROR'`), `details` = the response's headers (lower-case names as sent, x-ms-error-code's value
// renamed `errorCode`) merged with the parsed body (`code`, `message`, `authenticationErrorDetail`, …), `request`
// (the pipeline request: `url`, `method`, `headers`, …) and `response` (`status`, `headers` (an `HttpHeaders`:
// `get`, `toJSON`), `bodyAsText`, `parsedBody`, `parsedHeaders`). `request` and `response` are non-enumerable. A
// HEAD (`getProperties()`) gets no body: then `code` is undefined, `message` is empty, and x-ms-error-code's value is
// only in `details.errorCode` (and the headers). A failure without a response is a `RestError` with `code:
// 'ECONNREFUSED'`, no status.

// The Blob service answers every error that has a body with `Content-Type: application/xml` (the SDK reads the XML
// only then); the cases show the body only, so that header is added. The `x-ms` variant adds the two headers the
// service sends with every error, each with the value the case's own body shows: `x-ms-error-code` = the `Code`
// element, `x-ms-request-id` = the `RequestId:` the service writes into the `Message`.
const XML_TYPE = { 'content-type': 'application/xml' } as const;
const xms = (code: string, requestId: string) => ({ 'x-ms-error-code': code, 'x-ms-request-id': requestId });

const AUTH_FAILED = 'azure-blob-storage/authentication-failed-xml';
const MISMATCH = 'azure-blob-storage/authorization-resource-type-mismatch';
const AUTH_FAILED_XMS = xms('AuthenticationFailed', '5e8e0033-001e-002c-6c6e-61db3e000000');
const MISMATCH_XMS = xms('AuthorizationResourceTypeMismatch', '42a48a49-201e-0092-3770-a7ea70000000');

const downloads = [
  // 'azure-blob-storage/authentication-failed-xml': https://github.com/wp-media/backwpup/issues/55
  fromCase(AUTH_FAILED, XML_TYPE),
  fromCase(AUTH_FAILED, { ...XML_TYPE, ...AUTH_FAILED_XMS }, 'x-ms'),
  // 'azure-blob-storage/authorization-resource-type-mismatch':
  // https://learn.microsoft.com/ko-kr/rest/api/storageservices/Status-and-Error-Codes2
  fromCase(MISMATCH, XML_TYPE),
  fromCase(MISMATCH, { ...XML_TYPE, ...MISMATCH_XMS }, 'x-ms'),
];
/** The same answers to a HEAD: the status and the headers, no body (HTTP sends none). */
const heads: Scenario[] = [
  { ...fromCase(AUTH_FAILED, AUTH_FAILED_XMS, 'head'), body: '' },
  { ...fromCase(MISMATCH, MISMATCH_XMS, 'head'), body: '' },
];
// Left out: 'azure-blob-storage/authentication-failed-dfs-json' is an answer of the Data Lake (dfs) endpoint, which
// this client never calls (that is @azure/storage-file-datalake's).

const server = serveBySegment([...downloads, ...heads]);

/** An anonymous client (no key: nothing is signed) at the scenario's URL, retries off. */
const blob = (base: string) =>
  new BlobServiceClient(`${base}/devstoreaccount1`, new AnonymousCredential(), { retryOptions: { maxTries: 1 } })
    .getContainerClient('photos')
    .getBlobClient('avatar.png');

/** The named header as a one-member object, or none when the scenario does not send it. */
const pick = (headers: Readonly<Record<string, string>>, name: string) =>
  name in headers ? { [name]: headers[name] } : {};

interface Response {
  status: number;
  headers: { get(name: string): string | undefined };
  bodyAsText?: string;
  parsedBody?: unknown;
}

describe('@azure/storage-blob: the RestError download() throws reads as the raw response', () => {
  it.each(downloads.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(blob(server.urlOf(sent)).download());
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'GET', path: '/devstoreaccount1/photos/avatar.png' });
    // What the SDK carries: the status, the body's Code and Message, the body's text and its parse, the headers.
    expect(value).toBeInstanceOf(RestError);
    const error = value as RestError;
    const code = /<Code>([^<]*)<\/Code>/.exec(sent.body)?.[1];
    const message = /<Message>([^<]*)<\/Message>/.exec(sent.body)?.[1];
    expect(error).toMatchObject({ name: 'RestError', statusCode: sent.status, code, message });
    expect(error.details).toMatchObject({
      code,
      message,
      errorCode: sent.headers['x-ms-error-code'],
      ...pick(sent.headers, 'x-ms-request-id'),
    });
    const response = error.response as unknown as Response;
    expect(response.status).toBe(sent.status);
    expect(response.bodyAsText).toBe(sent.body);
    expect(response.parsedBody).toMatchObject({ code, message });
    expect(response.headers.get('content-type')).toBe('application/xml');
    expect(response.headers.get('x-ms-request-id')).toBe(sent.headers['x-ms-request-id']);
    expect(error.request).toMatchObject({ method: 'GET' });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@azure/storage-blob: the RestError getProperties() (a HEAD) throws reads as the raw response', () => {
  it.each(heads.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(blob(server.urlOf(sent)).getProperties());
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'HEAD', path: '/devstoreaccount1/photos/avatar.png' });
    // What the SDK carries: the status and the headers; x-ms-error-code's value only as `details.errorCode`.
    expect(value).toBeInstanceOf(RestError);
    const error = value as RestError;
    expect(error).toMatchObject({ name: 'RestError', statusCode: sent.status, code: undefined, message: '' });
    expect(error.details).toMatchObject({ errorCode: sent.headers['x-ms-error-code'] });
    const response = error.response as unknown as Response;
    expect(response.bodyAsText).toBeUndefined();
    expect(response.headers.get('x-ms-request-id')).toBe(sent.headers['x-ms-request-id']);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@azure/storage-blob: failures without a response', () => {
  it('connection refused (RestError, code ECONNREFUSED, no status) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(blob(origin).download());
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(RestError);
    expect(value).toMatchObject({ name: 'RestError', code: 'ECONNREFUSED', statusCode: undefined });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
