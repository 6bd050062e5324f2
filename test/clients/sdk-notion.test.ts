import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APIResponseError, Client, LogLevel, RequestTimeoutError, UnknownHTTPResponseError } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @notionhq/client (the official SDK) throws, for an answer that is not 2xx:
// - `APIResponseError` when the body is JSON with a string `message` and a `code` the SDK knows: `name`
//   'APIResponseError', `code` and `message` from the body, `status`, `headers` (the fetch `Headers`), `body` = the
//   body's text (unparsed), `request_id` (the body's, else the `x-notion-request-id` header), `additional_data`,
//   `ray_id` (the `cf-ray` header).
// - `UnknownHTTPResponseError` for any other answer: `code` 'notionhq_client_response_error', `message` made by the
//   SDK ('Request to Notion API failed with status: <status>', plus a note with the Cloudflare Ray ID when the
//   answer has `cf-ray` and no `x-notion-request-id`), `status`, `headers`, `body` (the text), `request_id` from the
//   header only, `ray_id`.
// - `RequestTimeoutError` when no answer comes within `timeoutMs`: `code` 'notionhq_client_request_timeout',
//   message 'Request to Notion API has timed out'; no status.
// A failure without a response is fetch's own `TypeError: fetch failed` (`cause` = the socket error), rethrown as is.

const notion = [
  // 'notion/unauthorized-invalid-token':
  // ramnes/notion-sdk-py/tests/cassettes/test_api_response_error_additional_data.yaml
  fromCase('notion/unauthorized-invalid-token'),
  // 'notion/invalid-request-url': ramnes/notion-sdk-py/tests/cassettes/test_api_response_error.yaml
  fromCase('notion/invalid-request-url'),
];
// Not a Notion body: the Cloudflare edge's block page (api.notion.com is served through Cloudflare; the SDK has a
// message of its own for an answer with `cf-ray` and no Notion request id, naming a 403 "blocked by a network
// security rule"). 'cloudflare/1020-access-denied-text': https://github.com/hadoanngoc/php-bypass-cloudflare-challenge/issues/2
const edge = [fromCase('cloudflare/1020-access-denied-text')];

const server = serveBySegment([...notion, ...edge]);

const client = (baseUrl: string, timeoutMs?: number) =>
  new Client({
    auth: 'secret_x',
    baseUrl,
    retry: false,
    logLevel: LogLevel.ERROR, // quiet: each 'request fail' warning is a case asserted here
    ...(timeoutMs ? { timeoutMs } : {}),
  });
const PAGE_ID = 'b55c9c91-384d-452b-81db-d1ef79372b75';
const retrieve = (baseUrl: string, timeoutMs?: number) =>
  client(baseUrl, timeoutMs).pages.retrieve({ page_id: PAGE_ID });

describe('@notionhq/client: the APIResponseError it throws reads as the raw response', () => {
  it.each(notion.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(retrieve(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'GET', path: `/v1/pages/${PAGE_ID}` });
    // What the SDK carries: the status, the headers, the body's text, and its code, message and request id.
    expect(value).toBeInstanceOf(APIResponseError);
    const error = value as APIResponseError;
    const body = JSON.parse(sent.body) as { code: string; message: string; request_id: string };
    expect(error).toMatchObject({
      name: 'APIResponseError',
      code: body.code,
      message: body.message,
      status: sent.status,
      body: sent.body,
      request_id: body.request_id,
      additional_data: undefined,
      ray_id: undefined,
    });
    expect(error.headers).toBeInstanceOf(Headers);
    expect((error.headers as Headers).get('content-type')).toBe('application/json; charset=utf-8');
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@notionhq/client: the UnknownHTTPResponseError it throws reads as the raw response', () => {
  it.each(edge.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(retrieve(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(value).toBeInstanceOf(UnknownHTTPResponseError);
    const error = value as UnknownHTTPResponseError;
    const ray = sent.headers['cf-ray'];
    expect(error).toMatchObject({
      name: 'UnknownHTTPResponseError',
      code: 'notionhq_client_response_error',
      status: sent.status,
      body: sent.body,
      request_id: undefined,
      ray_id: ray,
    });
    // The SDK's own sentence, not the server's: the body says only "error code: 1020".
    expect(error.message).toBe(
      `Request to Notion API failed with status: ${sent.status}. The response was returned by Notion's edge proxy ` +
        `before reaching the Notion API (content-type: ${sent.headers['content-type']}). This may mean the request ` +
        `was blocked by a network security rule. Cloudflare Ray ID: ${ray}. Include this ID when contacting Notion support.`,
    );
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@notionhq/client: failures without a response', () => {
  it('connection refused (fetch TypeError, rethrown as is) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(retrieve(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    expect(value).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });

  // A server that takes the request and never answers, for `timeoutMs`.
  let silent: Server;
  let silentUrl = '';
  beforeAll(async () => {
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });
  it('no answer within timeoutMs (RequestTimeoutError) is timeout', async () => {
    const { threw, value } = await settle(retrieve(silentUrl, 100));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(RequestTimeoutError);
    expect(value).toMatchObject({
      name: 'RequestTimeoutError',
      code: 'notionhq_client_request_timeout',
      message: 'Request to Notion API has timed out',
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout' });
  });
});
