import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Context, Data, Effect, Exit, Layer, Option, Result, Schema } from 'effect';
import {
  FetchHttpClient,
  HttpBody,
  HttpClient,
  HttpClientResponse,
  HttpRouter,
  HttpServer,
  type Headers,
  type HttpClientError,
} from 'effect/http';
import {
  HttpApi,
  HttpApiBuilder,
  HttpApiClient,
  HttpApiEndpoint,
  HttpApiError,
  HttpApiGroup,
  HttpApiMiddleware,
} from 'effect/http-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, readApiError, type ApiError } from '../../src';
import { effectErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { expectSameModel, failures, headersOnlyModel, NOW, refusedUrl, serveScenarios, settle } from './harness';

// Effect 4.1's HttpClient (`effect/http`, FetchHttpClient) against a real Effect HttpApi server (`effect/http-api`,
// served by `HttpRouter.toWebHandler` behind node:http), and against the shared scenarios. `Effect.runPromise` rejects
// with the failure itself (`Cause.squash`: no FiberFailure wrapper in v4): an `HttpClientError` whose `reason` is a
// `StatusCodeError` holding the response, its status and headers readable at once and its body an unread stream
// (`response.json` and `text` are Effects). An app that wants the body reads it in the Effect, or hands the kit the
// fetch `Response` (`HttpClientResponse.toWeb`). The server answers as HttpApi does: a payload that fails its schema
// with `HttpApiMiddleware.layerProblemDetails({ includeDetails: true })`'s 400 problem, a `Problem` class (its docs'
// `OutOfCredit` pattern) for a missing user, the built-in `HttpApiError.Unauthorized`, and a defect.

class UserNotFound extends HttpApiError.Problem<UserNotFound>()(
  'UserNotFound',
  { type: 'https://example.com/probs/user-not-found', status: 404, title: 'User not found' },
  {},
) {}

const Users = HttpApiGroup.make('users')
  .add(
    HttpApiEndpoint.post('create', '/users', {
      payload: Schema.Struct({ name: Schema.String.check(Schema.isMinLength(3)), age: Schema.Number }),
    }),
  )
  .add(HttpApiEndpoint.get('find', '/users/:id', { params: { id: Schema.String }, error: UserNotFound }))
  .add(HttpApiEndpoint.get('me', '/me', { error: HttpApiError.Unauthorized }))
  .add(HttpApiEndpoint.get('crashes', '/crashes'));
const Api = HttpApi.make('api').add(Users).middleware(HttpApiMiddleware.ProblemDetails);

const UsersLive = HttpApiBuilder.group(Api, 'users', (handlers) =>
  handlers
    .handle('create', () => Effect.void)
    .handle('find', ({ params }) => Effect.fail(new UserNotFound({ detail: `No user with id ${params.id}` })))
    .handle('me', () => Effect.fail(new HttpApiError.Unauthorized({})))
    .handle('crashes', () => Effect.die(new Error('relation "users" does not exist'))),
);
const ApiLive = HttpApiBuilder.layer(Api).pipe(
  Layer.provide(UsersLive),
  Layer.provide(HttpApiMiddleware.layerProblemDetails({ includeDetails: true })),
  Layer.provide(HttpServer.layerServices),
);

const scenarioServer = serveScenarios();

let web: ReturnType<typeof HttpRouter.toWebHandler> | undefined;
let apiServer: Server | undefined;
let apiUrl = '';
beforeAll(async () => {
  const app = HttpRouter.toWebHandler(ApiLive, { disableLogger: true });
  web = app;
  // node:http in front of the web handler: the answer's status, headers and bytes go out as Effect made them.
  apiServer = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = Object.entries(req.headers).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value] as [string, string]] : [],
      );
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void app
        .handler(
          new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method, headers, body }),
          Context.empty(),
        )
        .then(async (answer) => {
          res.sendDate = false;
          res.writeHead(answer.status, Object.fromEntries(answer.headers));
          res.end(Buffer.from(await answer.arrayBuffer()));
        });
    });
  });
  await new Promise<void>((resolve) => apiServer!.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  apiServer?.closeAllConnections();
  await new Promise<void>((resolve) => (apiServer ? apiServer.close(() => resolve()) : resolve()));
  await web?.dispose();
});

