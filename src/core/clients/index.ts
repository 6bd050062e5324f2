import type { Source } from '../input';
import { NO_HEADERS } from '../headers';
import { isObject, type Loose } from '../util';
import { awsSdkError } from './awsSdk';
import { clerkError } from './clerk';
import { connectError } from './connect';
import { errorMembers } from './errorMembers';
import { firebaseError } from './firebase';
import { graphqlClientError } from './graphqlErrors';
import { nextError } from './next';
import { reactRouterInternal } from './reactRouter';
import { swrError } from './swr';
import { trpcClientError } from './trpc';

/** Clients whose errors keep the response their own way, by the name they give their error. */
const BY_NAME: Readonly<Record<string, (error: Loose) => Source | undefined>> = {
  TRPCClientError: trpcClientError,
  CombinedError: graphqlClientError,
  ApolloError: graphqlClientError,
  ConnectError: connectError,
  ClerkAPIResponseError: clerkError,
  FirebaseError: firebaseError,
  // supabase-js's database error (`.throwOnError()`): PostgREST's body as an `Error`, without the status.
  PostgrestError: (error) => ({ header: NO_HEADERS, body: errorMembers(error) }),
};

/**
 * What a client's own error carries, told by its name or its shape (never `instanceof`: an app may
 * hold two copies of a client); undefined for anything else, which the generic reading takes.
 */
export function clientSource(input: Loose): Source | undefined {
  const { name } = input;
  if (typeof name === 'string' && Object.hasOwn(BY_NAME, name)) return BY_NAME[name]?.(input);
  if (typeof input.digest === 'string') return nextError(input);
  if (isObject(input.$metadata)) return awsSdkError(input);
  if (input.internal === true) return reactRouterInternal(input);
  return 'info' in input ? swrError(input) : undefined;
}
