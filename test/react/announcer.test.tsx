import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorProvider, ServerErrorNotice } from 'api-error-kit/react';

const politeLog = () => document.querySelector('[data-api-error-announcer] [aria-live="polite"]');

describe('the live regions', () => {
  beforeEach(() => document.querySelector('[data-api-error-announcer]')?.remove());

  it('exist before a child notice announces itself, so the first announcement is written at once', () => {
    render(
      <ApiErrorProvider>
        <ServerErrorNotice error={{ status: 500, headers: {}, body: { message: 'The report could not be saved.' } }} />
      </ApiErrorProvider>,
    );
    // No waiting: the provider created the regions in a layout effect, before the notice's effect ran.
    expect(politeLog()).toHaveTextContent('Sorry, there is a problem with the service. The report could not be saved.');
  });

  it('are one pair per page, however many providers there are', () => {
    render(
      <ApiErrorProvider>
        <ApiErrorProvider>
          <p>nested</p>
        </ApiErrorProvider>
      </ApiErrorProvider>,
    );
    expect(document.querySelectorAll('[data-api-error-announcer]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-api-error-announcer] [role="log"]')).toHaveLength(2);
  });
});
