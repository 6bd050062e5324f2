import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError, normalizeError, type ApiError, type ErrorParser } from 'api-error-kit';
import { ApiErrorView, ErrorSummary, useApiError } from 'api-error-kit/react';
import { readOnce } from '../../src/react/useApiError';
import type { ConformanceCase } from '../conformance/types';
import { conformanceCase, startCaseServer, wire, type CaseServer } from './caseServer';
import { announcements, renderWithKit, resetAnnouncer } from './helpers';

// Real responses from the corpus; each case names its source in test/conformance/cases.
const OUT_OF_CREDIT = conformanceCase('rfc9457/out-of-credit'); // 403 problem+json, RFC 9457 §3
const NO_SUCH_KEY = conformanceCase('amazon-s3/no-such-key'); // 404 XML, Amazon S3 ErrorResponses docs
const VALIDATION = conformanceCase('rfc9457/validation-errors-extension'); // 422 with field errors, RFC 9457 §3
const POCKETBASE = conformanceCase('pocketbase/invalid-email-data-map'); // 400 whose body makes it a validation error, pocketbase#5572
const RATE_LIMIT = conformanceCase('express-rate-limit/429-retry-after'); // 429 text with Retry-After, express-rate-limit's tests

let server: CaseServer;
beforeAll(async () => {
  server = await startCaseServer([OUT_OF_CREDIT, NO_SUCH_KEY, VALIDATION, POCKETBASE, RATE_LIMIT]);
});
afterAll(() => server.close());
beforeEach(() => resetAnnouncer());

const respond = (c: ConformanceCase, options?: { hold?: boolean }) => server.respond(c, options);

/** Exactly what the server sent, read the documented way, stamped with the test's clock. */
const rawModel = async (c: ConformanceCase, now: number) =>
  normalizeError(await HttpError.fromResponse(await respond(c)), { now });

/** Every model `useApiError` gave, in render order. */
function Probe({ error, seen }: { error: unknown; seen: ApiError[] }) {
  const model = useApiError(error);
  if (model && seen.at(-1) !== model) seen.push(model);
  return <output aria-label="model">{model?.message}</output>;
}

describe('useApiError with an unread body', () => {
  it('gives the model from the status at once, then the full model once the body is read', async () => {
    const response = await respond(OUT_OF_CREDIT);
    const seen: ApiError[] = [];
    const { clock } = renderWithKit(<Probe error={response} seen={seen} />);
    expect(seen[0]).toEqual(normalizeError(response, { now: clock.now() }));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual(await rawModel(OUT_OF_CREDIT, clock.now()));
    expect(screen.getByRole('status', { name: 'model' })).toHaveTextContent(
      'Your current balance is 30, but that costs 50.',
    );
    // Read from a clone: the app can still read the response.
    expect(await response.text()).toBe(wire(OUT_OF_CREDIT));
  });

  it('reads each body once, however many components show it and however often they render', async () => {
    const response = await respond(NO_SUCH_KEY);
    const clone = vi.spyOn(response, 'clone');
    const view = (
      <>
        <ApiErrorView error={response} />
        <ApiErrorView error={response} />
      </>
    );
    const { rerender, unmount } = renderWithKit(view);
    expect(await screen.findAllByText('The resource you requested does not exist')).toHaveLength(2);
    rerender(view);
    unmount();
    renderWithKit(<ApiErrorView error={response} />);
    // Shown at once on the second mount: the read settled once and is shared.
    expect(screen.getByText('The resource you requested does not exist')).toBeInTheDocument();
    expect(clone).toHaveBeenCalledTimes(1);
  });

  it('drops a read that settles after the error changed', async () => {
    const slow = await respond(OUT_OF_CREDIT, { hold: true });
    const fast = await respond(NO_SUCH_KEY);
    const seen: ApiError[] = [];
    const parsers: ErrorParser[] = [];
    const { rerender, clock } = renderWithKit(<Probe error={slow} seen={seen} />, { parsers });
    rerender(<Probe error={fast} seen={seen} />);
    await screen.findByText('The resource you requested does not exist');
    // Now the first body arrives, and the read the first render started settles.
    server.release(OUT_OF_CREDIT);
    const late = await act(() => readOnce(slow, { normalize: normalizeError, parsers }, clock.now()));
    expect(late.message).toBe('Your current balance is 30, but that costs 50.');
    expect(screen.getByRole('status', { name: 'model' })).toHaveTextContent(
      'The resource you requested does not exist',
    );
    expect(seen).not.toContain(late);
    expect(seen.at(-1)!.status).toBe(404);
  });
});

describe('notices for an unread body', () => {
  it('upgrades the notice in place, announcing it once, when the kind stays the same', async () => {
    const response = await respond(OUT_OF_CREDIT, { hold: true });
    renderWithKit(<ApiErrorView error={response} />);
    const notice = screen.getByRole('region', { name: 'You do not have access' });
    await waitFor(() => expect(announcements()).toHaveLength(1));
    server.release(OUT_OF_CREDIT);
    await screen.findByText('Your current balance is 30, but that costs 50.');
    expect(screen.getByRole('region', { name: 'You do not have access' })).toBe(notice);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]).toMatch(/^You do not have access/);
  });

  it('a rate limit is announced once, and its countdown does not move', async () => {
    const response = await respond(RATE_LIMIT, { hold: true });
    renderWithKit(<ApiErrorView error={response} onRetry={() => undefined} />);
    const timer = screen.getByRole('timer');
    const before = timer.textContent;
    await waitFor(() => expect(announcements()).toHaveLength(1));
    server.release(RATE_LIMIT);
    await screen.findByText('Too many requests, please try again later.');
    expect(screen.getByRole('timer')).toHaveTextContent(before!);
    expect(announcements()).toHaveLength(1);
  });

  it('a validation summary takes focus once: field errors that arrive later do not pull it back', async () => {
    const user = userEvent.setup();
    const response = await respond(VALIDATION, { hold: true });
    renderWithKit(
      <>
        <ErrorSummary error={response} />
        <label htmlFor="age">Age</label>
        <input id="age" />
      </>,
    );
    await waitFor(() => expect(screen.getByRole('alert').parentElement).toHaveFocus());
    await user.click(screen.getByLabelText('Age'));
    server.release(VALIDATION);
    expect(await screen.findByRole('link', { name: 'Must be a positive integer' })).toHaveAttribute('href', '#age');
    expect(screen.getByLabelText('Age')).toHaveFocus();
  });

  it('a body that changes the kind brings the notice for it', async () => {
    const user = userEvent.setup();
    const response = await respond(POCKETBASE, { hold: true });
    renderWithKit(
      <>
        <ApiErrorView error={response} />
        <label htmlFor="email">Email</label>
        <input id="email" />
      </>,
    );
    // A 400 alone says only that the request was wrong.
    expect(screen.queryByRole('link')).toBeNull();
    await user.click(screen.getByLabelText('Email'));
    server.release(POCKETBASE);
    const link = await screen.findByRole('link', { name: 'Must be a valid email address.' });
    // A new notice: the summary takes focus, as for any new validation error.
    await waitFor(() => expect(link.closest('[tabindex="-1"]')).toHaveFocus());
  });
});
