import { KIND_TRAITS } from './kindTraits';
import type { ApiError } from './types';

/**
 * How serious a failure looks, in the three tones design systems' alerts share: `critical` (red:
 * something failed or must be fixed), `warning` (amber: it will work again after a wait), `info`
 * (blue: nothing is broken, the person has a step to take).
 */
export type ApiErrorTone = 'critical' | 'warning' | 'info';

/**
 * The tone of a failure, so an app can put the kit's words in its own design system's alert
 * (`<Alert variant={toneOf(error)}>`). The notices carry the same value in `data-tone`. Pure and free
 * of React: it runs in a server component. Each kind's tone is in `KIND_TRAITS`; anything that is not a
 * model's kind reads as `critical`.
 */
export function toneOf(error: Pick<ApiError, 'kind'>): ApiErrorTone {
  try {
    const kind = error.kind;
    return typeof kind === 'string' && Object.hasOwn(KIND_TRAITS, kind) ? KIND_TRAITS[kind].tone : 'critical';
  } catch {
    // A Proxy or a throwing getter.
    return 'critical';
  }
}
