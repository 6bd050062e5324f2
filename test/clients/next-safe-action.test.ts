import { notFound, redirect } from 'next/navigation';
import {
  createSafeActionClient,
  DEFAULT_SERVER_ERROR_MESSAGE,
  isNavigationError,
  returnServerError,
  returnValidationErrors,
} from 'next-safe-action';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createNormalizer, HttpError, normalizeError, toActionError, type ApiError } from '../../src';
import { nextSafeActionErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  failures,
  NOW,
  rawModel,
  refusedUrl,
  serveScenarios,
  settle,
  type Dropped,
  type ScenarioName,
} from './harness';

// next-safe-action 8.7 (with Next.js 16). An action is an async function that, unless told to throw, rejects for no
// failure: it resolves `{ validationErrors }`, `{ serverError }` or `{ data }`
// (node_modules/next-safe-action/dist/index.mjs, `buildResultAndRunCallbacks`). `validationErrors` are zod's issues as
// a formatted tree, `{ _errors, a: { b: { _errors } }, items: { 0: … } }` (`buildValidationErrors`), or with
// `defaultValidationErrorsShape: 'flattened'`
// `{ formErrors, fieldErrors }` one level deep, nested fields discarded (`flattenValidationErrors`);
// `returnValidationErrors` throws them as a digest the builder turns back into the same member. `serverError` is
// whatever `handleServerError(e)` returned for what the action threw: by default it logs `Action error:` and returns
// `DEFAULT_SERVER_ERROR_MESSAGE` for every error; `returnServerError(value)` sets it without the handler. Next's
// redirect and notFound errors are rethrown as they are (dist/errors-*.mjs, `FrameworkErrorHandler`), never a result.
// `useAction().result` holds that same object (dist/hooks-*.mjs, `setResult(res ?? {})`). An action runs outside a
// Next request, called as a function, as next-safe-action's own tests call it (its repository's
// packages/next-safe-action/src/__tests__/server-error.test.ts).

const server = serveScenarios();
const path = (url: string): string => new URL(url).pathname.slice(1);

/** The action of the brief: a real fetch, and the kit's `HttpError` thrown for an answer that is not ok. */
function fetching<E>(handleServerError?: (error: Error) => E) {
  return createSafeActionClient({ handleServerError })
    .inputSchema(z.object({ path: z.string() }))
    .action(async ({ parsedInput }) => {
      const res = await fetch(`${server().url}/${parsedInput.path}`, { redirect: 'manual' });
      if (!res.ok) throw await HttpError.fromResponse(res);
      return (await res.json()) as unknown;
    });
}

/** The compared fields and the one that says whether the sentence is the server's. */
const shown = ({ kind, status, code, title, message, messageSource, fieldErrors, retryAt, logId }: ApiError) => ({
  kind,
  status,
  code,
  title,
  message,
  messageSource,
  fieldErrors: fieldErrors.map(({ field, message: said }) => ({ field, message: said })),
  retryAt,
  logId,
});

/** A zod failure's issues as the docs say an app reads them: each message at its path, dotted. */
const issuesOf = (schema: z.ZodType, input: unknown) =>
  (schema.safeParse(input).error?.issues ?? []).map(({ path: at, message }) =>
    at.length ? { field: at.join('.'), message } : { message },
  );

const readers = [normalizeError, createNormalizer({ clients: [nextSafeActionErrors] })];

