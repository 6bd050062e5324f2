import type { ErrorFormat } from './format';

/**
 * FastAPI and Pydantic: `{ detail: [{ type, loc: ["body", "email"], msg, input }] }`; `loc` starts with
 * where in the request. https://fastapi.tiangolo.com/tutorial/handling-errors/
 */
export const fastapi: ErrorFormat = {
  name: 'fastapi',
  keys: ['detail'],
  test: (b) => b.detail?.[0]?.loc,
};
