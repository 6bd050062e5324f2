import * as React from 'react';
import { act, render } from '@testing-library/react';
import { ApiErrorProvider, createManualClock, type ApiErrorProviderProps, type ManualClock } from 'api-error-kit/react';
import { seedFixtures } from '../fixtures/seeds';

/**
 * A seed body as a client would throw it (a response-like object), new on every call so no cache is shared between
 * tests.
 */
export function seed(name: string): { status?: number; headers: Record<string, string>; body: unknown } {
  const fixture = seedFixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`No seed fixture named "${name}"`);
  return { status: fixture.status, headers: { ...fixture.headers }, body: fixture.body };
}

/** A response-like failure built in the test. */
export const response = (status: number, body: unknown = null, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body,
});

/** ASP.NET's ValidationProblemDetails: two field errors keyed by PascalCase paths. */
export const aspNetValidation = () =>
  response(400, {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    errors: { Email: ['Enter an email address in the correct format, like name@example.com'], Name: ['Required'] },
  });

/** DRF: a form-level message beside a field message. */
export const drfValidation = () =>
  response(400, { non_field_errors: ['The passwords do not match'], email: ['Enter an email address'] });

/** Laravel: a nested path and a plain one. */
export const laravelValidation = () =>
  response(422, {
    message: 'The given data was invalid.',
    errors: { 'items.0.name': ['Enter a name for item 1'], email: ['Enter an email address'] },
  });

export const politeRegion = () => document.querySelector('[data-api-error-announcer] [aria-live="polite"]');

/** Every line currently in the polite live region, oldest first. */
export const announcements = (): string[] =>
  Array.from(politeRegion()?.children ?? [], (line) => line.textContent ?? '');

/**
 * Makes sure the page's live regions exist (so announcements are written at once, not after the
 * first-use delay) and empties them, so each test sees only what it caused.
 */
export function resetAnnouncer(): void {
  if (!politeRegion()) render(<ApiErrorProvider />).unmount();
  for (const region of document.querySelectorAll('[data-api-error-announcer] [aria-live]')) region.replaceChildren();
}

/** Renders inside an `ApiErrorProvider` with a manual clock (unless one is given). */
export function renderWithKit(
  ui: React.ReactElement,
  { clock = createManualClock(), ...settings }: ApiErrorProviderProps & { clock?: ManualClock } = {},
) {
  const wrap = (node: React.ReactElement) => (
    <ApiErrorProvider clock={clock} {...settings}>
      {node}
    </ApiErrorProvider>
  );
  const utils = render(wrap(ui));
  return { ...utils, clock, rerender: (next: React.ReactElement) => utils.rerender(wrap(next)) };
}

/** Moves a manual clock inside `act`, so React applies what the ticker woke. */
export const advance = (clock: ManualClock, ms: number) => act(() => clock.advance(ms));