describe('next-safe-action: validation errors', () => {
  const schema = z.object({
    email: z.email(),
    profile: z.object({ name: z.string().min(2) }),
    items: z.array(z.object({ qty: z.number().min(1) })),
  });
  const bad = { email: 'ann', profile: { name: 'A' }, items: [{ qty: 1 }, { qty: 0 }] };

  it('the default formatted tree: every zod issue at its path, nested objects and array items included', async () => {
    const action = createSafeActionClient()
      .inputSchema(schema)
      .action(async () => 'saved');
    const result = await action(bad as never);
    expect(result).toHaveProperty('validationErrors.items.1.qty._errors');
    for (const read of readers) {
      const model = read(result, { now: NOW });
      expect(model).toMatchObject({ kind: 'validation', messageSource: 'default' });
      expect(shown(model).fieldErrors).toEqual(issuesOf(schema, bad));
    }
  });

  it('flattened: the top-level fields, as next-safe-action keeps them (it discards the nested ones)', async () => {
    const action = createSafeActionClient({ defaultValidationErrorsShape: 'flattened' })
      .inputSchema(schema)
      .action(async () => 'saved');
    const result = await action(bad as never);
    expect(result).toEqual({ validationErrors: { formErrors: [], fieldErrors: { email: expect.any(Array) } } });
    for (const read of readers) {
      const model = read(result, { now: NOW });
      expect(model).toMatchObject({ kind: 'validation', messageSource: 'default' });
      expect(shown(model).fieldErrors).toEqual(issuesOf(schema, bad).filter(({ field }) => !field?.includes('.')));
    }
  });

  const matching = z
    .object({ password: z.string(), confirm: z.string() })
    .refine((value) => value.password === value.confirm, { message: 'The passwords do not match.' });
  const unmatched = { password: 'correct horse', confirm: 'correct hose' };

  it.each(['formatted', 'flattened'] as const)(
    '%s: a message about the whole input reaches the person, at no field, and it is still a validation failure',
    async (shape) => {
      const action = createSafeActionClient({ defaultValidationErrorsShape: shape })
        .inputSchema(matching)
        .action(async () => 'saved');
      const result = await action(unmatched);
      for (const read of readers) {
        const model = read(result, { now: NOW });
        expect(model.kind).toBe('validation');
        expect(model.fieldErrors.filter(({ field }) => field !== undefined)).toEqual([]);
        // A lone one is the notice's sentence; beside others it is listed at no field.
        const said = [model.message, ...model.fieldErrors.map(({ message }) => message)];
        expect(said).toContain('The passwords do not match.');
      }
    },
  );

  it('formatted and flattened read alike where flattening loses nothing', async () => {
    const flat = z.object({ email: z.email(), name: z.string().min(2) });
    const models = await Promise.all(
      (['formatted', 'flattened'] as const).map(async (shape) => {
        const action = createSafeActionClient({ defaultValidationErrorsShape: shape })
          .inputSchema(flat)
          .action(async () => 'saved');
        return shown(normalizeError(await action({ email: 'ann', name: 'A' }), { now: NOW }));
      }),
    );
    expect(models[0]).toEqual(models[1]);
    expect(models[0]?.fieldErrors.map(({ field }) => field)).toEqual(['email', 'name']);
  });

  it('returnValidationErrors: the field message the action returned (the docs’ "email already taken")', async () => {
    const signUp = z.object({ email: z.email(), password: z.string().min(8) });
    const action = createSafeActionClient()
      .inputSchema(signUp)
      .action(async () => returnValidationErrors(signUp, { email: { _errors: ['Already registered'] } }));
    const result = await action({ email: 'ann@example.com', password: 'correct horse' });
    expect(result).toEqual({ validationErrors: { email: { _errors: ['Already registered'] } } });
    for (const read of readers)
      expect(shown(read(result, { now: NOW }))).toMatchObject({
        kind: 'validation',
        fieldErrors: [{ field: 'email', message: 'Already registered' }],
      });
  });
});

describe('next-safe-action: `handleServerError: (e) => toActionError(e).error`, the whole result passed', () => {
  // `now` only so that the deadline is counted from the clock the raw response is read with; an app omits it.
  const action = fetching((error) => toActionError(error, { now: NOW }).error);
  itAgreesWithTheRawResponse(server, { request: (url) => action({ path: path(url) }), fails: () => false }, failures);

  it.each(failures.map((sent) => [sent.name] as const))(
    '%s: `result.serverError` alone is the model as it was made; the whole result reads the same',
    async (name) => {
      const result = await action({ path: name });
      const model = result?.serverError;
      expect(normalizeError(model)).toBe(model);
      for (const read of readers) expect(shown(read(result, { now: NOW }))).toEqual(shown(model as ApiError));
    },
  );

  it('the model crosses as plain data: no cause, no developer details, nothing that would not serialize', async () => {
    const result = await action({ path: 'html-gateway' });
    expect(structuredClone(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result?.serverError).not.toHaveProperty('details');
    expect(JSON.stringify(result)).not.toContain('<html');
  });
});

describe('next-safe-action: the default `handleServerError`', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  // What it hands the browser is one sentence for every error: a failure on the server, no more.
  const masked: Dropped = {
    gives: {
      kind: 'server',
      status: undefined,
      code: undefined,
      title: 'Sorry, there is a problem with the service',
      message: 'Try again later.',
      fieldErrors: [],
      retryAt: undefined,
      logId: undefined,
    },
    why: 'the default handleServerError returns DEFAULT_SERVER_ERROR_MESSAGE for every error',
  };
  const action = fetching();
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => action({ path: path(url) }),
      fails: () => false,
      drops: Object.fromEntries(failures.map((sent) => [sent.name, masked])),
    },
    failures,
  );

  it('logs the error on the server and returns its generic text, which the person never reads', async () => {
    const result = await action({ path: 'rate-limited-429' });
    expect(result).toEqual({ serverError: DEFAULT_SERVER_ERROR_MESSAGE });
    expect(logged).toHaveBeenCalledWith('Action error:', expect.stringContaining('HTTP 429'));
    for (const read of readers) {
      const model = read(result, { now: NOW });
      expect(model).toMatchObject({ kind: 'server', messageSource: 'default', retryable: true });
      expect(model.message).not.toBe(DEFAULT_SERVER_ERROR_MESSAGE);
    }
  });
});

