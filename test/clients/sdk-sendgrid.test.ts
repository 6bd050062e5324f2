import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @sendgrid/mail sends through @sendgrid/client (axios underneath; its own dependency, the documented way to set a
// request default such as `baseUrl` is `mail.setClient(client)`). For a status of 400 or more it throws a
// `ResponseError` (`name` 'Error'; the class is exported as a type only, not at run time): `code` = the HTTP status,
// `message` = the response's status text (the reason phrase: 'Bad Request'), `response` = `{ headers (axios's
// `AxiosHeaders`), body (axios's parse of the body) }`. No other member: no `status`. A failure without a response
// is axios's own `AxiosError` (`isAxiosError`, `code: 'ECONNREFUSED'`, no `response`), passed through as is.

// SendGrid's v3 API answers its errors with `application/json` (as 'sendgrid/mail-send-missing-fields-400' shows);
// added where a case shows the body only.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'sendgrid/mail-send-missing-fields-400': https://github.com/sendgrid/sendgrid-ruby/issues/438
  fromCase('sendgrid/mail-send-missing-fields-400'),
  // 'sendgrid/personalizations-to-email-400': https://github.com/sklarsa/django-sendgrid-v5/issues/10
  fromCase('sendgrid/personalizations-to-email-400', JSON_TYPE),
  // 'sendgrid/sender-identity-403-with-field': https://github.com/christianblais/triggerify/pull/99
  fromCase('sendgrid/sender-identity-403-with-field', JSON_TYPE),
  // 'sendgrid/bad-request-null-field-400': https://github.com/sendgrid/docs/issues/5060
  fromCase('sendgrid/bad-request-null-field-400', JSON_TYPE),
  // 'sendgrid/v2-errors-strings-400': https://github.com/sendgrid/sendgrid-go/issues/54 (the older v2 Web API's shape)
  fromCase('sendgrid/v2-errors-strings-400', JSON_TYPE),
];

const server = serveBySegment(scenarios);

/** A mailer of its own (not the shared singleton) whose client sends to `baseUrl`. */
function mailer(baseUrl: string): MailService {
  const client = new Client();
  client.setApiKey('SG.test');
  client.setDefaultRequest('baseUrl', baseUrl);
  const mail = new MailService();
  mail.setClient(client);
  return mail;
}
const send = (baseUrl: string) =>
  mailer(baseUrl).send({ to: 'to@example.com', from: 'from@example.com', subject: 'Hello', text: 'Hello' });

describe('@sendgrid/mail: the ResponseError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(send(`${server.urlOf(sent)}/`));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/v3/mail/send' });
    // What the SDK carries: the status (as `code`), the reason phrase, the headers and the parsed body.
    expect((value as object).constructor.name).toBe('ResponseError');
    expect(value).toMatchObject({
      name: 'Error',
      code: sent.status,
      message: sent.status === 403 ? 'Forbidden' : 'Bad Request',
      response: { body: JSON.parse(sent.body) as unknown },
    });
    expect(value).not.toHaveProperty('status');
    const { headers } = (value as { response: { headers: { get(name: string): unknown } } }).response;
    expect(headers.get('content-type')).toBe('application/json');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@sendgrid/mail: failures without a response', () => {
  it("connection refused (axios's AxiosError, code ECONNREFUSED) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(send(`${origin}/`));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ isAxiosError: true, code: 'ECONNREFUSED' });
    expect((value as { response?: unknown }).response).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
