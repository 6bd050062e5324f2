import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider, ServerErrorNotice } from 'api-error-kit/react';
import { announce } from '../../src/react/announcer';

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

describe('a line written late', () => {
  beforeEach(() => document.querySelector('[data-api-error-announcer]')?.remove());

  it('is written by the region’s own document, and nothing throws, when the global `document` is gone by then', () => {
    vi.useFakeTimers();
    try {
      // Regions made now wait 100 ms before their first line; a test's DOM torn down in between (or a closed window)
      // takes the global `document` away.
      announce('The report could not be saved.');
      const log = politeLog();
      vi.stubGlobal('document', undefined);
      expect(() => vi.advanceTimersByTime(100)).not.toThrow();
      vi.unstubAllGlobals();
      expect(log).toHaveTextContent('The report could not be saved.');
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
