import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { z } from 'zod';
import { toConformErrors } from 'api-error-kit/forms';
import { drfValidation, laravelValidation, response, seed } from '../react/helpers';

// Bodies: Laravel's documented 422 (https://laravel.com/docs/validation) and Django REST framework's
// `non_field_errors` (https://www.django-rest-framework.org/api-guide/serializers/).

const schema = z.object({ email: z.string(), items: z.array(z.object({ name: z.string() })) });

/**
 * A server action as Conform's docs write it: parse with zod, call the API, and on failure reply
 * with the API's errors. The reply crosses to the browser as data, so it goes through
 * `structuredClone` here as it would through React's transport.
 */
const createAction = (api: () => unknown) =>
  async function save(
    _previous: SubmissionResult<string[]> | undefined,
    formData: FormData,
  ): Promise<SubmissionResult<string[]>> {
    const submission = parseWithZod(formData, { schema });
    if (submission.status !== 'success') return submission.reply();
    try {
      const failure = api();
      if (failure) throw failure;
      return submission.reply();
    } catch (error) {
      return structuredClone(submission.reply(toConformErrors(error)));
    }
  };

function Signup({ api }: { api: () => unknown }) {
  const [lastResult, action] = React.useActionState(createAction(api), undefined);
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { items: [{ name: 'Tea' }] },
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const item = fields.items.getFieldList()[0]?.getFieldset();
  return (
    <form {...getFormProps(form)} action={action}>
      {form.errors && (
        <div role="alert" aria-label="form errors">
          {form.errors.join(' ')}
        </div>
      )}
      <label htmlFor={fields.email.id}>Email</label>
      <input {...getInputProps(fields.email, { type: 'text' })} />
      {fields.email.errors && (
        <p role="alert" aria-label="email errors">
          {fields.email.errors.join(', ')}
        </p>
      )}
      {item && <label htmlFor={item.name.id}>Item 1</label>}
      {item && <input {...getInputProps(item.name, { type: 'text' })} />}
      {item?.name.errors && (
        <p role="alert" aria-label="item errors">
          {item.name.errors.join(', ')}
        </p>
      )}
      <button type="submit">Save</button>
    </form>
  );
}

describe('toConformErrors', () => {
  it('gives formErrors and fieldErrors, one entry per message, list paths in Conform’s notation', () => {
    expect(toConformErrors(laravelValidation())).toEqual({
      formErrors: [],
      fieldErrors: { 'items[0].name': ['Enter a name for item 1'], email: ['Enter an email address'] },
    });
    expect(toConformErrors(drfValidation())).toEqual({
      formErrors: ['The passwords do not match'],
      fieldErrors: { email: ['Enter an email address'] },
    });
    const twice = response(422, { errors: { email: ['Enter an email address', 'Use 254 characters or fewer'] } });
    expect(toConformErrors(twice).fieldErrors).toEqual({
      email: ['Enter an email address', 'Use 254 characters or fewer'],
    });
  });

  it('puts a failure without field errors in formErrors', () => {
    expect(toConformErrors(seed('409 AlreadyExists'))).toEqual({
      formErrors: ['A user with this email address already exists.'],
      fieldErrors: {},
    });
  });

  it('is what the real submission.reply takes: the errors land under Conform’s keys ("" for the form)', () => {
    const formData = new FormData();
    formData.set('email', 'ada@example.com');
    formData.set('items[0].name', 'Tea');
    const submission = parseWithZod(formData, { schema });
    const reply = submission.reply(toConformErrors(drfValidation()));
    expect(reply.status).toBe('error');
    expect(reply.error).toEqual({ '': ['The passwords do not match'], email: ['Enter an email address'] });
    expect(reply.initialValue).toEqual({ email: 'ada@example.com', items: [{ name: 'Tea' }] });
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });
});

describe('Conform with a React 19 server action', () => {
  it('shows the API’s field messages under their fields and form-level messages in form.errors', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Signup api={laravelValidation} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'email errors' })).toHaveTextContent('Enter an email address');
    expect(screen.getByRole('alert', { name: 'item errors' })).toHaveTextContent('Enter a name for item 1');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    unmount();

    render(<Signup api={drfValidation} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'form errors' })).toHaveTextContent('The passwords do not match');
  });

  it('clears the messages on the next submit that succeeds', async () => {
    const user = userEvent.setup();
    let failing = true;
    render(<Signup api={() => (failing ? drfValidation() : undefined)} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'form errors' });
    failing = false;
    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await expect.poll(() => screen.queryByRole('alert', { name: 'form errors' })).toBeNull();
    expect(screen.queryByRole('alert', { name: 'email errors' })).toBeNull();
  });
});
