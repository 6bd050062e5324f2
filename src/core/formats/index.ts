import { aws } from './aws';
import { ckan } from './ckan';
import { cloudflare } from './cloudflare';
import { contensis } from './contensis';
import { contentful } from './contentful';
import { detail } from './detail';
import { discord } from './discord';
import { expressValidator } from './expressValidator';
import { fastapi } from './fastapi';
import { fieldDictionary } from './fieldDictionary';
import { fhir } from './fhir';
import type { ErrorFormat } from './format';
import { github } from './github';
import { google } from './google';
import { graphql } from './graphql';
import { hasura } from './hasura';
import { jira } from './jira';
import { jsonApi } from './jsonApi';
import { jsonRpc } from './jsonRpc';
import { laravel } from './laravel';
import { mediawiki } from './mediawiki';
import { messageDescription } from './messageDescription';
import { metaEnvelope } from './metaEnvelope';
import { nestjs } from './nestjs';
import { oauth } from './oauth';
import { octopus } from './octopus';
import { odata } from './odata';
import { paypal } from './paypal';
import { postgrest } from './postgrest';
import { problemJson } from './problemJson';
import { slack } from './slack';
import { spring } from './spring';
import { strapi } from './strapi';
import { stripe } from './stripe';
import { trpc } from './trpc';
import { xml } from './xml';
import { zod } from './zod';

/**
 * Every format the kit knows, in the order they are tried: the first whose test passes reads the body
 * and names `ApiError.format`; a body none tells is read by structure alone (`generic`).
 * `normalizeError` reads with all of them; `createNormalizer` with yours.
 */
export const builtInFormats: readonly ErrorFormat[] = [
  // Formats told by a member only they have come first: `logId` with `type: "error"`, `sys.type: "Error"`, FHIR's
  // `resourceType: "OperationOutcome"`,
  // `ErrorMessage`, `meta.error`, `jsonrpc`, tRPC's `error.data.code`, `debug_id`, a Hasura code, `ok: false`,
  // `success: false`, AWS's `__type`.
  contensis,
  contentful,
  fhir,
  // CKAN's `help` before Cloudflare's `success: false`, which it also sends.
  ckan,
  octopus,
  metaEnvelope,
  jsonRpc,
  // tRPC's `error` has a numeric code, as Google's does: its `data.code` tells it first.
  trpc,
  paypal,
  hasura,
  slack,
  cloudflare,
  aws,
  // Formats under a common `error` member, each told by what it holds: a canonical status, `info` beside a string
  // `code`, a `type` ending in `_error`, a `name` with `details`, a string `code`.
  google,
  mediawiki,
  stripe,
  strapi,
  odata,
  // GraphQL before the formats whose `errors` items look alike: it reads its body whole.
  graphql,
  // Problem details before JSON:API, whose items look like RFC 9457's `errors` but which has no
  // top-level `title` or `detail`.
  problemJson,
  jsonApi,
  // A string `error` (OAuth) only after every format with an `error` object.
  oauth,
  // Formats told by common members (`message`, `errors`, `detail`), most particular first.
  discord,
  postgrest,
  jira,
  // NestJS before Spring: an exception filter's body has Spring's `timestamp` and `path` beside its `statusCode`.
  nestjs,
  spring,
  expressValidator,
  fastapi,
  zod,
  github,
  laravel,
  // A map of fields whatever its keys are called, before `detail` and `description` take a field of that name.
  fieldDictionary,
  detail,
  messageDescription,
  // Read from text bodies only, so tried on none of the bodies above.
  xml,
];
