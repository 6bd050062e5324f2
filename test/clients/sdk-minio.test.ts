import { Client, S3Error, type ClientOptions } from 'minio';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { minioErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario as fromCase, serveBySegment } from './vendor';

// The MinIO JavaScript client 8.0.7 (`minio`) sends every call through `makeRequestStreamAsync`
// (node_modules/minio/dist/esm/internal/client.mjs) over `node:http`, and keeps no response for an answer it did not
// expect:
// - `requestWithRetry` (internal/request.mjs) first turns the statuses of `retryHttpCodes` (408, 429, 499, 500, 502,
//   503, 504, 520) into a retry (once by default, after 200 to 400 ms and a `console.warn`), then, with retries off
//   too, into a plain `Error` "Request failed after <n> retries: Error: Retryable HTTP status: <status>": no headers,
//   no body, the status only in the message;
// - any other status goes to `parseResponseError` (internal/xml-parser.mjs), which throws an `S3Error` (errors.mjs,
//   `name` 'S3Error') with no status and no headers but `x-amz-request-id`, `x-amz-id-2` and `x-amz-bucket-region`
//   as `amzRequestid`, `amzId2` and `amzBucketRegion`. With a body, `parseError` parses it with fast-xml-parser and
//   copies the `<Error>` element's children onto the error under their names in lower case (`code`, `message`,
//   `resource`, `requestid`, `hostid`, …, number-like text made a number); a body that is not S3's XML (JSON, text,
//   an HTML page) leaves nothing but those three. Without a body (a HEAD), `code` and `message` are its own words for
//   the status (403 `AccessDenied` "Valid and authorized credentials required", 404 `NotFound` "Not Found", words of
//   their own for 301 and 307, and one pair for 405 and 501), MinIO's `x-minio-error-code` and `x-minio-error-desc`
//   headers for any other, else empty; its `cause` is the object of those three headers.
// - A 2xx resolves as each call says: `makeBucket` with nothing (the body drained), `statObject` with the headers'
//   stat, `listBuckets` with the parsed list, or an `InvalidXMLError` when the body is no `ListAllMyBucketsResult`.
// - A failure without a response is `http.request`'s own error (`ECONNREFUSED`), rethrown as it came. No call takes
//   a signal and there is no timeout option (`setRequestOptions` keeps only agent and TLS options); an app aborts
//   through the client's documented `transport` option (`Pick<typeof http, 'request'>`), whose `request` can pass
//   its signal on.

/** The statuses `requestWithRetry` reports only in its message: `retryHttpCodes` of internal/request.mjs. */
const RETRIED = new Set([408, 429, 499, 500, 502, 503, 504, 520]);
/** The statuses `parseResponseError` names by words that stand for one status alone, when no body came. */
const NAMED = new Set([301, 307, 403, 404]);
/** The headers `parseResponseError` keeps. */
const KEPT_HEADERS = new Set(['x-amz-request-id', 'x-amz-id-2', 'x-amz-bucket-region']);
/** A document whose root is `<Error>`: the only body `parseError` takes anything from. */
const S3_XML = /^(?:<\?xml[^>]*\?>)?\s*<Error>/;

/**
 * A client of the server at `url` as an app makes one: keys (so every request is signed), the region given (so no
 * `?location` lookup comes first), retries off unless said.
 */
function s3(url: string, options: Partial<ClientOptions> = {}): Client {
  const { hostname, port } = new URL(url);
  return new Client({
    endPoint: hostname,
    port: Number(port),
    useSSL: false,
    accessKey: 'minioadmin',
    secretKey: 'minioadmin',
    region: 'us-east-1',
    retryOptions: { disableRetry: true },
    ...options,
  });
}

/** The same answer to a HEAD: its status and headers, no body (HTTP sends none). */
const asHead = (sent: Scenario): Scenario => ({ ...sent, body: '' });

/** The model of the answer as MinIO keeps it, per the header comment: what the app can be told at best. */
function keptModel(sent: Scenario, handed: unknown): ApiError {
  if (sent.status < 300) return normalizeError(handed, { now: NOW });
  if (RETRIED.has(sent.status)) return normalizeError({ status: sent.status, headers: {}, body: null }, { now: NOW });
  const headers = Object.fromEntries(
    Object.entries(sent.headers).filter(([name]) => KEPT_HEADERS.has(name.toLowerCase())),
  );
  if (sent.body === '')
    return normalizeError(
      { status: NAMED.has(sent.status) ? sent.status : undefined, headers, body: null },
      { now: NOW },
    );
  return normalizeError({ headers, body: S3_XML.test(sent.body) ? sent.body : null }, { now: NOW });
}

