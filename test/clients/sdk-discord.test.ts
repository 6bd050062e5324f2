import { DiscordAPIError, RateLimitError, REST } from '@discordjs/rest';
import { describe, expect, it } from 'vitest';
import { defaultText, normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @discordjs/rest (undici underneath) throws a `DiscordAPIError` for a 4xx other than 429 (and for a 5xx once its
// retries are spent): `name` 'DiscordAPIError[<body code>]', `rawError` = the parsed body, `code` = the body's
// `code`, `status`, `method`, `url`, `requestBody` = `{ files, json }` as sent, and `message` = the body's `message`
// followed, for a body with `errors`, by one line per nested `_errors` entry ('<path>[<code>]: <message>'). No
// headers.
// A 429 is not thrown by default: the SDK waits `Retry-After` (plus `offset`, 50 ms by default) and sends again. Only
// with `rejectOnRateLimit` (a list of route prefixes or a function) does it throw, and then a `RateLimitError`:
// `name` 'RateLimitError[<route>]', `message` '', `retryAfter` = Retry-After in ms plus `offset`, `timeToReset`,
// `limit`, `global`, `scope`, `method`, `url`, `route`, `hash`, `majorParameter`, `sublimitTimeout`. No status and
// nothing of the body. Here `offset: 0`, so `retryAfter` is Retry-After exactly. A failure without a response is
// undici's own socket `Error` (`code` 'ECONNREFUSED', `syscall` 'connect'), passed through as is.

const invalid = [
  // 'discord/invalid-form-body-array-error': https://discord.com/developers/docs/reference#error-messages
  fromCase('discord/invalid-form-body-array-error'),
  // 'discord/invalid-form-body-request-error': https://discord.com/developers/docs/reference#error-messages
  fromCase('discord/invalid-form-body-request-error'),
];
const limited = [
  // 'discord/user-rate-limit', 'discord/shared-resource-rate-limit', 'discord/global-rate-limit':
  // https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
  fromCase('discord/user-rate-limit'),
  fromCase('discord/shared-resource-rate-limit'),
  fromCase('discord/global-rate-limit'),
];

const server = serveBySegment([...invalid, ...limited]);

/** A client of its own per call (rate-limit state is per client), retries off, a 429 thrown at once. */
const rest = (base: string) =>
  new REST({
    api: `${base}/api`,
    version: '10',
    retries: 0,
    timeout: 5_000,
    offset: 0,
    rejectOnRateLimit: () => true,
  }).setToken('bot-token');
const COMMAND = { name: 'hello', description: 'Say hello' };
const create = (base: string) => rest(base).post('/applications/1/commands', { body: COMMAND });
const me = (base: string) => rest(base).get('/users/@me');

describe('@discordjs/rest: the DiscordAPIError it throws reads as the raw response', () => {
  it.each(invalid.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(create(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/api/v10/applications/1/commands' });
    // What the SDK carries: the status, the parsed body (and its code), the request; no headers.
    expect(value).toBeInstanceOf(DiscordAPIError);
    const error = value as DiscordAPIError;
    const body = JSON.parse(sent.body) as { code: number; message: string };
    expect(error).toMatchObject({
      name: `DiscordAPIError[${body.code}]`,
      status: sent.status,
      code: body.code,
      rawError: body,
      method: 'POST',
      url: `${server.urlOf(sent)}/api/v10/applications/1/commands`,
      requestBody: { json: COMMAND },
    });
    expect(error.message.startsWith(`${body.message}\n`)).toBe(true);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });

  // The RateLimitError keeps what the headers said (Retry-After as `retryAfter`, the scope, whether global) but not
  // the status and nothing of the body: its message is the kind's default, and the status is not known.
  const [, rateLimitedMessage] = defaultText['rate-limited'];
  it.each(limited.map((sent) => [sent.name, sent] as const))('%s (rejectOnRateLimit)', async (_, sent: Scenario) => {
    const { threw, value } = await settle(me(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'GET', path: '/api/v10/users/@me' });
    expect(value).toBeInstanceOf(RateLimitError);
    const error = value as RateLimitError;
    const body = JSON.parse(sent.body) as { global: boolean };
    expect(error).toMatchObject({
      name: 'RateLimitError[/users/@me]',
      message: '',
      method: 'GET',
      url: `${server.urlOf(sent)}/api/v10/users/@me`,
      route: '/users/@me',
      retryAfter: Number(sent.headers['Retry-After']) * 1000,
      global: body.global,
      scope: sent.headers['X-RateLimit-Scope'],
    });
    expect(error).not.toHaveProperty('status');
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW), {
      gives: { status: undefined, message: rateLimitedMessage },
      why: 'a RateLimitError has no status member and keeps nothing of the body (its message is empty)',
    });
  });
});

describe('@discordjs/rest: failures without a response', () => {
  it("connection refused (undici's socket Error, code ECONNREFUSED) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(me(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'ECONNREFUSED', syscall: 'connect' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
