import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toActionError, type ActionErrorResult } from 'api-error-kit';
import { ApiErrorView, ErrorSummary, FieldError } from 'api-error-kit/react';
import { laravelValidation, renderWithKit, seed } from '../react/helpers';

// Bodies: Laravel's documented 422 (https://laravel.com/docs/validation); the 429 and 500 seeds name
// their public sources in test/fixtures/seeds.ts.

/**
 * A server action as React 19 runs one: it catches the API's failure and returns the kit's result.
 * What it returns crosses to the browser as data; `structuredClone` stands for that crossing, and
 * throws on anything that could not cross (a function, a class instance's methods are dropped).
 */
type Saved = { ok: true; error?: undefined; values?: undefined };

const createAction = (api: () => unknown) =>
  async function save(
    _previous: Saved | ActionErrorResult | null,
    formData: FormData,
  ): Promise<Saved | ActionErrorResult> {
    try {
      const failure = api();
      if (failure) throw failure;
      return { ok: true };
    } catch (error) {
      return structuredClone(toActionError(error, { formData }));
    }
  };

function Profile({ api }: { api: () => unknown }) {
  const [state, action, pending] = React.useActionState(createAction(api), null);
  return (
    <form action={action}>
      <ErrorSummary error={state?.error} />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" defaultValue={state?.values?.email} />
      <FieldError error={state?.error} name="email" />
      <label htmlFor="items.0.name">Item 1</label>
      <input id="items.0.name" name="items.0.name" defaultValue={state?.values?.['items.0.name']} />
      <FieldError error={state?.error} name="items.0.name" />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" />
      <button type="submit" disabled={pending}>
        Save
      </button>
      <p role="status">{state?.ok ? 'Saved' : ''}</p>
    </form>
  );
}

function Order({ api }: { api: () => unknown }) {
  const [state, action] = React.useActionState(createAction(api), null);
  const form = React.useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={action}>
      {/* Trying again is sending the form again. */}
      <ApiErrorView error={state?.error} onRetry={() => form.current?.requestSubmit()} />
      <label htmlFor="quantity">Quantity</label>
      <input id="quantity" name="quantity" defaultValue={state?.values?.quantity} />
      <button type="submit">Order</button>
    </form>
  );
}

describe('React 19 form actions with toActionError', () => {
  it('useActionState hands the result to ErrorSummary and FieldError, and the fields keep what the person typed', async () => {
    const user = userEvent.setup();
    renderWithKit(<Profile api={laravelValidation} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example');
    await user.type(screen.getByLabelText('Password'), 'hunter2');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter an email address' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Enter a name for item 1' })).toHaveAttribute('href', '#items.0.name');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Error: Enter an email address');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Item 1')).toHaveAccessibleDescription('Error: Enter a name for item 1');
    // React reset the form after the action; the echoed values put the person's input back, but not the password.
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('clears the messages when the next submit succeeds', async () => {
    const user = userEvent.setup();
    let failing = true;
    renderWithKit(<Profile api={() => (failing ? laravelValidation() : undefined)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('ApiErrorView picks the notice from the result: a rate limit with its countdown, a server failure with its support ID', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithKit(<Order api={() => seed('429 with Retry-After')} />);
    await user.type(screen.getByLabelText('Quantity'), '3');
    await user.click(screen.getByRole('button', { name: 'Order' }));
    expect(await screen.findByRole('timer')).toBeInTheDocument();
    expect(screen.getByLabelText('Quantity')).toHaveValue('3');
    unmount();

    renderWithKit(<Order api={() => seed('500 ServerError (valid JSON)')} />);
    await user.click(screen.getByRole('button', { name: 'Order' }));
    expect(await screen.findByText('63cb1df0-b82a-459e-accc-635e187f3b8b')).toBeInTheDocument();
  });
});