/** Why MinIO keeps less than the answer, by what it kept. */
function why(sent: Scenario): string {
  if (sent.status < 300) return 'a 2xx is no failure to MinIO: the call resolves with what it makes of the body';
  if (RETRIED.has(sent.status))
    return 'a status it retries comes back as a plain Error naming it, with no headers and no body';
  if (sent.body === '')
    return NAMED.has(sent.status)
      ? 'without a body, the S3Error keeps the status only as its own code and message, and three x-amz headers'
      : 'without a body, a status its table does not name leaves an empty S3Error with three x-amz headers';
  return S3_XML.test(sent.body)
    ? 'the S3Error keeps the <Error> document and three x-amz headers, not the status'
    : 'a body that is not S3 XML leaves an empty S3Error with three x-amz headers: no status, no body';
}

/** What MinIO drops of an answer, given what the call handed the app. */
const droppedOf = (sent: Scenario, handed: unknown): Dropped | undefined =>
  droppedBetween(rawModel(sent, NOW), keptModel(sent, handed), why(sent));

const shared = serveScenarios();

describe('minio: what makeBucket (PUT /<bucket>) throws reads as the raw response, but for what MinIO drops', () => {
  // A 2xx makeBucket resolves with nothing: that is what the app holds.
  const drops = Object.fromEntries(
    scenarios.map((sent) => [sent.name, droppedOf(sent, undefined)] as const).filter(([, dropped]) => dropped),
  ) as Partial<Record<ScenarioName, Dropped>>;
  itAgreesWithTheRawResponse(shared, {
    request: (url) => s3(url).makeBucket(new URL(url).pathname.slice(1)),
    fails: (sent) => sent.status !== 200,
    drops,
  });

  it('an S3 XML body: an S3Error with the <Error> elements in lower case and no status', async () => {
    const { value } = await settle(s3(shared().url).makeBucket('xml-s3'));
    expect(value).toBeInstanceOf(S3Error);
    expect(value).toMatchObject({
      name: 'S3Error',
      code: 'NoSuchKey',
      message: 'The resource you requested does not exist',
      resource: '/mybucket/myfoto.jpg',
      requestid: '4442587FB7D0A2F9',
    });
    expect(value).not.toHaveProperty('status');
    expect(value).not.toHaveProperty('statusCode');
    expect(value).not.toHaveProperty('headers');
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'not-found',
      code: 'NoSuchKey',
      message: 'The resource you requested does not exist',
      logId: '4442587FB7D0A2F9',
    });
  });
});

// Corpus answers of S3 and the stores that speak it, each to the call its source made (or to any object call when
// the source names none). 'amazon-s3/no-such-key': docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html;
// 'amazon-s3/no-such-bucket-body-id-over-header', 'amazon-s3/head-404-empty-body': boto/botocore
// tests/unit/test_parsers.py; 'amazon-s3/invalid-access-key-id': raster-foundry/raster-foundry#289;
// 'amazon-s3/expired-token-400': romange/helio#15; 'amazon-s3/signature-does-not-match': s3tools/s3cmd#1053;
// 'minio/access-denied-object-403': minio/minio#12940; 'seaweedfs/s3-put-access-denied-403': seaweedfs/seaweedfs#2180;
// 'cloudflare-r2/put-no-such-bucket-404': lsky-org/lsky-pro#600; 'scality-cloudserver/website-no-such-bucket-html-404':
// scality/cloudserver#565; 'wasabi/head-bucket-account-inactive-400': sa7mon/S3Scanner#455.
const gets = [
  fromCase('amazon-s3/no-such-key'),
  fromCase('amazon-s3/no-such-bucket-body-id-over-header'),
  fromCase('amazon-s3/invalid-access-key-id'),
  fromCase('amazon-s3/expired-token-400'),
  fromCase('amazon-s3/signature-does-not-match'),
  fromCase('minio/access-denied-object-403'),
  fromCase('scality-cloudserver/website-no-such-bucket-html-404'),
  // The nginx 502 page, a 503 with Retry-After: statuses MinIO retries.
  scenario('html-gateway'),
  scenario('unavailable-503'),
];
const puts = [fromCase('seaweedfs/s3-put-access-denied-403'), fromCase('cloudflare-r2/put-no-such-bucket-404')];
/** Answers to a HEAD of an object: every shared scenario, and S3's and MinIO's own, with no body. */
const heads = [
  ...scenarios.map(asHead),
  fromCase('amazon-s3/head-404-empty-body'),
  asHead(fromCase('minio/access-denied-object-403', {}, 'head')),
];
/** Answers to a HEAD of a bucket. */
const bucketHeads = [fromCase('wasabi/head-bucket-account-inactive-400')];
// GET / (ListBuckets), as each source sent it: 'minio/list-buckets-anonymous-403': minio/charts#12;
// 'garage/anonymous-access-403': makakoo/makakoo-os docs/walkthroughs/13-shared-storage-garagetytus.md;
// 'minio/console-port-403-behind-envoy' (`mc ls`): pivotal-sadubois/tanzu-demo-hub#13; 'amazon-s3/slow-down-in-a-200':
// awslabs/aws-sdk-kotlin Handle200ErrorsInterceptorTest.kt.
const lists = [
  fromCase('minio/list-buckets-anonymous-403'),
  fromCase('garage/anonymous-access-403'),
  fromCase('minio/console-port-403-behind-envoy'),
  fromCase('amazon-s3/slow-down-in-a-200'),
];

