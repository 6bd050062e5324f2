import { Client } from '@hubspot/api-client';
import { ApiException } from '@hubspot/api-client/lib/codegen/crm/contacts';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @hubspot/api-client (the official Node SDK, OpenAPI-generated) throws, for any answer that is not 2xx, an
// `ApiException` (per API module; `crm/contacts`'s here): `code` = the HTTP status, `headers` = a plain object of the
// response's headers (lower-case names), `body` = the parsed JSON body as is (the generated code asks to deserialize it
// as type "Error", which its type map does not hold (the model is registered as "ModelError"), so the parsed value is
// kept unchanged: every member, `in` included). `message` is
// 'HTTP-Code: <status>\nMessage: An error occurred.\nBody: <the body as JSON>\nHeaders: <the headers as JSON>';
// `name` is 'Error'. Retries are off unless `numberOfApiCallRetries` is set; no limiter unless `limiterOptions`.
// A failure without a response is node-fetch's `FetchError` (`type` 'system', `code` 'ECONNREFUSED'), rethrown as is.

const scenarios = [
  // 'hubspot/validation-error-envelope': https://developers.hubspot.com/docs/faq/api-error-responses
  fromCase('hubspot/validation-error-envelope'),
];

const server = serveBySegment(scenarios);

const hubspot = (basePath: string) => new Client({ accessToken: 'pat-na1-test', basePath });
const createContact = (basePath: string) =>
  hubspot(basePath).crm.contacts.basicApi.create({ properties: { name: '' }, associations: [] });

describe('@hubspot/api-client: the ApiException it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(createContact(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/crm/v3/objects/contacts' });
    // What the SDK carries: the status, the headers, and the parsed body.
    expect(value).toBeInstanceOf(ApiException);
    const error = value as ApiException<unknown>;
    expect(error.code).toBe(sent.status);
    expect(error.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(error.body).toEqual(JSON.parse(sent.body));
    expect(error.message).toMatch(/^HTTP-Code: 400\nMessage: An error occurred\.\nBody: \{/);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@hubspot/api-client: failures without a response', () => {
  it("connection refused (node-fetch's FetchError, code ECONNREFUSED) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(createContact(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'FetchError', type: 'system', code: 'ECONNREFUSED' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