describe("next-safe-action: the docs' `handleServerError: (e) => e.message`", () => {
  // `HttpError.fromResponse`'s message is "HTTP 429 Too Many Requests: <url> failed": the status, and no more.
  const WHY = "`e.message` of the kit's HttpError keeps only the status; its URL is for developers";
  const drops: Partial<Record<ScenarioName, Dropped>> = {};
  for (const sent of failures) {
    const kept = normalizeError({ status: sent.status, headers: {}, body: null }, { now: NOW });
    const dropped = droppedBetween(rawModel(sent, NOW), kept, WHY);
    if (dropped) drops[sent.name] = dropped;
  }
  const action = fetching((error) => error.message);
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => action({ path: path(url) }), fails: () => false, drops },
    failures,
  );

  it.each(failures.map((sent) => [sent.name] as const))(
    '%s: its text, with the address called, is never the sentence a person reads',
    async (name) => {
      const result = await action({ path: name });
      expect(result?.serverError).toMatch(/^HTTP \d{3}.*: http:\/\/127\.0\.0\.1:\d+\/\S+ failed$/);
      for (const read of readers) {
        const model = read(result, { now: NOW });
        expect(model.messageSource).toBe('default');
        expect(model.details).toBe(result?.serverError);
      }
    },
  );

  it('a 429 is still too many requests, without the countdown its header gave', async () => {
    const model = normalizeError(await action({ path: 'rate-limited-429' }), { now: NOW });
    expect(model).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(model.retryAt).toBeUndefined();
  });
});

describe('next-safe-action: a `serverError` the app chose', () => {
  class ActionError extends Error {}
  // The docs' unmasking handler: its own errors' messages reach the client, every other one is masked.
  const client = createSafeActionClient({
    handleServerError: (error) => (error instanceof ActionError ? error.message : DEFAULT_SERVER_ERROR_MESSAGE),
  });

  it('returnServerError: its sentence is the message', async () => {
    const result = await client.action(async () => returnServerError('This offer ended yesterday.'))();
    expect(result).toEqual({ serverError: 'This offer ended yesterday.' });
    for (const read of readers)
      expect(read(result, { now: NOW })).toMatchObject({
        message: 'This offer ended yesterday.',
        messageSource: 'server',
      });
  });

  it('an unmasked error of the app’s own: its sentence is the message', async () => {
    const result = await client.action(async () => {
      throw new ActionError('Your basket is empty.');
    })();
    expect(normalizeError(result, { now: NOW })).toMatchObject({ message: 'Your basket is empty.' });
  });

  it('developer text unmasked by `e.message` is judged as any server text: never the sentence', async () => {
    const leaking = createSafeActionClient({ handleServerError: (error) => error.message });
    const result = await leaking.action(async () => {
      const user = undefined as unknown as { id: string };
      return user.id;
    })();
    expect(result?.serverError).toMatch(/Cannot read properties of undefined/);
    for (const read of readers) expect(read(result, { now: NOW }).messageSource).toBe('default');
  });

  it('an object the handler shaped (`{ message }`, as next-safe-action’s tests do) is read as a body', async () => {
    const shaped = createSafeActionClient({ handleServerError: (error) => ({ message: error.message }) });
    const result = await shaped.action(async () => {
      throw new Error('Your basket is empty.');
    })();
    expect(result).toEqual({ serverError: { message: 'Your basket is empty.' } });
    expect(normalizeError(result, { now: NOW })).toMatchObject({ message: 'Your basket is empty.' });
  });
});