const objects = serveBySegment([...gets, ...puts, ...heads, ...bucketHeads]);
/** ListBuckets asks for `/`: one server per answer. */
const roots = lists.map((sent) => {
  const rooted = { ...sent, name: '' };
  return [sent, rooted, serveBySegment([rooted])] as const;
});
const bucketOf = (url: string): string => new URL(url).pathname.split('/')[1] ?? '';

/** The app's call, what it got, and that it is what MinIO keeps of the raw answer. */
async function expectKept(sent: Scenario, call: Promise<unknown>, fails = sent.status >= 300): Promise<unknown> {
  const { threw, value } = await settle(call);
  expect(threw, threw ? String(value) : 'resolved').toBe(fails);
  expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), droppedOf(sent, value));
  return value;
}

describe('minio: what getObject and putObject throw on S3 stores’ answers', () => {
  it.each(gets.map((sent) => [sent.name, sent] as const))('getObject: %s', async (_, sent) => {
    const url = objects.urlOf(sent);
    await expectKept(sent, s3(url).getObject(bucketOf(url), 'avatar.png'));
    expect(objects.received(sent)).toMatchObject({ method: 'GET', path: '/avatar.png' });
  });
  it.each(puts.map((sent) => [sent.name, sent] as const))('putObject: %s', async (_, sent) => {
    const url = objects.urlOf(sent);
    await expectKept(sent, s3(url).putObject(bucketOf(url), 'avatar.png', Buffer.from('image')));
    expect(objects.received(sent)).toMatchObject({ method: 'PUT', path: '/avatar.png', body: 'image' });
  });
});

describe('minio: what statObject and bucketExists (a HEAD, no body) throw', () => {
  it.each(heads.map((sent) => [sent.name, sent] as const))('statObject: %s', async (_, sent) => {
    const url = objects.urlOf(sent);
    await expectKept(sent, s3(url).statObject(bucketOf(url), 'avatar.png'));
    expect(objects.received(sent)).toMatchObject({ method: 'HEAD', path: '/avatar.png' });
  });
  it.each(bucketHeads.map((sent) => [sent.name, sent] as const))('bucketExists: %s', async (_, sent) => {
    const url = objects.urlOf(sent);
    await expectKept(asHead(sent), s3(url).bucketExists(bucketOf(url)));
    expect(objects.received(sent)).toMatchObject({ method: 'HEAD', path: '' });
  });

  it('a 404 HEAD: an S3Error of its own words and the x-amz headers, read as the 404 it stands for', async () => {
    const sent = scenario('empty-404');
    const url = objects.urlOf(asHead(sent));
    const { value } = await settle(s3(url).statObject(bucketOf(url), 'avatar.png'));
    expect(value).toMatchObject({
      name: 'S3Error',
      code: 'NotFound',
      message: 'Not Found',
      amzRequestid: 'request-id',
    });
    expect((value as Error).cause).toEqual({
      amzRequestid: 'request-id',
      amzId2: 'second-id',
      amzBucketRegion: undefined,
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404, logId: 'request-id' });
  });
});

