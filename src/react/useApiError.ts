import * as React from 'react';
import { hasUnreadBody, readApiError, type ApiError, type ErrorParser, type Normalizer } from 'api-error-kit';
import { useApiErrorConfig } from './context';
import { readingOf, type Reading } from './reading';

/** What is known of one thrown value under one normalizer and parser list. */
interface Models {
  /** Read at once: from status and headers, and from the body when the client had read it. */
  readonly first: ApiError;
  /** When the value arrived. Both models are stamped with it, so a countdown does not move when a body arrives. */
  readonly now: number;
  /** The one read of a body nobody had read, and its result. */
  read?: Promise<ApiError>;
  full?: ApiError;
}

// Per normalizer, per parser list, per thrown value: every component showing a value shares its
// models, and a re-render, a remount or a second notice neither normalizes it again nor reads its
// body again.
const cache = new WeakMap<Normalizer, WeakMap<readonly ErrorParser[], WeakMap<object, Models>>>();

function modelsOf(error: unknown, { normalize, parsers }: Reading, now: number): Models {
  const make = (): Models => ({ first: normalize(error, { parsers: [...parsers], now }), now });
  if (typeof error !== 'object' || error === null) return make();
  let byParsers = cache.get(normalize);
  if (!byParsers) cache.set(normalize, (byParsers = new WeakMap()));
  let byInput = byParsers.get(parsers);
  if (!byInput) byParsers.set(parsers, (byInput = new WeakMap()));
  let models = byInput.get(error);
  if (!models) byInput.set(error, (models = make()));
  return models;
}

/** Reads the unread body of `error` (see `readApiError`), or joins the read already started for it. */
export function readOnce(error: object, reading: Reading, now: number): Promise<ApiError> {
  const models = modelsOf(error, reading, now);
  const { normalize, parsers } = reading;
  return (models.read ??= readApiError(error, { parsers: [...parsers], now: models.now, normalize }).then(
    (full) => (models.full = full),
  ));
}

const noop = () => {};
const nothingToRead = () => noop;

/**
 * The `ApiError` for whatever a query, mutation or catch block produced; null for null or
 * undefined. The same input gives the same object on every render (no re-normalizing), and the
 * provider's normalizer, parsers and clock are honoured.
 *
 * A value whose body nobody has read (a thrown `Response`, ky 1's `HTTPError`) gives the model from
 * its status and headers at once, then the full one when the body has been read: once per value,
 * from a clone, after render (never on the server). A read that settles after the value changed is
 * dropped.
 */
export function useApiError(error: unknown): ApiError | null {
  const config = useApiErrorConfig();
  const { normalize, parsers } = readingOf(config);
  const models = React.useMemo(
    () => (error == null ? null : modelsOf(error, { normalize, parsers }, config.clock.now())),
    // The clock only stamps `retryAt` once, when the error first arrives: a new clock must not stamp it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
    [error, normalize, parsers],
  );
  // Never unsubscribed: a read that settles after the value changed wakes React, which finds the
  // current value's model unchanged and renders nothing (the late model is dropped).
  const subscribe = React.useCallback(
    (onRead: () => void) => (readOnce(error as object, { normalize, parsers }, models?.now ?? 0).then(onRead), noop),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `models` is cached per error, normalizer and parsers
    [models],
  );
  const first = models?.first ?? null;
  return React.useSyncExternalStore(
    models && hasUnreadBody(error) ? subscribe : nothingToRead,
    () => models?.full ?? first,
    () => first,
  );
}
