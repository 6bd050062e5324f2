import type { ErrorFormat } from './format';

/**
 * Django REST framework and FastAPI's HTTPException: `{ detail: "…" }`; DRF's throttle text names the
 * wait ("Request was throttled. Expected available in 56 seconds.").
 * https://www.django-rest-framework.org/api-guide/exceptions/
 */
export const detail: ErrorFormat = {
  name: 'detail',
  keys: ['detail'],
  test: (b) => typeof b.detail === 'string',
};
