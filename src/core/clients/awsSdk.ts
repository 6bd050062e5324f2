import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The AWS SDK for JavaScript v3's `ServiceException`: the body it parsed is gone, but its `name` is the error's
 * (`__type` or `Code` without a namespace), its `message` the body's, `$metadata` holds the status and request id,
 * and a hidden `$response` the headers. Read as the AWS JSON error it came from. Told by `$metadata` beside `$fault`.
 */
export function awsSdkError(error: Loose): Source | undefined {
  const metadata: Loose = error.$metadata;
  if (error.$fault !== 'client' && error.$fault !== 'server') return undefined;
  const status = statusOf(metadata.httpStatusCode) ?? statusOf(error.$response?.statusCode);
  if (!status) return undefined;
  return {
    status,
    header: readHeaders(error.$response?.headers),
    body: { __type: error.name, message: error.message, requestId: metadata.requestId },
  };
}

/** Told by `$metadata`: their `name` is the error's own. */
export const awsSdkErrors: ErrorClient = {
  test: (error) => isObject(error.$metadata),
  read: awsSdkError,
};
