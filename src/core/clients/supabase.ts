import { NO_HEADERS } from '../headers';
import type { ErrorClient } from './client';
import { errorMembers } from './errorMembers';

/** supabase-js's database error (`.throwOnError()`): PostgREST's body as an `Error`, without the status. */
export const supabaseErrors: ErrorClient = {
  errorNames: ['PostgrestError'],
  read: (error) => ({ header: NO_HEADERS, body: errorMembers(error) }),
};
