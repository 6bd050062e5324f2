import { notFound, redirect } from '@tanstack/react-router';
import { createServerFn, json } from '@tanstack/react-start';
import { z } from 'zod';
import { HttpError } from '../../../../src';

// The server functions of the fixture app: each handler fails as an app's may. `url` is a scenario server's URL.

/** A JSON body, as Start's types ask a result to be serializable. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The README's loader, as a server function: the failed response thrown as an `HttpError`. */
export const throwsHttpError = createServerFn({ method: 'POST' })
  .validator((url: string) => url)
  .handler(async ({ data: url }) => {
    const response = await fetch(url, { redirect: 'manual' });
    if (!response.ok) throw await HttpError.fromResponse(response);
    return (await response.json()) as Json;
  });

/** The failed response itself thrown. */
export const throwsResponse = createServerFn({ method: 'POST' })
  .validator((url: string) => url)
  .handler(async ({ data: url }) => {
    const response = await fetch(url, { redirect: 'manual' });
    if (!response.ok) throw response;
    return (await response.json()) as Json;
  });

/** The failed response's JSON body thrown again through Start's `json()`, with its status. */
export const throwsJson = createServerFn({ method: 'POST' })
  .validator((url: string) => url)
  .handler(async ({ data: url }) => {
    const response = await fetch(url);
    throw json(await response.json(), { status: response.status });
  });

export const throwsError = createServerFn({ method: 'POST' }).handler(() => {
  throw new Error('The project could not be archived.');
});

class ProjectLockedError extends Error {
  override name = 'ProjectLockedError';
  readonly status = 409;
}

/** An app's own error class with a status: Start answers with that status. */
export const throwsOwnError = createServerFn({ method: 'POST' }).handler(() => {
  throw new ProjectLockedError('The project is locked.');
});

export const throwsNotFound = createServerFn({ method: 'POST' }).handler(() => {
  throw notFound();
});

export const throwsRedirect = createServerFn({ method: 'POST' }).handler(() => {
  throw redirect({ href: '/login' });
});

const user = z.object({ email: z.email(), name: z.string().min(1) });

/** Zod 4 through Start's validator (zod is a Standard Schema). */
export const createsUser = createServerFn({ method: 'POST' })
  .validator(user)
  .handler(({ data }) => data);

/** The same schema parsed in a validator function: zod's `ZodError` is what it throws. */
export const createsUserParsed = createServerFn({ method: 'POST' })
  .validator((input: unknown) => user.parse(input))
  .handler(({ data }) => data);

/** Never answers: for an abort. */
export const slow = createServerFn({ method: 'POST' }).handler(() => new Promise<never>(() => {}));
