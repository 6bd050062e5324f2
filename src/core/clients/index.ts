import type { Source } from '../input';
import { NO_HEADERS } from '../headers';
import { isObject, type Loose } from '../util';
import { aiCallError } from './aiSdk';
import { awsSdkError } from './awsSdk';
import { clerkError } from './clerk';
import { connectError } from './connect';
import { errorMembers } from './errorMembers';
import { firebaseError } from './firebase';
import { graphqlClientError } from './graphqlErrors';
import { nextError } from './next';
import { reactRouterInternal } from './reactRouter';
import { slackPlatformError, slackRateLimitedError } from './slack';
import { stripeNodeError } from './stripeNode';
import { swrError } from './swr';
import { trpcClientError } from './trpc';

/** Reads what a client's error wraps, as anything thrown is read. */
type ReadWrapped = (value: unknown) => Source;

/** Clients whose errors keep the response their own way, by the name they give their error. */
const BY_NAME: Readonly<Record<string, (error: Loose, read: ReadWrapped) => Source | undefined>> = {
  TRPCClientError: trpcClientError,
  CombinedError: graphqlClientError,
  ApolloError: graphqlClientError,
  ConnectError: connectError,
  ClerkAPIResponseError: clerkError,
  FirebaseError: firebaseError,
  // supabase-js's database error (`.throwOnError()`): PostgREST's body as an `Error`, without the status.
  PostgrestError: (error) => ({ header: NO_HEADERS, body: errorMembers(error) }),
  AI_APICallError: aiCallError,
  WebAPIPlatformError: slackPlatformError,
  WebAPIRateLimitedError: slackRateLimitedError,
  // The AI SDK's retries give up with every attempt's error: the last one is the answer.
  AI_RetryError: (error, read) => (isObject(error.lastError) ? read(error.lastError) : undefined),
};

/**
 * What a client's own error carries, told by its name or its shape (never `instanceof`: an app may
 * hold two copies of a client); undefined for anything else, which the generic reading takes.
 */
export function clientSource(input: Loose, read: ReadWrapped): Source | undefined {
  const { name } = input;
  if (typeof name === 'string' && Object.hasOwn(BY_NAME, name)) return BY_NAME[name]?.(input, read);
  if (typeof input.digest === 'string') return nextError(input);
  if (isObject(input.$metadata)) return awsSdkError(input);
  if (typeof input.type === 'string' && input.type.startsWith('Stripe')) return stripeNodeError(input);
  if (input.internal === true) return reactRouterInternal(input);
  return 'info' in input ? swrError(input) : undefined;
}
