// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"fetch":{"disableSameOriginPolicy":true}}}
import {
  type AnySerializationAdapter,
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  createSerializationAdapter,
  Outlet,
} from '@tanstack/react-router';
import { createRequestHandler, defaultRenderHandler } from '@tanstack/react-router/ssr/server';
import { hydrate } from '@tanstack/router-core/ssr/client';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, normalizeError } from '../../src';
import { expectSameModel, failures, NOW, rawModel, serveScenarios } from './harness';

// TanStack Router 1 (`@tanstack/react-router`, the router under TanStack Start): what a loader throws reaches the
// route's `errorComponent` as its `error`, unchanged, when the router loads in the browser (router-core's
// load-client.js keeps it as the match's `error`). When the page is rendered on the server, the match's `error` is
// sent to the browser with the hydration data, serialized by seroval with router-core's `ShallowErrorPlugin`
// (src/ssr/serializer/ShallowErrorPlugin.ts: "serializes only the `message` part of an Error"): an `HttpError` arrives
// as `new Error(message)`, without its status, headers or body, unless the router is given a serialization adapter for
// it (`serializationAdapters`, tried before the default plugins: ssr-server.js; `hydrate` in load-client.js reads them
// back). The adapter below is the README's, as TanStack's own e2e apps write one for a custom error class
// (TanStack/router e2e/*/serialization-adapters).

const server = serveScenarios();

// A 3xx is a redirect to the fetch in the loader, not an error.
const ERRORS = failures.filter((s) => s.status >= 400);

// The README's adapter, as it is there.
const httpErrorAdapter = createSerializationAdapter({
  key: 'api-error-kit/HttpError',
  test: (value) => value instanceof HttpError,
  toSerializable: (error: HttpError) => ({
    status: error.status,
    headers: [...error.headers],
    body: error.body as never,
    message: error.message,
  }),
  fromSerializable: ({ status, headers, body, message }) => new HttpError(status, headers, body, message),
});

/** A router whose `/project` loader fetches `url` and throws what `thrown` makes of the response. */
function projectRouter(
  url: string,
  thrown: (response: Response) => Promise<unknown>,
  adapters?: readonly AnySerializationAdapter[],
) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const project = createRoute({
    getParentRoute: () => root,
    path: 'project',
    loader: async () => {
      const response = await fetch(url);
      if (!response.ok) throw await thrown(response);
      return response.json() as Promise<unknown>;
    },
    errorComponent: ({ error }) => <p>{normalizeError(error).message}</p>,
    component: () => <p>Project</p>,
  });
  const router = createRouter({
    routeTree: root.addChildren([project]),
    history: createMemoryHistory({ initialEntries: ['/project'] }),
  });
  // Where TanStack Start puts the adapters `createStart` is given, on the server (start-server-core's request handler,
  // `router.update({ serializationAdapters })`) and in the browser (start-client-core's `hydrateStart`).
  if (adapters) router.options.serializationAdapters = adapters;
  return router;
}

/** The error `errorComponent` gets for `/project`, the router loading in the browser. */
async function clientError(router: ReturnType<typeof projectRouter>): Promise<unknown> {
  await router.load();
  const match = router.state.matches.at(-1);
  expect(match?.status).toBe('error');
  return match?.error;
}

/**
 * The error `errorComponent` gets for `/project` after a server render: the server's router loads and renders the
 * page (router-core's `createRequestHandler`, react-router's `defaultRenderHandler`), the browser runs the page's
 * scripts, and the browser's router hydrates from them.
 */
async function hydratedError(makeRouter: () => ReturnType<typeof projectRouter>): Promise<unknown> {
  const request = new Request('http://app.example/project');
  const response = await createRequestHandler({ request, createRouter: makeRouter })(defaultRenderHandler);
  const html = await response.text();
  for (const [, code] of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    const script = document.createElement('script');
    script.textContent = code ?? '';
    document.body.append(script);
  }
  const router = makeRouter();
  await hydrate(router);
  return router.state.matches.at(-1)?.error;
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { $_TSR?: unknown }).$_TSR;
});

describe('TanStack Router: a loader’s error in the browser', () => {
  it.each(ERRORS.map((s) => [s.name, s] as const))(
    '%s: a thrown HttpError reaches errorComponent whole',
    async (name, sent) => {
      const error = await clientError(projectRouter(`${server().url}/${name}`, (res) => HttpError.fromResponse(res)));
      expect(error).toBeInstanceOf(HttpError);
      expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
    },
  );
});

describe('TanStack Router: a loader’s error rendered on the server, hydrated in the browser', () => {
  it.each(ERRORS.map((s) => [s.name, s] as const))(
    '%s: without an adapter only the message crosses, and the notice cannot say what happened',
    async (name) => {
      const url = `${server().url}/${name}`;
      const error = await hydratedError(() => projectRouter(url, (res) => HttpError.fromResponse(res)));
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(HttpError);
      expect(Object.keys(error as object)).toEqual([]);
      expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    },
  );

  it.each(ERRORS.map((s) => [s.name, s] as const))(
    '%s: with the README’s adapter the HttpError crosses whole',
    async (name, sent) => {
      const url = `${server().url}/${name}`;
      const error = await hydratedError(() =>
        projectRouter(url, (res) => HttpError.fromResponse(res), [httpErrorAdapter]),
      );
      expect(error).toBeInstanceOf(HttpError);
      expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
    },
  );
});
