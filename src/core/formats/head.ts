import type { Loose } from '../util';

/** The first item of a body's `errors` list, which JSON:API, express-validator and GraphQL are told by. */
export const head = (body: Loose): Loose => (Array.isArray(body?.errors) ? body.errors[0] : undefined);