// ---------------------------------------------------------------------------------------------------------------
// The app's side, as Effect's docs write it.

/** The fetch client, following no redirect (as the other clients here: the OAuth one points off this machine). */
const FetchLive = Layer.merge(
  FetchHttpClient.layer,
  Layer.succeed(FetchHttpClient.RequestInit)({ redirect: 'manual' } satisfies RequestInit),
);

/** `HttpClient.filterStatusOk`: any answer outside 2xx fails with an `HttpClientError`. */
const getOk = (url: string) =>
  Effect.gen(function* () {
    const client = (yield* HttpClient.HttpClient).pipe(HttpClient.filterStatusOk);
    return yield* client.get(url);
  });

/** `HttpClient.get` and `HttpClientResponse.filterStatusOk`, then the body as JSON: an app's usual read. */
const getJson = (url: string) =>
  HttpClient.get(url).pipe(
    Effect.flatMap(HttpClientResponse.filterStatusOk),
    Effect.flatMap((response) => response.json),
  );

/** The app's own error, holding what the server sent: the body read in the Effect, before it is run. */
class ApiFailure extends Data.TaggedError('ApiFailure')<{
  readonly status: number;
  readonly headers: Headers.Headers;
  readonly body: unknown;
}> {}

/** A body as the app reads it: JSON when it parses, else the text (a gateway's HTML page), empty as null. */
const bodyOf = (response: HttpClientResponse.HttpClientResponse) =>
  response.json.pipe(Effect.catchTag('HttpClientError', () => response.text));

/** The app keeps the body of a failed status: `catchTag` reads it and fails with its own error. */
const keepBody = <A, R>(effect: Effect.Effect<A, HttpClientError.HttpClientError, R>) =>
  effect.pipe(
    Effect.catchTag('HttpClientError', (error) => {
      const { response } = error;
      if (error.reason._tag !== 'StatusCodeError' || !response) return Effect.fail(error);
      return bodyOf(response).pipe(
        Effect.flatMap((body) =>
          Effect.fail(new ApiFailure({ status: response.status, headers: response.headers, body })),
        ),
      );
    }),
  );

const run = <A, E>(effect: Effect.Effect<A, E, HttpClient.HttpClient>, options?: Effect.RunOptions) =>
  Effect.runPromise(effect.pipe(Effect.provide(FetchLive)), options);

/** What `Effect.runPromise` rejects with: the app's `catch`. */
async function rejection(pending: Promise<unknown>): Promise<unknown> {
  const { threw, value } = await settle(pending);
  expect(threw, 'the call must fail').toBe(true);
  return value;
}

/** A payload HttpApi's schema turns down: the name is too short. */
const SHORT_NAME = { name: 'a', age: 1 };

const VALIDATION_SENTENCE = 'Expected a value with a length of at least 3';

