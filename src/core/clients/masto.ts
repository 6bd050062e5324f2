import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { guardedMember, isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** The members masto.js takes a JSON error body apart into, each its own field (so own even when undefined). */
const MEMBERS = ['statusCode', 'description', 'details', 'additionalProperties'] as const;

/** The members of the body it kept beside the named ones; none when they cannot be copied (a hostile Proxy). */
function restOf(rest: unknown): Record<string, unknown> {
  try {
    return isObject(rest) && !Array.isArray(rest) ? { ...rest } : {};
  } catch {
    return {};
  }
}

/**
 * masto.js (`createRestAPIClient`) fails a response that is not ok in `HttpNativeImpl.createError`
 * (node_modules/masto/dist/adapters/http/http-native-impl.js). Only for a type that is exactly `application/json`
 * does it throw a `MastoHttpError` (adapters/errors/masto-http-error.js): `statusCode`, and the body it parsed with
 * every key camelCased (adapters/serializers/serializer-native-impl.js) taken apart as `message` (its `error`),
 * `description` (its `error_description`), `details` and `additionalProperties` (the rest); its `cause` is the
 * `Response`, body read. Read as that response with the body put together again, `error_description` under the name
 * the server gave it (the other keys stay camelCased: their spelling is lost). Any other type throws a
 * `MastoUnexpectedError` with no cause, and JSON that does not parse a `MastoDeserializeError` (a 2xx's too): nothing
 * of the response, read as any error.
 */
export function mastoHttpError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const response: Source = isObject(error.cause) ? readWrapped(error.cause) : { header: NO_HEADERS };
  const status = statusOf(error.statusCode) ?? response.status;
  if (status === undefined) return undefined;
  const body = restOf(guardedMember(error, 'additionalProperties', true));
  const put = (name: string, member: string): void => {
    const value = guardedMember(error, member, true);
    if (value !== undefined && value !== null) body[name] = value;
  };
  put('error', 'message');
  put('error_description', 'description');
  put('details', 'details');
  return { ...response, status, body: Object.keys(body).length ? body : response.body };
}

export const mastoErrors: ErrorClient = {
  errorNames: ['MastoHttpError'],
  // A bundler that minifies class names leaves `new.target.name` (ts-custom-error's `name`) mangled: its own fields.
  test: (error) =>
    typeof error.statusCode === 'number' && MEMBERS.every((member) => Object.hasOwn(error, member)) && 'cause' in error,
  read: mastoHttpError,
};
