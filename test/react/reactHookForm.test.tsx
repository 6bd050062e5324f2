import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { applyFieldErrors } from 'api-error-kit/react';
import { drfValidation, laravelValidation } from './helpers';

// Bodies: Laravel's documented 422 (https://laravel.com/docs/validation) and Django REST framework's
// `non_field_errors` (https://www.django-rest-framework.org/api-guide/serializers/).

function Signup({ api }: { api: () => unknown }) {
  const form = useForm({ defaultValues: { email: '', items: [{ name: '' }] } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async () => {
    try {
      const failure = api();
      if (failure) throw failure;
    } catch (error) {
      applyFieldErrors(error, form.setError);
    }
  });
  return (
    <form onSubmit={onSubmit}>
      {errors.root?.serverError && (
        <div role="alert" aria-label="form errors">
          {errors.root.serverError.message}
        </div>
      )}
      <label htmlFor="email">Email</label>
      <input id="email" {...form.register('email')} />
      {errors.email && (
        <p role="alert" aria-label="email errors">
          {errors.email.message}
        </p>
      )}
      <label htmlFor="item-0">Item 1</label>
      <input id="item-0" {...form.register('items.0.name')} />
      {errors.items?.[0]?.name && (
        <p role="alert" aria-label="item errors">
          {errors.items[0].name.message}
        </p>
      )}
      <button type="submit">Save</button>
    </form>
  );
}

const text = (name: string) => screen.queryByRole('alert', { name })?.textContent ?? null;

describe('react-hook-form', () => {
  it('shows field messages in formState.errors (list items too), focuses the first, and form-level messages on root.serverError', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Signup api={laravelValidation} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'item errors' })).toHaveTextContent('Enter a name for item 1');
    expect(text('email errors')).toBe('Enter an email address');
    expect(screen.getByLabelText('Item 1')).toHaveFocus();
    unmount();

    render(<Signup api={drfValidation} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'form errors' })).toHaveTextContent('The passwords do not match');
  });

  it('drops a field’s message when that field changes (re-validation on change); root.serverError stays until the next submit', async () => {
    const user = userEvent.setup();
    let failing = true;
    render(<Signup api={() => (failing ? drfValidation() : undefined)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'email errors' });
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await expect.poll(() => text('email errors')).toBeNull();
    expect(text('form errors')).toBe('The passwords do not match');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await expect.poll(() => text('form errors')).toBeNull();
  });
});
