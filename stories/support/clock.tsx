import type { Decorator } from '@storybook/react-vite';
import { ApiErrorProvider, createManualClock, type ManualClock } from 'api-error-kit/react';

/** The instant every time-dependent story starts at. */
export const START = Date.UTC(2026, 10, 22, 12, 0, 0);

/** Gives a story its own manual clock (in `loaded.clock`), so countdowns move only when the play function says. */
export const clockLoader = async () => ({ clock: createManualClock(START) });

export const withManualClock: Decorator = (Story, { loaded }) => (
  <ApiErrorProvider clock={(loaded as { clock: ManualClock }).clock}>
    <Story />
  </ApiErrorProvider>
);

/** The live region's polite log, where the kit says things to screen reader users. */
export const politeLog = (): HTMLElement | null =>
  document.querySelector('[data-api-error-announcer] [aria-live="polite"]');
