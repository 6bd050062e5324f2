import { request } from '@octokit/request';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @octokit/request (what `new Octokit().request` and every Octokit REST method call) throws a `RequestError`
// (`name: 'HttpError'`) for a status of 400 or more: `status`, and `response` = `{ url, status, headers, data }`
// with `headers` a plain object of lower-cased names and `data` the body (parsed for a JSON type, else text).
// It has no retries of its own (those are @octokit/plugin-retry). A failure without a response is a
// `RequestError` too, with `status: 500`, no `response`, and the fetch `TypeError` as `cause`.

/** What `RequestError` (`@octokit/request-error`, not a direct dependency) carries. */
interface RequestError extends Error {
  status: number;
  response?: { url: string; status: number; headers: Record<string, string>; data: unknown };
}

/** A scenario and the REST call an app makes that gets it. */
const scenarios: ReadonlyArray<readonly [Scenario, string, Record<string, unknown>]> = [
  // 'github-rest/validation-failed-invalid-label-color':
  // octokit/fixtures/scenarios/api.github.com/errors/raw-fixture.json@0fe797ec8a06f1d081d6657145351157e64d0289
  [
    fromCase('github-rest/validation-failed-invalid-label-color'),
    'POST /repos/{owner}/{repo}/labels',
    { owner: 'octokit-fixture-org', repo: 'errors', name: 'foo', color: 'invalid' },
  ],
  // 'github-rest/release-asset-already-exists':
  // octokit/fixtures/scenarios/api.github.com/release-assets-conflict/normalized-fixture.json
  // @0658729338b7ed78fc770a4123c05771a5edac07
  [
    fromCase('github-rest/release-asset-already-exists'),
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name}',
    {
      owner: 'octokit-fixture-org',
      repo: 'release-assets-conflict',
      release_id: 1,
      name: 'test-upload.txt',
      data: 'Hello',
    },
  ],
  // 'github-rest/primary-rate-limit-403': https://docs.github.com/en/rest/overview/resources-in-the-rest-api#rate-limiting
  // The docs show no Content-Type; GitHub answers every REST error with `application/json; charset=utf-8` (the
  // other three cases show it), so it is added.
  [
    fromCase('github-rest/primary-rate-limit-403', { 'Content-Type': 'application/json; charset=utf-8' }),
    'GET /users/{username}',
    { username: 'octocat' },
  ],
  // The same, exactly as the case records it (no Content-Type): @octokit/request then hands the body over as
  // the text it read, in `response.data`.
  [fromCase('github-rest/primary-rate-limit-403', {}, 'as-recorded'), 'GET /users/{username}', { username: 'octocat' }],
  // 'github-rest/branch-not-protected':
  // octokit/fixtures/scenarios/api.github.com/branch-protection/normalized-fixture.json
  // @02de466eadd689edef40f9316a244b7a70ca1e61
  [
    fromCase('github-rest/branch-not-protected'),
    'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    { owner: 'octokit-fixture-org', repo: 'branch-protection', branch: 'main' },
  ],
];

const server = serveBySegment(scenarios.map(([sent]) => sent));

const call = (baseUrl: string, route: string, parameters: Record<string, unknown>) =>
  request(route, { baseUrl, headers: { authorization: 'token ghp_test' }, ...parameters });

describe('@octokit/request: the RequestError it throws reads as the raw response', () => {
  it.each(scenarios.map(([sent, route, parameters]) => [sent.name, sent, route, parameters] as const))(
    '%s',
    async (_, sent, route, parameters) => {
      const { threw, value } = await settle(call(server.urlOf(sent), route, parameters));
      expect(threw, threw ? String(value) : 'resolved').toBe(true);
      // What the SDK carries: the status, and the response with its headers and parsed body.
      expect(value).toMatchObject({ name: 'HttpError', status: sent.status, response: { status: sent.status } });
      const error = value as RequestError;
      const typed = Object.keys(sent.headers).some((name) => name.toLowerCase() === 'content-type');
      expect(error.response?.data).toEqual(typed ? JSON.parse(sent.body) : sent.body);
      expect(Object.keys(error.response?.headers ?? {})).toEqual(
        expect.arrayContaining(Object.keys(sent.headers).map((name) => name.toLowerCase())),
      );
      expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
    },
  );
});

describe('@octokit/request: failures without a response', () => {
  it('connection refused (a RequestError with status 500 and no response) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin, 'GET /users/{username}', { username: 'octocat' }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'HttpError', status: 500, response: undefined });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
