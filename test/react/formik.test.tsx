import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorMessage, Field, Form, Formik, getIn } from 'formik';
import { applyFormikErrors, toFormikErrors } from 'api-error-kit/forms';
import { drfValidation, laravelValidation, response, seed } from './helpers';

// Bodies: Laravel's documented 422 (https://laravel.com/docs/validation) and Django REST framework's
// `non_field_errors` (https://www.django-rest-framework.org/api-guide/serializers/).

/** A real Formik form: an email, one list item, and the form-level `status` shown above them. */
function Signup({ api }: { api: () => unknown }) {
  return (
    <Formik
      initialValues={{ email: '', items: [{ name: '' }] }}
      onSubmit={async (_values, helpers) => {
        helpers.setStatus(undefined);
        try {
          const failure = api();
          if (failure) throw failure;
          helpers.setStatus('Saved');
        } catch (error) {
          applyFormikErrors(error, helpers);
        }
      }}
    >
      {({ status }) => (
        <Form>
          {status && (
            <div role="alert" aria-label="status">
              {String(status)}
            </div>
          )}
          <label htmlFor="email">Email</label>
          <Field id="email" name="email" />
          <ErrorMessage name="email">
            {(message) => (
              <p role="alert" aria-label="email errors">
                {message}
              </p>
            )}
          </ErrorMessage>
          <label htmlFor="item-0">Item 1</label>
          <Field id="item-0" name="items[0].name" />
          <ErrorMessage name="items[0].name">
            {(message) => (
              <p role="alert" aria-label="item errors">
                {message}
              </p>
            )}
          </ErrorMessage>
          <button type="submit">Save</button>
        </Form>
      )}
    </Formik>
  );
}

const text = (name: string) => screen.queryByRole('alert', { name })?.textContent ?? null;

describe('toFormikErrors', () => {
  it('nests list paths as Formik does: items.0.name becomes { items: [{ name }] }', () => {
    const { errors, status } = toFormikErrors(laravelValidation());
    expect(errors).toEqual({ items: [{ name: 'Enter a name for item 1' }], email: 'Enter an email address' });
    expect(Array.isArray(errors.items)).toBe(true);
    expect(getIn(errors, 'items[0].name')).toBe('Enter a name for item 1');
    expect(status).toBeUndefined();
  });

  it('reads bracket paths and nested objects, and joins several messages for one field', () => {
    const body = response(422, {
      errors: {
        'address[city]': ['Enter a city'],
        'lines[1].sku': ['Enter a SKU'],
        email: ['Enter an email address', 'Use 254 characters or fewer'],
      },
    });
    const { errors } = toFormikErrors(body);
    expect(getIn(errors, 'address.city')).toBe('Enter a city');
    expect(getIn(errors, 'lines[1].sku')).toBe('Enter a SKU');
    expect(errors.email).toBe('Enter an email address Use 254 characters or fewer');
  });

  it('puts form-level messages, a failure without field errors, and a message that collides with a nested one in status', () => {
    expect(toFormikErrors(drfValidation())).toEqual({
      errors: { email: 'Enter an email address' },
      status: 'The passwords do not match',
    });
    expect(toFormikErrors(seed('409 AlreadyExists'))).toEqual({
      errors: {},
      status: 'A user with this email address already exists.',
    });
    const collision = response(422, {
      errors: { 'items.0.name': ['Enter a name for item 1'], 'items.0': ['Add at least one item'] },
    });
    expect(toFormikErrors(collision)).toEqual({
      errors: { items: [{ name: 'Enter a name for item 1' }] },
      status: 'Add at least one item',
    });
  });

  it('renames with fieldNames, and keeps __proto__ as a plain key without polluting anything', () => {
    expect(toFormikErrors(laravelValidation(), { fieldNames: { 'items.0.name': 'lines[0].title' } }).errors).toEqual({
      lines: [{ title: 'Enter a name for item 1' }],
      email: 'Enter an email address',
    });
    const { errors } = toFormikErrors(response(422, JSON.parse('{"errors":{"__proto__.polluted":["Enter a value"]}}')));
    expect(Object.getOwnPropertyDescriptor(errors, '__proto__')?.value).toEqual({ polluted: 'Enter a value' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('applyFormikErrors calls setErrors and setStatus', () => {
    const helpers = { setErrors: vi.fn(), setStatus: vi.fn() };
    applyFormikErrors(drfValidation(), helpers);
    expect(helpers.setErrors).toHaveBeenCalledWith({ email: 'Enter an email address' });
    expect(helpers.setStatus).toHaveBeenCalledWith('The passwords do not match');
    for (const wrong of [undefined, null, {}, { setErrors: 'no' }])
      expect(() => applyFormikErrors(drfValidation(), wrong as never)).not.toThrow();
  });
});

describe('Formik', () => {
  it('shows each field’s message through ErrorMessage, the list item’s too, and the form-level message in status', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Signup api={laravelValidation} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'email errors' })).toHaveTextContent('Enter an email address');
    expect(text('item errors')).toBe('Enter a name for item 1');
    unmount();

    render(<Signup api={drfValidation} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'status' })).toHaveTextContent('The passwords do not match');
    expect(text('email errors')).toBe('Enter an email address');
  });

  it('drops every server message as soon as the person edits any field (Formik re-validates on change); status stays until the next submit', async () => {
    const user = userEvent.setup();
    let failing = true;
    render(<Signup api={() => (failing ? drfValidation() : undefined)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'email errors' });
    await user.type(screen.getByLabelText('Item 1'), 'Tea');
    await expect.poll(() => text('email errors')).toBeNull();
    expect(text('status')).toBe('The passwords do not match');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await expect.poll(() => text('status')).toBe('Saved');
  });
});