describe('minio: what listBuckets (GET /) throws or resolves', () => {
  it.each(roots.map(([sent, rooted, server]) => [sent.name, sent, rooted, server] as const))(
    '%s',
    async (_, sent, rooted, server) => {
      const value = await expectKept(sent, s3(server.urlOf(rooted)).listBuckets(), true);
      // The path after `/`: none.
      expect(server.received(rooted)).toMatchObject({ method: 'GET', path: '' });
      // The 200 with an error document: MinIO looks for its list, finds none, and says so in its own words.
      if (sent.status < 300) expect(value).toMatchObject({ name: 'InvalidXMLError' });
    },
  );
});

describe('minio: its retries', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('by default it retries a 503 once, then throws a plain Error naming the status: read as it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sent = scenario('unavailable-503');
    const url = objects.urlOf(sent);
    const client = s3(url, { retryOptions: undefined });
    const value = await expectKept(sent, client.getObject(bucketOf(url), 'avatar.png'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(value).toMatchObject({
      name: 'Error',
      message: 'Request failed after 1 retries: Error: Retryable HTTP status: 503',
    });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(model.retryAt).toBeUndefined();
  });
});

/** The client's `transport` with the app's signal on every request: how an app ends a MinIO call. */
const withSignal = (signal: AbortSignal): ClientOptions['transport'] => ({
  request: ((options: object, callback: never) => httpRequest({ ...options, signal }, callback)) as typeof httpRequest,
});

describe('minio: failures without a response', () => {
  itTellsTransportFailures(shared, refusedUrl, {
    refused: (url) => s3(url).makeBucket('json-error'),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = s3(url, { transport: withSignal(controller.signal) }).makeBucket(bucketOf(url));
      controller.abort();
      return pending;
    },
  });

  it('it has no timeout of its own: an AbortSignal.timeout through its transport is timeout', async () => {
    const url = `${shared().url}/slow`;
    const { threw, value } = await settle(
      s3(url, { transport: withSignal(AbortSignal.timeout(50)) }).makeBucket(bucketOf(url)),
    );
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

describe('minio: read by a normalizer that names it, or by one that does not', () => {
  it('its S3Error and its retried Error are read only by a normalizer that names minioErrors', async () => {
    const named = createNormalizer({ clients: [minioErrors] });
    const xml = (await settle(s3(shared().url).makeBucket('xml-s3'))).value;
    const retried = (await settle(s3(shared().url).makeBucket('html-gateway'))).value;
    expect(named(xml, { now: NOW })).toMatchObject({ kind: 'not-found', code: 'NoSuchKey' });
    expect(named(retried, { now: NOW })).toMatchObject({ kind: 'unavailable', status: 502 });
    for (const value of [xml, retried]) expect(createNormalizer()(value, { now: NOW }).kind).toBe('unknown');
  });

  it('hostile members never throw: each costs only itself', () => {
    const error = Object.assign(new Error(''), {
      name: 'S3Error',
      code: 5,
      requestid: ['x'],
      amzRequestid: { toString: () => 'x' },
      amzId2: 'second-id',
    });
    Object.defineProperty(error, 'message', { value: { toString: () => 'x' } });
    for (const name of ['hostid', 'amzBucketRegion', 'cause'])
      Object.defineProperty(error, name, {
        enumerable: true,
        get: () => {
          throw new Error('hostile getter');
        },
      });
    const read = (value: unknown) => ({ header: () => undefined, body: value });
    const source = minioErrors.read(error, read);
    expect(source?.body).toMatchObject({ Code: 5, RequestId: ['x'] });
    expect(source?.body).not.toHaveProperty('HostId');
    expect(source?.header('x-amz-id-2')).toBe('second-id');
    const throwing = new Proxy(new Error('Request failed after 1 retries: Error: Retryable HTTP status: 503'), {
      get: () => {
        throw new Error('hostile proxy');
      },
      ownKeys: () => {
        throw new Error('hostile proxy');
      },
    });
    expect(minioErrors.test?.(throwing)).toBe(false);
    expect(minioErrors.read(throwing, read)?.status).toBeUndefined();
    expect(() => normalizeError(error, { now: NOW })).not.toThrow();
  });
});