describe('Effect HttpClient against an Effect HttpApi server: what the app catches reads as what HttpApi sent', () => {
  it('a payload that fails its schema: 400 at once; read, validation with the field and its sentence', async () => {
    const call = Effect.gen(function* () {
      const client = (yield* HttpClient.HttpClient).pipe(HttpClient.filterStatusOk);
      return yield* client.post(`${apiUrl}/users`, { body: HttpBody.jsonUnsafe(SHORT_NAME) });
    });
    const error = await rejection(run(call));
    expect(error).toMatchObject({ _tag: 'HttpClientError', reason: { _tag: 'StatusCodeError' } });
    // What the catch gets, before anything reads the body: the status, never Effect's "StatusCode: …" text.
    const atOnce = normalizeError(error, { now: NOW });
    expect(atOnce).toMatchObject({ status: 400, messageSource: 'default' });
    expect(atOnce.message + atOnce.title).not.toMatch(/StatusCode|127\.0\.0\.1|\[object/);

    const kept = normalizeError(await rejection(run(keepBody(call))), { now: NOW });
    expect(kept).toMatchObject({ kind: 'validation', status: 400 });
    // The request slot HttpApi puts first (`["payload", "name"]`) is transport, not the field.
    expect(kept.fieldErrors).toEqual([expect.objectContaining({ field: 'name', message: VALIDATION_SENTENCE })]);

    // The fetch `Response` Effect holds, handed to `readApiError`, which reads its unread body.
    const response = (error as HttpClientError.HttpClientError).response!;
    const fromWeb = await readApiError(Option.getOrThrow(HttpClientResponse.toWeb(response)), { now: NOW });
    expectSameModel(fromWeb, kept);
  });

  it('a `Problem` with a detail: not-found, with its sentence once the body is read', async () => {
    const error = await rejection(run(getOk(`${apiUrl}/users/7`)));
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404 });
    expect(normalizeError(await rejection(run(keepBody(getOk(`${apiUrl}/users/7`)))), { now: NOW })).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: 'No user with id 7',
    });
  });

  it('the built-in `HttpApiError.Unauthorized`: unauthenticated', async () => {
    for (const call of [getOk(`${apiUrl}/me`), keepBody(getOk(`${apiUrl}/me`))])
      expect(normalizeError(await rejection(run(call)), { now: NOW })).toMatchObject({
        kind: 'unauthenticated',
        status: 401,
      });
  });

  it('a defect on the server is a server error whose text nobody sees', async () => {
    for (const call of [getOk(`${apiUrl}/crashes`), keepBody(getOk(`${apiUrl}/crashes`))]) {
      const model = normalizeError(await rejection(run(call)), { now: NOW });
      expect(model).toMatchObject({ kind: 'server', status: 500, messageSource: 'default' });
      expect(JSON.stringify(model)).not.toContain('relation');
    }
  });

  it('the error from `Effect.result` and the cause from `Effect.runPromiseExit` read as the rejection', async () => {
    const rejected = normalizeError(await rejection(run(getOk(`${apiUrl}/me`))), { now: NOW });
    const result = await run(Effect.result(getOk(`${apiUrl}/me`)));
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) expectSameModel(normalizeError(result.failure, { now: NOW }), rejected);
    const exit = await Effect.runPromiseExit(getOk(`${apiUrl}/me`).pipe(Effect.provide(FetchLive)));
    expect(Exit.isFailure(exit)).toBe(true);
    if (Exit.isFailure(exit)) {
      // An app that hands over what `runPromiseExit` gave: the cause, or the exit whole.
      expectSameModel(normalizeError(exit.cause, { now: NOW }), rejected);
      expectSameModel(normalizeError(exit, { now: NOW }), rejected);
    }
  });

  it('a body the app’s own schema turns down is no person’s mistake: no field errors, no schema text', async () => {
    const User = Schema.Struct({ id: Schema.String, name: Schema.String });
    // A 200 whose body is no user: a GraphQL endpoint's `{ data: null, errors }`.
    const call = HttpClient.get(`${scenarioServer().url}/graphql-200`).pipe(
      Effect.flatMap(HttpClientResponse.schemaBodyJson(User)),
    );
    const error = await rejection(run(call));
    expect(error).toMatchObject({ _tag: 'SchemaError' });
    const model = normalizeError(error, { now: NOW });
    expect(model.kind).not.toBe('validation');
    expect(model.fieldErrors).toEqual([]);
    expect(model.message + model.title).not.toMatch(/Expected|Missing|\["id"\]|\[object/);
  });

  it('HttpApiClient: its decoded errors read as what the server sent, the built-in ones by name', async () => {
    const call = <A, E>(
      use: (client: HttpApiClient.ForApi<typeof Api>) => Effect.Effect<A, E, HttpClient.HttpClient>,
    ): Promise<unknown> =>
      rejection(
        run(
          Effect.gen(function* () {
            return yield* use(yield* HttpApiClient.make(Api, { baseUrl: apiUrl }));
          }),
        ),
      );
    expect(
      normalizeError(await call((client) => client.users.find({ params: { id: '7' } })), { now: NOW }),
    ).toMatchObject({ kind: 'not-found', status: 404, message: 'No user with id 7' });
    // The empty 401 becomes `new Unauthorized({})`: a `_tag`, and the name `effect/HttpApiError/Unauthorized`.
    const unauthorized = await call((client) => client.users.me());
    expect(unauthorized).toMatchObject({ _tag: 'Unauthorized', name: 'effect/HttpApiError/Unauthorized' });
    expect(normalizeError(unauthorized, { now: NOW })).toMatchObject({ kind: 'unauthenticated', status: 401 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The shared scenarios.

describe('Effect HttpClient: the body an app keeps in `catchTag` reads as the raw response', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    request: (url) => run(keepBody(getJson(url))),
    drops: {
      'graphql-200': {
        gives: { status: undefined },
        why: 'a 2xx resolves `response.json` with the body alone; keep `response.status` beside it to keep the status',
      },
    },
  });
});

describe('Effect HttpClient: the `HttpClientError` of `filterStatusOk`, before the body is read', () => {
  it.each(failures.map((scenario) => [scenario.name, scenario] as const))(
    '%s: the model of the status and headers, as `runPromise` rejects and as `Effect.result` holds it',
    async (name, scenario) => {
      const url = `${scenarioServer().url}/${name}`;
      const error = await rejection(run(getOk(url)));
      expect(error).toMatchObject({ _tag: 'HttpClientError', reason: { _tag: 'StatusCodeError' } });
      // Effect keeps the body only as an unread stream: the status and headers are all there is at once.
      expectSameModel(normalizeError(error, { now: NOW }), headersOnlyModel(scenario, NOW));
      const result = await run(Effect.result(getOk(url)));
      expectSameModel(
        normalizeError(Result.isFailure(result) ? result.failure : result, { now: NOW }),
        headersOnlyModel(scenario, NOW),
      );
    },
  );
});

describe('Effect HttpClient: its fetch `Response`, passed to `readApiError`, reads as the raw response', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    request: (url) => run(getOk(url)),
    // The `HttpClientError`'s response, or on a 2xx the response itself.
    pass: (value) => {
      const response =
        typeof value === 'object' && value !== null && HttpClientResponse.TypeId in value
          ? (value as HttpClientResponse.HttpClientResponse)
          : (value as HttpClientError.HttpClientError).response;
      return response ? Option.getOrUndefined(HttpClientResponse.toWeb(response)) : value;
    },
    read: (value) => readApiError(value, { now: NOW }),
  });
});

