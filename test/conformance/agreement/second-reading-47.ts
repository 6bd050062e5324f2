import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 31 cases (every third case of the forty-seventh holdout’s six parts in file order, parts A
// to F, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind47/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-sixth's) as a model of the format, and the
// cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the `Date`
// header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After` or a reset header, the only waits in text are
// "try again later" without a figure, and the one body hint is Segment's `msBeforeNext`, read as milliseconds), no
// notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor
// to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its full path
// without listing its folder. They marked 23 cases "hesitated" and named the other reading. Written once and not
// changed after the comparison.

export default [
  {
    id: 'teamsnap/bulk-load-missing-team-id-400',
    expect: {
      kind: 'bad-request',
      message: 'You must include a team_id parameter',
      fields: [],
      logId: 'b9c7216f-2a9b-4565-b9c9-7321cd7de404',
      code: null,
    },
    why: "Rule 3: a body of one member holding an object is that object (`collection`), which holds the error object `error`. Rule 1: a 400 without field errors and without a code: a bad request (text never decides). Rule 2: `error.message` is a sentence addressed to the person ('You must include …'). Rule 3: the parameter is named in text only; the error object names it in no `param`/`field` member: no field. Rule 5: no id in the body; `X-Request-Id` is the first listed request-id header. Rule 6: no code. Rule 4: no wait. Hesitated on message: it names only which parameter is missing, as 'Missing 'name' parameter' and 'Missing required parameter: templateId' do, which rule 2.1 calls generic (other reading: the default).",
  },
  {
    id: 'ifit/oauth-token-invalid-login-credentials-403',
    expect: {
      kind: 'forbidden',
      message: 'Invalid login credentials',
      fields: [],
      logId: null,
      code: 'NotAuthorized',
    },
    why: "Rule 1: 403, and `NotAuthorized` read without case or separators is `NOT_AUTHORIZED`, which on a 403 rewords the 401's reason phrase where the status says Forbidden (Polygon's): forbidden; the text about login credentials never decides. Rule 2: `message` 'Invalid login credentials', a credential line kept as 'Invalid credentials' is. Rules 5 and 6: no id; the explicit `code`. Hesitated on kind: Cognito's `NotAuthorizedException` (the same code once its suffix is dropped) 'stays a credential code' beside a failed sign-in, and this is an OAuth token call (other reading: unauthenticated); and on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'intervals-icu/athlete-profile-path-not-found-404-spring',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: Spring Boot's stock body: `error` 'Not Found' is the bare reason phrase, and nothing else is text for the person: the default. Rule 3: `path` at the top is the request's URL path, no field. Rule 5: no id (`timestamp` is none). Rule 6: `status` is the status in digits and `error` its reason phrase: no code.",
  },
  {
    id: 'intervals-icu/activity-map-bounds-type-mismatch-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.3: `error` is an exception's qualified class name (`org.springframework…MethodArgumentTypeMismatchException`, `java.lang.NumberFormatException`), a conversion report and Java's 'For input string: …': developer text, so the default. Rule 3: no field member. Rules 5 and 6: no id; `status` restates the 500, and an exception class inside text is no code member.",
  },
  {
    id: 'runkeeper/user-revoked-keep-data-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'Revoked' },
    why: "Rule 1: 403; `reason` 'Revoked' names no row of the kind table (no listed credential, quota or duplicate code), so the status decides: forbidden. Rule 2.1: 'Revoked' is a lone word, no sentence: the default. Rule 3: `delete_health` holds a boolean written as text, a flag of the payload, not a field's message (a map whose values are not messages is not field errors). Rule 5: no id. Rule 6: `reason` holds the vendor's documented value for programs to branch on (as Google's `reason` is a code). Hesitated on kind: access revoked by the user means the app's token is no longer valid (other reading: unauthenticated, as a credential code); and on code: a lone word is not a code by rule 2.1's shape (other reading: null).",
  },
  {
    id: 'gitbook/legacy-api-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `error` 'Not found' is the bare reason phrase ('Not found!' says no more than the status): the default. Rules 5 and 6: no id; `code: 404` is the status in digits, which only restates it. Hesitated on code: an explicit numeric `code` is a string in the model (other reading: '404').",
  },
  {
    id: 'readme/two-factor-code-required-poem-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You must provide a two-factor code',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: `message` is a sentence for the person, saying what sign-in step is missing; `suggestion` is a tip beside it and `poem` a list of verse lines, neither the error's sentence (and the poem names no field). Rules 5 and 6: no headers, no id, no code. Rule 4: no wait.",
  },
  {
    id: 'stoplight-prism/no-server-matched-404',
    expect: {
      kind: 'not-found',
      message: "hasn't been matched with any of the provided servers",
      fields: [],
      logId: null,
      code: 'NO_SERVER_MATCHED_ERROR',
    },
    why: "Rule 1: 404 (a code never turns it into anything but not-found). Rule 2.2: problem details: `detail` ('The server url http://nonsense.com/api hasn't been matched with any of the provided servers') is the occurrence's text and beats `title`. Rule 3: no field. Rule 5: no `instance`, no id. Rule 6: `type` holds a code token rather than a URI, and there is no other code: it is the code. Hesitated on message: a mock server's report of its own server configuration may be read as the developer's (other reading: the title 'Route not resolved, no server matched.', or the default); and on code: `type` is not a URI (other reading: null).",
  },
  {
    id: 'stoplight-prism/route-not-resolved-fastify-500',
    expect: {
      kind: 'server',
      message: 'Route not resolved, none path matched.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500. Rule 2.1: Fastify's envelope: `error` 'Internal Server Error' is the reason phrase; `message` is a sentence, sent as JSON (rule 2.6 is for plain text only). Rules 5 and 6: no id (`Date` and `content-type` only); `statusCode` is the status in digits and `error` its phrase: no code. Rule 4: no wait. Hesitated on message: a router's report on a 500 may be read as developer text (other reading: the default).",
  },
  {
    id: 'smartbear-problems/unauthorized-typed-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Access token not set or invalid',
      fields: [],
      logId: null,
      code: '401-01',
    },
    why: "Rule 1: 401 (a code never turns it into anything else). Rule 2.2: `detail` beats `title` ('Unauthorized', the reason phrase); it is a sentence. Rule 5: no `instance`, no id. Rule 6: an explicit `code` member over the problem `type` URI. Hesitated on code: '401-01' carries the status's number (other reading: the type URI, or null).",
  },
  {
    id: 'smartbear-problems/license-expired-503',
    expect: {
      kind: 'unavailable',
      message: 'the license associated with your client or organization has expired',
      fields: [],
      logId: null,
      code: 'https://problems-registry.smartbear.com/license-expired',
    },
    why: "Rule 1: 503; `license-expired` is no throttling code, and a code never turns a 5xx into a 4xx kind other than rate-limited: unavailable. Rule 2.2: `detail` is the occurrence's sentence and beats `title` 'License Expired'. Rule 4: no wait. Rule 5: no `instance`, no id. Rule 6: a problem `type` URI is the code when there is no other. Hesitated on code: a problem type is read by its last segment (other reading: 'license-expired').",
  },
  {
    id: 'dpd-nl-shipper/login-authentication-failure-500',
    expect: {
      kind: 'server',
      message: 'check delisId and password',
      fields: [],
      logId: null,
      code: 'DELICOM_ERR_AUTHENTICATION',
    },
    why: "Rule 3: `getAuthResponse` is null, so the one member that is not null (`status`, an object with `code` and `message`) holds the error. Rule 1: 500; `DELICOM_ERR_AUTHENTICATION` (read without the API's name and `ERR_`) is a credential code, but a code never turns a 5xx into a 4xx kind other than rate-limited: server. Rule 2.1: 'Authentication failure, check delisId and password.' is a sentence in JSON (rule 2.6 is for plain text); it goes past the category line 'Authentication failure' to say what to check. Rule 3: the inputs are named in text only. Rule 5: no id. Rule 6: `status.code` (`type` 'FaultCodeType' names the code's type, a category). Hesitated on message: 'Authentication failure' is a category line (other reading: the default); and on kind (other reading: unauthenticated, letting the credential code decide).",
  },
  {
    id: 'postnl/shipping-status-no-shipment-found-200',
    expect: {
      kind: 'unknown',
      message: 'No shipment found',
      fields: [],
      logId: null,
      code: '2',
    },
    why: "Rule 1: a 200; `Code` '2' is no HTTP status and names no kind, and text never decides: unknown. Rule 3: `CurrentStatus` is an empty member, which says nothing, so the body is in effect only `Warnings`, which then hold the error's text; a list of one error object is that object (PascalCase `Message` and `Code`). Rule 2: 'No shipment found' names what was not found (as 'Resource not found' is a sentence). Rule 5: no id in the body or headers. Rule 6: the item's `Code`, a number as a string. Hesitated on message and code: a warning beside anything else is not the error (other reading: the default and null).",
  },
  {
    id: 'klevu/account-lookup-invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid-credentials',
    },
    why: "Rule 1: 401. Rule 2.1: `error` 'Unauthorized' is the 401's reason phrase and `message` holds only a code token ('invalid-credentials', one token with separators): no sentence, the default. Rule 5: no id. Rule 6: a code alone in a message's member is the code; `status` restates the 401.",
  },
  {
    id: 'microsoft-shopping-content/insert-offer-invalid-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid' },
    why: "Rule 3: a Google-style `error` envelope; a warning beside anything else is not the error, so `warnings` ('The GTIN is required.') is left aside, and `errors` holds one item with no path-like member (`domain` names a domain, not a field): no field. Rule 1: a 400 without field errors; the item's `reason` 'invalid' names no input, so it says no more than the 400: a bad request. Rule 2.1: the item's 'Invalid value for...' (as 'Invalid value for parameter: amount') and the envelope's 'Invalid...' say no more than the status: the default. Rule 5: no id. Rule 6: the lone item's code (`reason`) over the envelope's `code` '400', which only restates the status. Hesitated on kind: Google documents `invalid` as an invalid value of a parameter or property (other reading: validation); and on message: the warning's sentence as the one sentence in the body (other reading: 'The GTIN is required.').",
  },
  {
    id: 'doofinder/management-search-engine-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `error` 'Not found' is the reason phrase ('Not found!' says no more than the status): the default. Rule 3: `resource` names a type and `resource_id` the record sought, no field and no message. Rule 5: `resource_id` is the missing record's id, not the occurrence's: no support id. Rule 6: no code member; `resource` is a type's name.",
  },
  {
    id: 'doofinder/recommendations-forbidden-origin-403',
    expect: { kind: 'forbidden', message: 'Forbidden origin', fields: [], logId: null, code: null },
    why: "Rule 1: 403 and no code. Rule 2.1: 'Forbidden origin' is not the bare reason phrase: it says what was refused (the request's origin), as 'Not Authorized' on a 403 is kept. Rules 5 and 6: no id; two words, not a code token. Hesitated on message: a two-word line that only names what is refused (other reading: the default).",
  },
  {
    id: 'segment-public-api/function-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'function not found',
      fields: [],
      logId: null,
      code: 'not-found',
    },
    why: "Rule 1: 404. Rule 2.2: the lone item of `errors` speaks; 'function not found' names what was not found (as 'Resource not found' and 'Dataset not found' are sentences). Rule 3: no path-like member. Rule 5: no id. Rule 6: the item's `type` is the only code. Hesitated on code: 'not-found' only restates the 404 (other reading: null).",
  },
  {
    id: 'segment-public-api/too-many-requests-ms-before-next-429',
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'RequestError',
      retry: 57.647,
    },
    why: "Rule 1: 429. Rule 2.1: the lone item's 'Too many requests' is the 429's reason phrase: the default. Rule 4.3: no `Retry-After` or reset header; the item's `data` holds `msBeforeNext` 57647, a retry hint in milliseconds as its name says (rate-limiter-flexible's), so `now` (2026-11-22T12:00:00Z, no `Date` header) plus 57.647 s. Rule 3: `data` holds counters, no field. Rule 5: no id. Rule 6: the item's `type`, the only code. Hesitated on retry: `msBeforeNext` is none of the listed hint names (other reading: no retry); and on code: 'RequestError' is a generic class name (other reading: null).",
  },
  {
    id: 'snowplow-iglu-server/schema-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The schema is not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 404. Rule 2: `message` is a sentence naming what was not found. Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'tealium/v1-lack-of-proper-permissions-401',
    expect: {
      kind: 'unauthenticated',
      message: 'the request is denied due of lack of proper permissions',
      fields: [],
      logId: null,
      code: '1469',
    },
    why: 'Rule 1: 401; text never decides and a code never turns a 401 into anything else, so the words about permissions leave it unauthenticated. Rule 2: `message` is a sentence. Rule 5: no id. Rule 6: `returnCode` is a code by the shape of its name (as `resultCode`, `responseCode`), numeric, as a string.',
  },
  {
    id: 'adobe-experience-platform/oauth-token-not-valid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Oauth token is not valid',
      fields: [],
      logId: null,
      code: '401013',
    },
    why: "Rule 1: 401. Rule 2: `message` 'Oauth token is not valid', a credential line kept as 'Invalid token' is. Rule 5: no id. Rule 6: `error_code`, a string that carries the status's number and more. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'bloomreach-engagement/could-not-authenticate-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'f84f7f6c-02c0-4ff8-a9df-872d8103e5d5',
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so 'Could not authenticate' does not make it a credential failure: a bad request. `success: false` with no `data`: the error is in `error`. Rule 2.1: 'Could not authenticate' is a line made only of words that say something failed (as 'Authentication failure' and 'Login failed' are): the default. Rule 5: `x-request-id`. Rule 6: no code. Hesitated on message (other reading: 'Could not authenticate'); and on kind (other reading: unauthenticated).",
  },
  {
    id: 'bloomreach-engagement/werkzeug-bad-request-text-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 400, no code, no fields: a bad request. Rule 2.6: plain text on a 4xx is read for a sentence; the leading 'BadRequest: ' is an exception's name before it, which restates the 400 and is dropped; what is left is Werkzeug's stock description of any 400 ('The browser (or proxy) sent a request that this server could not understand'), HTTP's definition of the status, as HTTP/1.1's 'The request cannot be fulfilled due to bad syntax.' is generic: the default. Rules 5 and 6: no headers; 'BadRequest' in text only restates the status. Hesitated on message: it is a full sentence (other reading: 'The browser (or proxy) sent a request that this server could not understand').",
  },
  {
    id: 'google-earth-engine/tile-url-invalid-int32-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['x', "Invalid value at 'x'"],
        ['y', "Invalid value at 'y'"],
        ['zoom', "Invalid value at 'zoom'"],
      ],
      logId: null,
      code: 'INVALID_ARGUMENT',
    },
    why: "Rule 1: `INVALID_ARGUMENT` is a validation code, and the 400 carries field errors. Rule 3: the google.rpc.BadRequest `fieldViolations` items name `field` and carry `description`: `x`, `y`, `zoom`. Rule 2.4: the envelope's `message` is the three field messages joined, no form-level sentence: the default. Rule 5: no id. Rule 6: the status's `status` name, over the numeric `code` 400 that restates the status.",
  },
  {
    id: 'planetary-computer/search-datetime-pydantic-text-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without structured field errors and without a code: a bad request (text never decides). Rule 2.6: plain text on a 4xx, but its lines are 'Invalid parameters provided' (generic, as 'Invalid request parameters provided.') followed by pydantic's report ('1 validation error for SearchPostRequest', Python's 'invalid literal for int() with base 10: b'37-0'', '(type=value_error)'), a library's and parser's report: developer text, so the default. Rule 3: the field `datetime` is named only inside text: no field. Rule 5: `x-azure-ref` is not among the request-id headers nor named like one. Rule 6: no code member. Hesitated on support id (other reading: the `x-azure-ref` value); and on message (other reading: 'Invalid parameters provided').",
  },
  {
    id: 'stac-fastapi/pgstac-collection-not-found-builtin-id-404',
    expect: {
      kind: 'not-found',
      message: 'Collection <built-in function id> does not exist.',
      fields: [],
      logId: null,
      code: 'NotFoundError',
    },
    why: "Rule 1: 404. Rule 2: `description` is the sentence; rule 2.5: angle brackets around anything but a tag are text. Rule 5: no id. Rule 6: the explicit `code`. Hesitated on message: '<built-in function id>' is Python's repr of a built-in leaking from a bug, developer text (other reading: the default); and on code: 'NotFoundError' is an exception class's name that only restates the 404 (other reading: null).",
  },
  {
    id: 'openeo-vito/job-results-not-finished-400',
    expect: {
      kind: 'conflict',
      message: 'Batch job has not finished computing the results yet.',
      fields: [],
      logId: 'r-047b9e98c45148acb52d812eb0694400',
      code: 'JobNotFinished',
    },
    why: "Rule 1: a code outranks a 400, and `JobNotFinished` names a resource in the wrong state (as `invalid-job-state` is a conflict): conflict. Rule 2: `message` is a sentence for the person. Rule 4.4: 'Please try again later' holds no figure: no wait. Rule 5: openEO's `id` identifies this occurrence of the error (a token, as JSON:API's lone error `id`). Rule 6: the explicit `code`. Hesitated on kind: the code names no listed conflict (other reading: bad-request); and on support id: `id` is no name rule 5 lists for this format (other reading: null).",
  },
  {
    id: 'inpe-stac/search-fields-json-as-text-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 2.3: `description` is JSON as text (a map of fields to lists sent as one string), developer text, so the default; `name` 'Bad Request' is the reason phrase. Rule 3: field errors are found by structure, and text is no structure: no fields. Rule 1: then a 400 without field errors and without a code: a bad request. Rule 5: no id. Rule 6: `code: 400` only restates the status. Hesitated on fields and kind: the text decoded is a map of five fields (other reading: validation, with `bbox` 'required field', `collections` 'unknown field', `datetime` 'cannot be coerced', `providers` 'required field', `query` 'unknown field').",
  },
  {
    id: 'radiant-mlhub/anonymous-items-key-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Must provide API key or Bearer token to access this route.',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2: `detail` is a sentence that says what to provide. Rule 5: `X-Azure-Ref` is neither among the request-id headers nor named like one: no id. Rule 6: no code. Hesitated on support id (other reading: the `X-Azure-Ref` value).',
  },
  {
    id: 'nasa-earth/imagery-api-key-missing-403',
    expect: {
      kind: 'unauthenticated',
      message: 'No api_key was supplied.',
      fields: [],
      logId: 'd9ceac37-96aa-4406-4396-26ea7faf305c',
      code: 'API_KEY_MISSING',
    },
    why: "Rule 1: a credential code on a 403: `API_KEY_MISSING`, a key missing (as `key-missing` and `access_key_required` are credential codes): unauthenticated. Rule 2: `error.message` is a sentence ('No api_key was supplied. Get one at https://api.nasa.gov:443'). Rule 3: the key is named in text only. Rule 5: no id in the body; `X-Vcap-Request-Id` is a header named like a request id (…request-id). Rule 6: `error.code`. Hesitated on kind: the code names a missing key, which could be read as a missing input or a 403's refusal (other reading: forbidden).",
  },
] satisfies Reading[];
