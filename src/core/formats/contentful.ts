import type { ErrorFormat } from './format';

/**
 * Contentful's Delivery and Management APIs: `{ sys: { type: "Error", id: "NotFound" }, message, details,
 * requestId }`. `sys.id` is "the exact error code"; `details` describes the resource or the query, not a
 * field's message. https://www.contentful.com/developers/docs/references/errors/
 */
export const contentful: ErrorFormat = {
  name: 'contentful',
  keys: ['sys'],
  test: (b) => b.sys?.type === 'Error' && typeof b.sys.id === 'string',
  read: (b) => ({ code: b.sys.id }),
};
