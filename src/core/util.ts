/**
 * Untrusted JSON from a server. Read only through optional chaining and `typeof` checks; typing it
 * would add casts, not safety. Anything that throws while being read is contained by the caller.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untrusted input, as said above
export type Loose = any;

export const isObject = (value: unknown): value is Record<string, Loose> => typeof value === 'object' && value !== null;

/** A string, or a finite number as a string (codes like Discord's `50035` are strings in the model). */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** An HTTP status from a number or a numeric string ("422" in JSON:API). */
export const statusOf = (value: unknown): number | undefined => {
  const n = typeof value === 'number' || typeof value === 'string' ? +value : 0;
  return n > 99 && n < 600 && n % 1 === 0 ? n : undefined;
};

/**
 * The keys of what `JSON.parse` makes (a plain object) when it has at most 64; undefined for anything
 * else. Walking a small body's keys once costs less than probing it for every name a reader knows:
 * on the many shapes error bodies have, each probe is a slow lookup.
 */
export function ownKeys(value: unknown): string[] | undefined {
  const proto = isObject(value) && Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  // Non-enumerable ones too, as a probe with `in` would see them.
  const keys = Object.getOwnPropertyNames(value);
  return keys.length > 64 ? undefined : keys;
}

/**
 * A member of a parsed body, looked up only when the body has it. On the many shapes error bodies have, reading a
 * name a body lacks misses V8's caches and searches the prototype chain: several times the cost of asking first.
 */
/** The item of a list of one, or the value itself (LIFX's `message: ["is missing"]`, Autodata's `info: [".."]`). */
export const soleItem = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);
/**
 * A sentence given in several languages, keyed by language (publiq's `endUserMessage: { nl: "…", en: "…" }`): the
 * first, the language the API writes in. Undefined for anything else, and under a plural name (`name`), whose keys of
 * two letters are fields (Graphite-API's `errors: { tz: "Unknown timezone: …" }`).
 */
export function inLanguages(value: unknown, name: string): string | undefined {
  if (!isObject(value) || name.endsWith('s')) return undefined;
  const keys = ownKeys(value);
  if (!keys?.length || keys.length > 8 || !keys.every((key) => /^[a-z]{2}(?:[-_][A-Z]{2})?$/.test(key)))
    return undefined;
  const first: unknown = value[keys[0] ?? ''];
  return typeof first === 'string' ? first : undefined;
}
export const ownMember = (value: Loose, name: string): Loose => (Object.hasOwn(value, name) ? value[name] : undefined);

/**
 * A member of a client's error or model (only its own, if so asked), where a single read may throw (a hostile getter,
 * a Proxy over a store): undefined then, so that member costs only itself.
 */
export function guardedMember(value: Loose, name: string, own = false): unknown {
  try {
    return !own || Object.hasOwn(value, name) ? value[name] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A W3C Trace Context value (`00-<trace id>-<parent id>-<flags>`): its trace id. Version `ff` and an all-zero trace id
 * are invalid by the specification.
 */
export const traceId = (traceparent: string | undefined): string | undefined => {
  const [, version, id] = /^([\da-f]{2})-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}/.exec(traceparent ?? '') ?? [];
  return version !== 'ff' && id && /[^0]/.test(id) ? id : undefined;
};
