import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, type AnyFieldApi } from '@tanstack/react-form';
import { toTanStackFormErrors } from 'api-error-kit/forms';
import { drfValidation, laravelValidation, response, seed } from '../react/helpers';

// Bodies: Laravel's documented 422 (`errors` keyed by dotted paths, https://laravel.com/docs/validation)
// and Django REST framework's `non_field_errors` (https://www.django-rest-framework.org/api-guide/serializers/).

/** A field's messages as TanStack Form holds them, under the input. */
function Messages({ field }: { field: AnyFieldApi }) {
  const errors = field.state.meta.errors.filter(Boolean);
  return errors.length ? (
    <p role="alert" aria-label={`${field.name} errors`}>
      {errors.join(', ')}
    </p>
  ) : null;
}

type Failure = () => unknown;

/**
 * A real TanStack Form with an email field and one list item. The submit validator calls the API
 * and returns its errors, as TanStack Form's docs do; `fail` says what the API throws on each
 * submit (nothing: success).
 */
function Signup({ fail }: { fail: Failure }) {
  const [saved, setSaved] = React.useState(0);
  const post = async () => {
    const failure = fail();
    if (failure) throw failure;
  };
  const form = useForm({
    defaultValues: { email: '', items: [{ name: '' }] },
    validators: {
      onSubmitAsync: async () => {
        try {
          await post();
          return undefined;
        } catch (error) {
          return toTanStackFormErrors(error);
        }
      },
    },
    onSubmit: () => setSaved((count) => count + 1),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) =>
          errors.filter(Boolean).length ? (
            <div role="alert" aria-label="form errors">
              {errors.filter(Boolean).join(', ')}
            </div>
          ) : null
        }
      </form.Subscribe>
      <form.Field
        name="email"
        validators={{
          onChange: ({ value }) =>
            value && !value.includes('@') ? 'Enter an email address in the correct format' : undefined,
        }}
      >
        {(field) => (
          <>
            <label htmlFor="email">Email</label>
            <input
              id="email"
              value={field.state.value}
              onChange={(event) => field.handleChange(event.target.value)}
              onBlur={field.handleBlur}
            />
            <Messages field={field} />
          </>
        )}
      </form.Field>
      <form.Field
        name="items[0].name"
        validators={{ onChange: ({ value }) => (value.length > 100 ? 'Use 100 characters or fewer' : undefined) }}
      >
        {(field) => (
          <>
            <label htmlFor="item-0">Item 1</label>
            <input id="item-0" value={field.state.value} onChange={(event) => field.handleChange(event.target.value)} />
            <Messages field={field} />
          </>
        )}
      </form.Field>
      <button type="submit">Save</button>
      <output>{saved ? 'Saved' : ''}</output>
    </form>
  );
}

const fieldErrors = (name: string) => screen.queryByRole('alert', { name: `${name} errors` })?.textContent ?? null;
const formErrors = () => screen.queryByRole('alert', { name: 'form errors' })?.textContent ?? null;

describe('toTanStackFormErrors', () => {
  it('writes list paths in TanStack Form’s bracket notation and joins several messages for one field', () => {
    expect(toTanStackFormErrors(laravelValidation())).toEqual({
      fields: { 'items[0].name': 'Enter a name for item 1', email: 'Enter an email address' },
    });
    const twice = response(422, { errors: { email: ['Enter an email address', 'Use 254 characters or fewer'] } });
    expect(toTanStackFormErrors(twice)).toEqual({
      fields: { email: 'Enter an email address Use 254 characters or fewer' },
    });
  });

  it('puts form-level messages on `form`, and the message of a failure without field errors too', () => {
    expect(toTanStackFormErrors(drfValidation())).toEqual({
      form: 'The passwords do not match',
      fields: { email: 'Enter an email address' },
    });
    expect(toTanStackFormErrors(seed('409 AlreadyExists'))).toEqual({
      form: 'A user with this email address already exists.',
      fields: {},
    });
  });

  it('renames with fieldNames before writing the notation', () => {
    expect(
      toTanStackFormErrors(laravelValidation(), { fieldNames: { 'items.0.name': 'lines.0.title' } }).fields,
    ).toEqual({
      'lines[0].title': 'Enter a name for item 1',
      email: 'Enter an email address',
    });
  });

  it('keeps a __proto__ path as a plain key and pollutes nothing', () => {
    const { fields } = toTanStackFormErrors(response(422, JSON.parse('{"errors":{"__proto__":["Enter a value"]}}')));
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(fields, '__proto__')?.value).toBe('Enter a value');
    expect(Object.prototype).not.toHaveProperty('0');
  });
});

describe('TanStack Form, returned from validators.onSubmitAsync', () => {
  it('shows each field’s message under its field, in list notation too', async () => {
    const user = userEvent.setup();
    render(<Signup fail={laravelValidation} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'email errors' })).toHaveTextContent('Enter an email address');
    expect(fieldErrors('items[0].name')).toBe('Enter a name for item 1');
    expect(formErrors()).toBeNull();
  });

  it('shows form-level messages with the form’s errors, and a failure without field errors there too', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Signup fail={drfValidation} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'form errors' })).toHaveTextContent('The passwords do not match');
    expect(fieldErrors('email')).toBe('Enter an email address');
    unmount();
    render(<Signup fail={() => seed('409 AlreadyExists')} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'form errors' })).toHaveTextContent(
      'A user with this email address already exists.',
    );
  });

  it('drops a field’s message when that field changes, keeps the others, and a submit that succeeds clears the rest', async () => {
    const user = userEvent.setup();
    let failing = true;
    render(<Signup fail={() => (failing ? laravelValidation() : undefined)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'email errors' });
    failing = false;
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    expect(fieldErrors('email')).toBeNull();
    expect(fieldErrors('items[0].name')).toBe('Enter a name for item 1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(fieldErrors('items[0].name')).toBeNull();
  });
});
