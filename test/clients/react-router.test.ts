import * as rr8 from 'react-router';
import * as rr7 from 'react-router7';
import { describe, expect, it } from 'vitest';
import { HttpError, normalizeError } from '../../src';
import { expectSameModel, failures, NOW, rawModel, serveScenarios } from './harness';
import { headersDropped } from './without-headers';

// React Router 8 and 7 (`react-router`, `react-router7`): a loader that throws `data(…)` or a
// `Response` fails its route, and the router hands the error boundary an `ErrorResponse`
// (`isRouteErrorResponse`: `status`, `statusText`, `data`, `internal`) through `useRouteError()`.
// `createStaticHandler` runs the real router's loading and gives that same value in `context.errors`.

const server = serveScenarios();

// A thrown 3xx is a redirect to React Router, not an error: the OAuth redirect never reaches a boundary.
const ERRORS = failures.filter((s) => s.status >= 400);

const VERSIONS = { 'React Router 8': rr8, 'React Router 7': rr7 } as const;

/** What `useRouteError()` returns for a route whose loader throws `thrown()`. */
async function routeError(router: typeof rr8 | typeof rr7, thrown: () => Promise<unknown> | unknown): Promise<unknown> {
  const handler = router.createStaticHandler([
    {
      id: 'root',
      path: '/',
      children: [
        {
          id: 'project',
          path: 'project',
          loader: async () => {
            throw await thrown();
          },
        },
      ],
    },
  ]);
  const context = await handler.query(new Request('http://app.example/project'));
  if (context instanceof Response) return expect.fail('the router redirected');
  // With no error boundary of its own, the route's error lands on the root's.
  const error = Object.values(context.errors ?? {})[0];
  expect(error).toBeDefined();
  return error;
}

describe.each(Object.entries(VERSIONS))('%s', (_, router) => {
  it.each(ERRORS.map((s) => [s.name, s] as const))(
    'a thrown Response, %s: reads as its raw response, but for what the headers said',
    async (name, sent) => {
      const error = await routeError(router, () => fetch(`${server().url}/${name}`));
      expect(router.isRouteErrorResponse(error)).toBe(true);
      expect(error).toMatchObject({ status: sent.status, internal: false });
      expectSameModel(
        normalizeError(error, { now: NOW }),
        rawModel(sent, NOW),
        headersDropped(sent, NOW, 'an ErrorResponse keeps status and data, no headers'),
      );
    },
  );

  it('throw data(…) with the parsed body and status reads as the raw response, but for its headers', async () => {
    const sent = ERRORS.find((s) => s.name === 'rate-limited-429')!;
    const error = await routeError(router, async () => {
      const response = await fetch(`${server().url}/${sent.name}`);
      // The headers given to data() do not reach the ErrorResponse either.
      return router.data(await response.json(), { status: response.status, headers: response.headers });
    });
    expect(router.isRouteErrorResponse(error)).toBe(true);
    expectSameModel(
      normalizeError(error, { now: NOW }),
      rawModel(sent, NOW),
      headersDropped(sent, NOW, 'an ErrorResponse keeps no headers'),
    );
  });

  it("the README's recipe: a thrown HttpError reaches the boundary whole, headers included", async () => {
    const error = await routeError(router, async () =>
      HttpError.fromResponse(await fetch(`${server().url}/rate-limited-429`)),
    );
    expect(error).toBeInstanceOf(HttpError);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel('rate-limited-429', NOW));
  });

  it("the router's own 404 (no route matches) is not-found, without the router's internal text", async () => {
    const handler = router.createStaticHandler([{ id: 'root', path: '/' }]);
    const context = await handler.query(new Request('http://app.example/nowhere'));
    if (context instanceof Response) return expect.fail('the router redirected');
    const error = Object.values(context.errors ?? {})[0];
    expect(error).toMatchObject({ status: 404, internal: true });
    const model = normalizeError(error);
    expect(model).toMatchObject({ kind: 'not-found', status: 404 });
    expect(model.message).not.toMatch(/No route matches/);
  });
});