describe('Effect HttpClient: failures without a response', () => {
  itTellsTransportFailures(scenarioServer, refusedUrl, {
    refused: (url) => run(getOk(url)),
    // A React effect's cleanup aborts the signal `runPromise` was given: the fiber is interrupted.
    aborted: (url) => {
      const controller = new AbortController();
      const pending = run(getOk(url), { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      return pending;
    },
    timedOut: (url) => run(getOk(url).pipe(Effect.timeout('50 millis'))),
  });

  it('HttpClient.timeout (a TransportError around a TimeoutError) is timeout', async () => {
    const call = Effect.gen(function* () {
      const client = (yield* HttpClient.HttpClient).pipe(HttpClient.timeout('50 millis'));
      return yield* client.get(`${scenarioServer().url}/slow`);
    });
    expect(normalizeError(await rejection(run(call)), { now: NOW })).toMatchObject({ kind: 'timeout' });
  });

  it('an interruption read from `runPromiseExit` is cancelled', async () => {
    const controller = new AbortController();
    const pending = Effect.runPromiseExit(getOk(`${scenarioServer().url}/slow`).pipe(Effect.provide(FetchLive)), {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    const exit = await pending;
    expect(Exit.isFailure(exit)).toBe(true);
    if (Exit.isFailure(exit)) expect(normalizeError(exit.cause, { now: NOW }).kind).toBe('cancelled');
  });
});

describe('a normalizer without the Effect reader', () => {
  it('is read only by a normalizer that names it; without it, no Effect text is the message', async () => {
    const controller = new AbortController();
    const pending = run(getOk(`${scenarioServer().url}/slow`), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const interrupted = await rejection(pending);
    expect(createNormalizer({ clients: [effectErrors] })(interrupted, { now: NOW }).kind).toBe('cancelled');
    const unnamed: ApiError = createNormalizer()(interrupted, { now: NOW });
    expect(unnamed.message + unnamed.title).not.toMatch(/fiber|interrupted/i);
  });
});
