import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Dropped, type Scenario } from './harness';

// twilio (the official Node SDK; axios underneath, which parses a JSON body whatever its type) throws, for a
// status outside 2xx:
// - a `TwilioServiceException` when the body is an RFC 9457 problem with Twilio's members (string `type` and
//   `title`, numeric `status` and `code`): `message` '[HTTP <status>] <title>', `type`, `title`, `status` (the
//   body's), `code` (the body's number), and `detail`, `instance`, `errors` when the body has them. No headers, no
//   body. The class is not exported from the package's index (only from `twilio/lib/base/TwilioServiceException`).
// - else a `RestException`: `status` = the HTTP status, and when the body parses as JSON its `message`, `code`,
//   `more_info` (as `moreInfo`) and `details`; when it does not (XML, HTML, text) `message` is '[HTTP <status>]
//   Failed to execute request' and nothing of the body is kept. No headers.
// Both have `name` 'Error'. A failure without a response is axios's own `AxiosError` (`isAxiosError`, `code:
// 'ECONNREFUSED'`, no `response`; its `name` is 'Error' here), passed through as is.

// No header is added to the cases: they do not show the type Twilio sends with them, and the SDK does not look.
const problems = [
  // 'twilio/rfc9457-detail-400':
  // twilio/twilio-node/spec/unit/base/TwilioServiceException.spec.ts@17d127b7c42d33bd57ac0a3177e0f1540acfd231
  fromCase('twilio/rfc9457-detail-400'),
  // 'twilio/rfc9457-validation-errors-422': same source
  fromCase('twilio/rfc9457-validation-errors-422'),
];
// The corpus has no answer in the JSON shape that gives a `RestException` (`{ code, message, more_info, status }`).
// The older API's XML answers are the only ones that reach that class; twilio-node asks for JSON
// (`Accept: application/json`) and would meet them only from a server that ignores that.
const xml = [
  // 'twilio/legacy-xml-404': https://www.twilio.com/docs/api/2008-08-01/rest/response
  fromCase('twilio/legacy-xml-404'),
  // 'twilio/legacy-xml-400-code': same source
  fromCase('twilio/legacy-xml-400-code'),
];

const server = serveBySegment([...problems, ...xml]);

const ACCOUNT_SID = `AC${'0'.repeat(32)}`;
/** Twilio's own RequestClient, its requests sent to `base` in place of `https://api.twilio.com`. */
class LocalRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super();
  }
  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    return super.request({ ...opts, uri: opts.uri.replace('https://api.twilio.com', this.base) });
  }
}
const send = (base: string) =>
  twilio(ACCOUNT_SID, 'auth-token', { httpClient: new LocalRequestClient(base) }).messages.create({
    to: '+15558675310',
    from: '+15017122661',
    body: 'Hello',
  });
const PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

describe('twilio: the TwilioServiceException it throws for an RFC 9457 answer reads as the raw response', () => {
  it.each(problems.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(send(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: PATH });
    // What the SDK carries: the body's members (its own `status` among them); no headers.
    expect((value as object).constructor.name).toBe('TwilioServiceException');
    const body = JSON.parse(sent.body) as Record<string, unknown>;
    const members = ['type', 'title', 'status', 'code', 'detail', 'instance', 'errors'].filter((name) => name in body);
    expect(value).toMatchObject({ name: 'Error', message: `[HTTP ${sent.status}] ${String(body.title)}` });
    expect(value).toMatchObject(Object.fromEntries(members.map((name) => [name, body[name]])));
    expect(value).not.toHaveProperty('headers');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

/**
 * A `RestException` for a body that is not JSON keeps the status only: what the body alone tells (its message and
 * code) is declared dropped, with the values the model of the status alone has.
 */
const statusOnly = (sent: Scenario): Dropped => {
  const raw = rawModel(sent, NOW);
  const fromStatus = normalizeError({ status: sent.status, headers: sent.headers, body: null }, { now: NOW });
  const lost = (['code', 'message', 'title', 'kind'] as const).filter((field) => raw[field] !== fromStatus[field]);
  return {
    gives: Object.fromEntries(lost.map((field) => [field, fromStatus[field]])),
    why: "RestException parses a JSON body only; of an XML body it keeps nothing (message '[HTTP <status>] Failed to execute request')",
  };
};

describe('twilio: the RestException it throws for an XML answer keeps the status only', () => {
  it.each(xml.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(send(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(value).toBeInstanceOf(twilio.RestException);
    expect(value).toMatchObject({
      name: 'Error',
      status: sent.status,
      message: `[HTTP ${sent.status}] Failed to execute request`,
    });
    expect(value).not.toHaveProperty('code');
    expect(value).not.toHaveProperty('moreInfo');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), statusOnly(sent));
  });
});

describe('twilio: failures without a response', () => {
  it("connection refused (axios's AxiosError, code ECONNREFUSED) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(send(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ isAxiosError: true, code: 'ECONNREFUSED' });
    expect((value as { response?: unknown }).response).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
