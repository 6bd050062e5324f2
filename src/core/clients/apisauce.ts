import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * apisauce never throws: every call resolves `{ ok, problem, originalError, data, status, headers, config, duration }`,
 * built from axios's response or from the error axios threw (node_modules/apisauce/dist/apisauce.js). With a
 * response, its status, headers and `data` (the body as axios parsed it) are read as any response's. Without one
 * (`CONNECTION_ERROR`, `TIMEOUT_ERROR`, `CANCEL_ERROR`, `NETWORK_ERROR`) those are null, and `ok: false` with nothing
 * beside it would read as a Slack-style body; what happened is in `originalError`, the `AxiosError` or `CanceledError`
 * axios threw, read as it is. `problem` is apisauce's guess from that same error (it calls any `ECONNABORTED` a
 * timeout, a browser's aborted request too), so the error itself is read.
 */
export function apisauceNoResponse(result: Loose, readWrapped: ReadWrapped): Source | undefined {
  return statusOf(result.status) === undefined && isObject(result.originalError)
    ? readWrapped(result.originalError)
    : undefined;
}

export const apisauceErrors: ErrorClient = {
  test: (result) =>
    result.ok === false &&
    typeof result.problem === 'string' &&
    typeof result.duration === 'number' &&
    'originalError' in result,
  read: apisauceNoResponse,
};
