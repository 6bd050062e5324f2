import type { ErrorFormat } from './format';

/**
 * Contensis Management API: `{ logId, message, data, type: "error" }`. `logId` is a GUID for support;
 * `data` holds what failed (kept on the model as `data`).
 * Seed 004 (`../shared/seeds/`); https://www.contensis.com/help-and-docs/apis/management-http
 */
export const contensis: ErrorFormat = {
  name: 'contensis',
  keys: ['logId'],
  test: (b) => b.logId && b.type === 'error',
  read: (b) => ({ data: b.data }),
};