describe("next-safe-action: an HttpError's message in an object the handler shaped", () => {
  const action = fetching((error) => ({ message: error.message }));

  it.each(failures.map((sent) => [sent.name] as const))(
    '%s: the address called is never the sentence a person reads',
    async (name) => {
      const result = await action({ path: name });
      expect(result?.serverError).toEqual({ message: expect.stringMatching(/^HTTP \d{3}.*: http:\/\/\S+ failed$/) });
      for (const read of readers) {
        const model = read(result, { now: NOW });
        expect(model.messageSource).toBe('default');
        expect(model.message).not.toMatch(/127\.0\.0\.1|failed/);
      }
    },
  );
});

describe('next-safe-action: the kit’s model for a failure without a response', () => {
  const action = createSafeActionClient({ handleServerError: (error) => toActionError(error).error })
    .inputSchema(z.object({ url: z.string(), signal: z.instanceof(AbortSignal).optional() }))
    .action(async ({ parsedInput: { url, signal } }) => (await fetch(url, { signal })).status);
  const read = async (pending: ReturnType<typeof action>): Promise<ApiError> => {
    const { threw, value } = await settle(pending);
    expect(threw, 'an action resolves its failures').toBe(false);
    return normalizeError(value, { now: NOW });
  };

  it('connection refused is network', async () => {
    expect(await read(action({ url: await refusedUrl() }))).toMatchObject({ kind: 'network', format: 'network' });
  });
  it('an aborted call is cancelled', async () => {
    const controller = new AbortController();
    const pending = action({ url: `${server().url}/slow`, signal: controller.signal });
    controller.abort();
    expect(await read(pending)).toMatchObject({ kind: 'cancelled', format: 'abort' });
  });
  it('`AbortSignal.timeout(ms)` is timeout', async () => {
    const pending = action({ url: `${server().url}/slow`, signal: AbortSignal.timeout(50) });
    expect(await read(pending)).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });
});

describe("next-safe-action: Next's navigation errors are no failure", () => {
  it.each([
    ['redirect', () => redirect('/login')],
    ['notFound', () => notFound()],
  ] as const)('%s: rethrown as it is, never handed to handleServerError, never a result', async (_, navigate) => {
    const handleServerError = vi.fn((error: Error) => toActionError(error).error);
    const action = createSafeActionClient({ handleServerError }).action(async () => navigate());
    const { threw, value } = await settle(action());
    expect(threw).toBe(true);
    expect(isNavigationError(value)).toBe(true);
    expect(handleServerError).not.toHaveBeenCalled();
  });
});

describe('next-safe-action: what the reader takes', () => {
  it('a result without a failure is not its to read', async () => {
    const action = createSafeActionClient().action(async () => ({ saved: true }));
    expect(await action()).toEqual({ data: { saved: true } });
    for (const value of [{ data: { saved: true } }, {}, { serverError: undefined }])
      expect(nextSafeActionErrors.test?.(value)).toBe(false);
  });

  it('anything beside its members is another shape', () => {
    expect(nextSafeActionErrors.test?.({ serverError: 'Sold out.', status: 409 })).toBe(false);
    expect(nextSafeActionErrors.test?.(Object.assign(new Error('x'), { serverError: 'Sold out.' }))).toBe(false);
  });

  it('hostile validation errors and server errors never throw, and stay a failure of their kind', () => {
    const cycle: Record<string, unknown> = { _errors: ['Check this.'] };
    cycle.self = cycle;
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    expect(normalizeError({ validationErrors: cycle }).kind).toBe('validation');
    expect(() => normalizeError({ validationErrors: hostile })).not.toThrow();
    expect(normalizeError({ serverError: 'HTTP 999 Nonsense: x failed' }).status).toBeUndefined();
    expect(normalizeError({ serverError: `HTTP 500: ${'x'.repeat(5000)} failed` }).status).toBeUndefined();
  });
});
