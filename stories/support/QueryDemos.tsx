import * as React from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiErrorView, applyFieldErrors, ErrorSummary, OfflineNotice } from 'api-error-kit/react';
import { ApiErrorBoundary, throwOnError, useQueryApiError } from 'api-error-kit/query';
import { fetchJson } from './api';

interface Report {
  title: string;
  total: number;
}

function ReportBody({ report }: { report: Report }) {
  return (
    <article>
      <h2>{report.title}</h2>
      <p>Total: {report.total}</p>
    </article>
  );
}

/** A report fetched with `useQuery`; any failure shows through `ApiErrorView`, whose Try again refetches. */
export function ReportPanel({ onSignIn }: { onSignIn?: () => void }) {
  const [token, setToken] = React.useState<string>();
  const report = useQuery({
    queryKey: ['report', token],
    queryFn: () => fetchJson<Report>('/api/report', { headers: token ? { authorization: `Bearer ${token}` } : {} }),
  });
  const { error, retry } = useQueryApiError(report);
  if (report.isPending) return <p>Loading the report…</p>;
  if (error)
    return (
      <ApiErrorView
        error={error}
        onRetry={retry}
        onSignIn={() => {
          onSignIn?.();
          setToken('signed-in');
        }}
      />
    );
  return <ReportBody report={report.data!} />;
}

/** A query that waits while the device is offline: the notice says so, then "Back online". */
export function OfflineAwarePanel() {
  const report = useQuery({ queryKey: ['report-offline'], queryFn: () => fetchJson<Report>('/api/report') });
  const { error, retry, isPaused } = useQueryApiError(report);
  return (
    <>
      <OfflineNotice error={error} onRetry={retry} />
      {isPaused && <p>Waiting for the connection to load the report…</p>}
      {report.data && <ReportBody report={report.data} />}
    </>
  );
}

function ThrowingReport() {
  const report = useQuery({
    queryKey: ['report-boundary'],
    queryFn: () => fetchJson<Report>('/api/report'),
    throwOnError,
  });
  return report.data ? <ReportBody report={report.data} /> : <p>Loading the report…</p>;
}

/** Failures on the service's side go to the nearest `ApiErrorBoundary`; its Try again resets the query. */
export function BoundaryPanel() {
  return (
    <ApiErrorBoundary>
      <ThrowingReport />
    </ApiErrorBoundary>
  );
}

interface Signup {
  email: string;
  password: string;
}

/** react-hook-form with a mutation: the server's 422 lands on the fields and in the summary. */
export function SignupForm() {
  const form = useForm<Signup>({ defaultValues: { email: 'ada@', password: 'short' } });
  const signup = useMutation({
    mutationFn: (values: Signup) =>
      fetchJson('/api/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      }),
    onError: (error) => applyFieldErrors(error, form.setError, { shouldFocus: false }),
  });
  const { errors } = form.formState;
  const field = (name: keyof Signup, label: string, type: string) => (
    <div className="demo-form__group">
      <label htmlFor={name}>{label}</label>
      {errors[name] && (
        <p id={`${name}-error`} className="aek-field-error">
          <span className="aek-visually-hidden">Error: </span>
          {errors[name]!.message}
        </p>
      )}
      <input
        id={name}
        type={type}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        {...form.register(name)}
      />
    </div>
  );
  return (
    <div>
      <ErrorSummary error={signup.error} />
      {signup.isSuccess && <p role="status">Your account has been created.</p>}
      <form noValidate className="demo-form" onSubmit={form.handleSubmit((values) => signup.mutate(values))}>
        {field('email', 'Email address', 'email')}
        {field('password', 'Password', 'password')}
        {errors.root?.serverError && <p className="aek-field-error">{errors.root.serverError.message}</p>}
        <button type="submit">Create account</button>
      </form>
    </div>
  );
}
