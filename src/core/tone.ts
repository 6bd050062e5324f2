import type { ApiError, ApiErrorKind } from './types';

/**
 * How serious a failure looks, in the three tones design systems' alerts share: `critical` (red:
 * something failed or must be fixed), `warning` (amber: it will work again after a wait), `info`
 * (blue: nothing is broken, the person has a step to take).
 */
export type ApiErrorTone = 'critical' | 'warning' | 'info';

// The colours the kit's notices have always shown (styles.css), as one table that fails to compile
// when a kind is added without a tone.
const TONES: Record<ApiErrorKind, ApiErrorTone> = {
  validation: 'critical',
  'bad-request': 'critical',
  forbidden: 'critical',
  conflict: 'critical',
  server: 'critical',
  unknown: 'critical',
  // A wait, then the same request works.
  'rate-limited': 'warning',
  unavailable: 'warning',
  timeout: 'warning',
  // Nothing failed on either side: the person signs in, checks the address or the connection.
  unauthenticated: 'info',
  'not-found': 'info',
  network: 'info',
  // The app stopped the request itself; the kit's notices show nothing for it.
  cancelled: 'info',
};

/**
 * The tone of a failure, so an app can put the kit's words in its own design system's alert
 * (`<Alert variant={toneOf(error)}>`). The notices carry the same value in `data-tone`. Pure and free
 * of React: it runs in a server component. Anything that is not a model's kind reads as `critical`.
 */
export function toneOf(error: Pick<ApiError, 'kind'>): ApiErrorTone {
  try {
    const kind = error.kind;
    return typeof kind === 'string' && Object.hasOwn(TONES, kind) ? TONES[kind] : 'critical';
  } catch {
    // A Proxy or a throwing getter.
    return 'critical';
  }
}
