import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, ErrorSummary, FieldError } from 'api-error-kit/react';
import { request } from '../api';
import { parsers } from '../parsers';

interface Values {
  email: string;
  password: string;
}

const labels = { email: 'Email address', password: 'Password' };

/**
 * Seed 003's 422 ValidationFailure on a react-hook-form form. The custom parser (parsers.ts) maps
 * each item's code to its field; `applyFieldErrors` puts the messages into the form's errors, the
 * summary above the form takes focus and links to each field. The email field shows its message
 * from react-hook-form's errors; the password field shows the kit's `FieldError` (both ways work).
 */
export function SignUp() {
  const form = useForm<Values>({ defaultValues: { email: '', password: '' } });
  const { errors } = form.formState;
  const signUp = useMutation({
    mutationFn: (values: Values) =>
      request<{ id: string }>('/api/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      }),
    // The summary takes focus (GOV.UK); the fields keep their messages.
    onError: (error) => applyFieldErrors(error, form.setError, { parsers, shouldFocus: false }),
  });

  if (signUp.isSuccess) return <p>Your account has been created.</p>;
  return (
    <>
      <ErrorSummary error={signUp.error} fieldLabels={labels} />
      <form noValidate onSubmit={form.handleSubmit((values) => signUp.mutate(values))}>
        <div className="field">
          <label htmlFor="email">{labels.email}</label>
          <input
            id="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'email-error' : undefined}
            {...form.register('email')}
          />
          {errors.email && (
            <p id="email-error" className="aek-field-error">
              <span className="visually-hidden">Error: </span>
              {errors.email.message}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="password">{labels.password}</label>
          <input id="password" type="password" autoComplete="new-password" {...form.register('password')} />
          <FieldError error={signUp.error} name="password" />
        </div>
        {errors.root?.serverError && <p className="aek-field-error">{errors.root.serverError.message}</p>}
        <button type="submit" className="form-button" disabled={signUp.isPending}>
          Create account
        </button>
      </form>
    </>
  );
}
