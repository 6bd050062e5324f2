import type { Source } from '../input';
import type { Loose } from '../util';

/** Reads what a client's error wraps (a `cause`, an AI SDK retry's last error), as anything thrown is read. */
export type ReadWrapped = (value: unknown) => Source;

/**
 * How one client's own error is read: told by the `name` its errors carry, or by their shape (never `instanceof`:
 * an app may hold two copies of a client), and read as the response it came from. `createNormalizer({ clients })`
 * reads the ones an app names; `normalizeError` reads them all (`builtInClients`).
 */
export interface ErrorClient {
  /** The `name` its errors carry (`TRPCClientError`), tried before any shape. */
  readonly errorNames?: readonly string[];
  /** Whether an error no client names is this client's, by its shape. */
  readonly test?: (error: Loose) => boolean;
  /** The status, headers and body inside the error; undefined when it holds none, for the generic reading. */
  readonly read: (error: Loose, readWrapped: ReadWrapped) => Source | undefined;
}

/** What a client's own error carries; undefined for anything else, which the generic reading takes. */
export type ClientReader = (input: Loose, read: ReadWrapped) => Source | undefined;

/** The reader of the clients a normalizer names: by name first (one lookup), then each shape in their order. */
export function clientReader(clients: readonly ErrorClient[]): ClientReader {
  const listed = clients.filter((client) => typeof client?.read === 'function');
  const byName = new Map<string, ErrorClient>();
  for (const client of listed)
    for (const name of Array.isArray(client.errorNames) ? client.errorNames : [])
      if (!byName.has(name)) byName.set(name, client);
  const shaped = listed.filter((client) => typeof client.test === 'function');
  return (input, read) => {
    // A client that trips over a hostile error (or an app's own that throws) leaves it to the generic reading.
    try {
      const { name } = input;
      const named = typeof name === 'string' ? byName.get(name) : undefined;
      if (named) return named.read(input, read);
      for (const client of shaped) if (client.test?.(input)) return client.read(input, read);
    } catch {
      // read as any error
    }
    return undefined;
  };
}

/** No client: what `createNormalizer()` reads with unless it is given some. */
export const NO_CLIENTS: ClientReader = () => undefined;
