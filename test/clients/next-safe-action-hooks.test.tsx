// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "fetch": { "disableSameOriginPolicy": true } } }
import { cleanup, render, within, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { createSafeActionClient } from 'next-safe-action';
import { useAction } from 'next-safe-action/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError, normalizeError, toActionError, type ApiError } from '../../src';
import { ApiErrorView, ErrorSummary, FieldError } from '../../src/react';
import { expectSameModel, NOW, rawModel, serveScenarios } from './harness';

// What a component holds: `useAction(action).result` is the value the action resolved (`setResult(res ?? {})`), and
// `onError` gets `{ ...result }` (node_modules/next-safe-action/dist/hooks-*.mjs, `useActionBase`,
// `useActionCallbacks`). Rendered through the real hook, in happy-dom; the action runs in the same process, as the
// page's server would run it.

const server = serveScenarios();
afterEach(cleanup);

const action = createSafeActionClient({ handleServerError: (error) => toActionError(error, { now: NOW }).error })
  .inputSchema(z.object({ path: z.string(), email: z.email() }))
  .action(async ({ parsedInput }) => {
    const res = await fetch(`${server().url}/${parsedInput.path}`);
    if (!res.ok) throw await HttpError.fromResponse(res);
    return 'saved';
  });

type Input = Parameters<typeof action>[0];

/** The hook's `result` once the action failed, and what its `onError` was handed. */
async function held(input: Input): Promise<{ result: unknown; error: unknown }> {
  const seen: { result?: unknown; error?: unknown } = {};
  function Form() {
    const { execute, result, hasErrored } = useAction(action, {
      onError: ({ error }) => {
        seen.error = error;
      },
    });
    useEffect(() => execute(input), [execute]);
    useEffect(() => {
      if (hasErrored) seen.result = result;
    }, [hasErrored, result]);
    return null;
  }
  render(<Form />);
  await waitFor(() => expect(seen.result && seen.error).toBeTruthy());
  return { result: seen.result, error: seen.error };
}

const read = (value: unknown): ApiError => normalizeError(value, { now: NOW });

describe('next-safe-action: what useAction holds reads as the action’s result', () => {
  it('a 429 behind the action: `result` and `onError`’s `error` read as the raw response', async () => {
    const { result, error } = await held({ path: 'rate-limited-429', email: 'ann@example.com' });
    expect(result).toHaveProperty('serverError.kind', 'rate-limited');
    expectSameModel(read(result), rawModel('rate-limited-429', NOW));
    expectSameModel(read(error), rawModel('rate-limited-429', NOW));
  });

  it('a zod failure: the field message at its field', async () => {
    const { result, error } = await held({ path: 'json-error', email: 'ann' } as Input);
    for (const model of [read(result), read(error)])
      expect(model).toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'email' }] });
  });
});

describe('next-safe-action: the notice a person sees from `useAction().result`', () => {
  // As an app writes it: the model made with the real clock, and nothing shown until the action failed.
  const save = createSafeActionClient({ handleServerError: (error) => toActionError(error).error })
    .inputSchema(z.object({ path: z.string(), email: z.email() }))
    .action(async ({ parsedInput }) => {
      const res = await fetch(`${server().url}/${parsedInput.path}`);
      if (!res.ok) throw await HttpError.fromResponse(res);
      return 'saved';
    });

  function ProfileForm({ input }: { input: Input }) {
    const { execute, result, hasErrored } = useAction(save);
    const error = hasErrored ? result : null;
    return (
      <form
        aria-label="profile"
        onSubmit={(event) => {
          event.preventDefault();
          execute(input);
        }}
      >
        <ApiErrorView error={error} onRetry={() => execute(input)} />
        <ErrorSummary error={error} />
        <label htmlFor="email">Email</label>
        <input id="email" name="email" />
        <FieldError error={error} name="email" />
        <button type="submit">Save</button>
      </form>
    );
  }

  const submit = (input: Input) => {
    const view = render(<ProfileForm input={input} />);
    expect(view.container.textContent).toBe('EmailSave');
    within(view.container).getByText('Save').click();
    return view;
  };

  it("a 429 behind the action shows the API's own sentence and a countdown", async () => {
    const view = submit({ path: 'rate-limited-429', email: 'ann@example.com' });
    await waitFor(() => expect(view.container.textContent).toContain('Too many requests from Identifier:West Europe'));
    // The deadline crossed too: the notice counts down to it.
    expect(view.container.textContent).toMatch(/You can try again in \d+:\d\d/);
  });

  it("a zod failure shows zod's message beside the field", async () => {
    const view = submit({ path: 'json-error', email: 'ann' } as Input);
    await waitFor(() =>
      expect(view.container.querySelector('#email-error')?.textContent).toMatch(/Invalid email address/),
    );
    expect(view.container.querySelector('a[href="#email"]')?.textContent).toMatch(/Invalid email address/);
  });
});
