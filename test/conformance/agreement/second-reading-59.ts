import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 28 cases (every third case of the fifty-ninth holdout's five parts in file order, parts K
// to O, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind59/rules.md`, the rule rows up to the fifty-eighth holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// fifty-seventh's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; Opik's and SelectLine's `02-008` responses send a `Date` header, which gives their
// `now`, and the rest count from 2026-11-22T12:00:00Z; the two 429s, Logflare's and httprate's, carry no
// `Retry-After`, no reset header, no body hint and no wait in their text, so no case states a retry), no notes, no
// expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's
// source, its README or changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit,
// the conformance script or any test, nor to use search tools; they wrote this file by its full path without listing
// its folder. They marked 18 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'tfnsw/calling-application-unauthenticated-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The calling application is unauthenticated.',
      fields: [],
      logId: '00000153065eb1f7-38f0e',
      code: null,
    },
    why: "Rule 1: 401. Rule 3: a body of one member holding an object is that object (`ErrorDetails`), and a PascalCase `Message` is `message`; `RequestedUrl` and `RequestMethod` name the request, no field. Rule 2.1: only the bare reason phrase restates the status ('Resource not found' is a sentence), and this line has a subject: it says the calling application (the app's key), not the person, was not authenticated. Rule 5: `TransactionId` is `transaction_id` in PascalCase, a body id found by its shape. Rule 6: no code member. Hesitated on message: 'is unauthenticated' is the 401's phrase in other words ('Not authenticated', 'Authentication Error': the default on a 401) (other reading: the default).",
  },
  {
    id: 'buienradar/location-outside-nl-be-404-text',
    expect: {
      kind: 'not-found',
      message: 'location must be inside the Netherlands or Belgium',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404 (text never decides). Rule 2.6: a sentence sent as text on a 4xx is the message; rule 2.1: the leading reason phrase 'Not found: ' only restates the status and is dropped. What is left says what the value must be (inside the Netherlands or Belgium), a rule about the value in a person's words ('location' is a plain word, not a key written as code), not only which input is invalid. Rules 5 and 6: no id, no code. Hesitated on message: after the label, a lone word in small letters starts the line, as in the row of 6 December 2026 ('url is required') (other reading: the default, as NutrientAPI's 'ingredients must be a non-empty array' was read by one reader).",
  },
  {
    id: 'navixy-graphql/unauthorized-jwt-expired-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '0af7651916cd43dd8448eb211c80319c',
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401; a code never turns a 401 into anything else. Rule 2.3: 'Jwt expired at 2026-09-02T09:05:00Z' (in `message` and `extensions.detail` alike) is token internals, a JWT's expiry (the twenty-ninth holdout's row: 'a JWT's expiry and secret' are developer text); the `title` 'Unauthorized' is the bare reason phrase: the default. Rule 3: a GraphQL error's `path` is never a field; none here anyway. Rule 5: a GraphQL error's own `traceId` (in its `extensions`); `instance` is '/graphql', a path, not an id. Rule 6: GraphQL's `extensions.code`, an explicit code over the problem `type` URI. Hesitated on message (other reading: the line kept, as it tells the person the session expired); and on code (other reading: none, as `UNAUTHORIZED` only restates the 401).",
  },
  {
    id: 'navixy-graphql/device-not-found-200',
    expect: {
      kind: 'not-found',
      message: "Device with ID '019a6a3f-793e-807b-8001-555345529b44' does not exist",
      fields: [],
      logId: '0af7651916cd43dd8448eb211c80319c',
      code: 'NOT_FOUND',
    },
    why: "Rule 1: a code outranks any 2xx, and GraphQL's `extensions.code` `NOT_FOUND` is a not-found code (the `extensions.status` 404 beside the 200 says the same): not-found. Rule 2.2: occurrence-specific text beats type-level text, as RFC 9457 `detail` beats `title`: the `extensions.detail` names which device does not exist (an id, as ActiveRecord's \"Couldn't find Project with id=…\" stays a sentence), more than 'Device not found' and the title 'Resource Not Found'. Rule 3: a GraphQL error's `path` points into the response: no field. Rule 5: the error's own `traceId`. Rule 6: `extensions.code` over the problem `type` URI. Hesitated on message (other reading: 'Device not found', the GraphQL error's own `message`).",
  },
  {
    id: 'navixy-graphql/token-exchange-invalid-grant-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid token',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: `invalid_grant` is a credential code on a 400: unauthenticated. Rule 2.2: OAuth `error_description` beats `error`; rule 2.1: a credential's name stays ('access_token is invalid'), and 'Invalid token' says that signing in failed. Rule 5: no id. Rule 6: OAuth's `error`. Hesitated on message: a short line naming only what is invalid (other reading: the default).",
  },
  {
    id: 'gofr/route-not-registered-404',
    expect: {
      kind: 'not-found',
      message: 'route not registered',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: only the bare reason phrase restates the status ('Resource not found' is a sentence); 'route not registered' says why nothing was found (no route for the path), and names no input. Rules 5 and 6: no id, no code. Hesitated on message: it is the framework's stock line for an unknown route, as Go's '404 page not found' and '404 Route Not Found' restate the status, and a route is the developer's (other reading: the default).",
  },
  {
    id: 'gofr/client-closed-request-499',
    expect: { kind: 'cancelled', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 499 (the client closed the request): cancelled. Rule 2.1: 'client closed request' is nginx's reason phrase for 499 ('Client Closed Request', the twenty-third holdout's row): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'logflare/user-rate-over-quota-429-headers',
    expect: {
      kind: 'rate-limited',
      message: 'User rate is over the API quota',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429. Rule 2: `error` holds a sentence, not a code token: it says the user's rate is over the quota and what to do. Rule 4: no `Retry-After`, and the `x-rate-limit-*` headers give limits and remainders only, no reset; no body hint, no wait in the text: no retry. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'logflare/unknown-x-api-key-403',
    expect: {
      kind: 'forbidden',
      message: 'Unknown x-api-key.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After`, a rate-limit header or a code: forbidden; text never decides, so a key not recognised makes no credential code. Rule 2.1: a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'): the line says the key sent was not known. Rules 5 and 6: no id, no code. Hesitated on message: `x-api-key` is a header's name written as code (other reading: the default); and on kind (other reading: unauthenticated, from the words).",
  },
  {
    id: 'nerveshub/api-500-internal-server-error',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 3: `errors` is Phoenix's error object, and its `detail` is an envelope member, no field. Rule 2.1: 'Internal Server Error' is the bare reason phrase: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'httprate/respond-on-limit-too-many-requests-429-text',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.1: 'Too Many Requests' is the bare reason phrase: the default. Rule 4: no header, no body hint, no wait in the text: no retry. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'pharaoh/next-validation-three-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422. Rule 3: `errors` is a list of strings with no path member, and `location: \"body\"` names a part of the request, no field; field errors are found by structure, and only a named format (class-validator's) is read for the path a message begins with: no field. Rule 2.1: each line names an input by the API's key and only says it is required ('username: The field is required'), and three lines make no lone sentence (the row of 6 December 2026): the default. Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `username`, `lastname` and `age`, each 'The field is required', read from the name before the colon as class-validator's are).",
  },
  {
    id: 'jwtauth/no-token-found-401-text',
    expect: {
      kind: 'unauthenticated',
      message: 'no token found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.6: plain text on a 4xx is a sentence; rule 2.1: a credential line stays ('Missing authorization header.', 'access_token is invalid'): it says the request carried no token to sign in with. Rules 5 and 6: no id, no code. Hesitated on message: a library's stock line in small letters, close to the 401's phrase (other reading: the default).",
  },
  {
    id: 'plug/basic-auth-unauthorized-401-www-authenticate',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase (and a lone word): the default. Rule 6: `WWW-Authenticate: Basic realm=\"Application\"` carries no `error`: no code. Rule 5: no id header.",
  },
  {
    id: 'x402/express-invalid-payment-402',
    expect: {
      kind: 'bad-request',
      message: 'Invalid payment',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 402 with no code that names a kind (`error` holds words with a space, no code token): any other 4xx that signing in, waiting or changing the input field by field would not fix: a bad request. Rule 2.1: 'Invalid payment' names what was refused in a person's words ('Invalid phone number' stays), not an API's key. Rule 3: `accepts` lists payment requirements (`resource`, `description`, `payTo`), none with a path member: no field. Rule 4: `maxTimeoutSeconds` is a payment's time limit, no wait. Rules 5 and 6: no id, no code. Hesitated on message: a short line naming only what is invalid (other reading: the default); and on kind (402 is no status rule 1's table lists; other reading: forbidden).",
  },
  {
    id: 'opik/workspace-name-required-403',
    expect: {
      kind: 'forbidden',
      message: 'Workspace name should be provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header, and `code` 403 only restates the status: forbidden (text never decides). Rule 2.1: 'Workspace name' is a person's words, capitalised with a space ('Name is required' stays), not a key written as code. Rule 3: the error object names no field member. Rule 5: no id header. Rule 6: `code` 403 restates the status: no code. Hesitated on message (other reading: the default, as a line naming only which input is missing); and on code (other reading: '403').",
  },
  {
    id: 'venice/invalid-request-parameters-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`error` holds words, no code token): a bad request. Rule 2.1: 'Invalid request parameters' is a generic summary ('Invalid request parameters provided.', 'Incorrect request parameters', 'Invalid input parameters'): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'coinbase-cdp/invalid-request-correlation-id-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'corr-123',
      code: 'invalid_request',
    },
    why: "Rule 1: `invalid_request` says only the request was bad: a bad request on a 400. Rule 2.1: 'Invalid request.' is a generic summary ('The request was invalid.', 'Your request is invalid.'): the default. Rule 5: the body's `correlationId`. Rule 6: `errorType` is the body's only code, code-shaped (as Junction's `error_type`). Hesitated on code (other reading: none, as `errorType` is a category and `invalid_request` only restates a 400).",
  },
  {
    id: 'lightrag/ainsert-missing-argument-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rule 2.3: "LightRAG.ainsert() missing 1 required positional argument: \'split_by_character\'" is Python\'s TypeError text for a method call (as "… got an unexpected keyword argument …"): developer text, the default. Rule 3: `detail` is a string, no field list. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'pollinations/tier-not-high-enough-402',
    expect: {
      kind: 'bad-request',
      message: 'Model not found or tier not high enough',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 402 with no code (`error` holds a sentence, `status` 402 restates the status): any other 4xx, a bad request; text never decides, so neither 'not found' nor 'tier' makes another kind. Rule 2: `error` is the sentence, saying what failed and which tier the model needs. Rules 5 and 6: no id; `status` restates the status: no code. Hesitated on kind (other reading: forbidden, a tier too low for the model, or rate-limited, as a plan's allowance).",
  },
  {
    id: 'pollinations/nested-upstream-json-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'INTERNAL_ERROR',
    },
    why: "Rule 1: 500; `success: false` puts the error in `error`, and its `INTERNAL_ERROR` agrees. Rule 2.3: the `message` is JSON as text (an upstream's error object, with another service's 'HTTP error! status: 403' and its request parameters): developer text, the default. Rule 5: the `requestId` 'nxnrhs' sits inside that text, not in a member, and holds no digit: no id. Rule 6: the error's explicit `code`. Hesitated on code (other reading: none, as it only restates the 500).",
  },
  {
    id: 'crawl4ai/urls-list-type-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['urls', 'Input should be a valid list']],
      logId: null,
      code: 'list_type',
    },
    why: "Rule 1: 422. Rule 3: FastAPI's `detail` list, `loc` `['body', 'urls']` with the leading `body` removed: `urls`, 'Input should be a valid list'. Rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: the lone item's `type` (pydantic's error type) is its code. Hesitated on code (other reading: none, as a validator's type is no vendor code).",
  },
  {
    id: 'selectline/successor-invalid-document-key-400',
    expect: {
      kind: 'bad-request',
      message: 'Ungültige Belegkennung',
      fields: [],
      logId: null,
      code: '42-033',
    },
    why: "Rule 1: a 400 without field errors; `StatusCode` 'BadRequest' restates the status, and neither `ResponseCode` 42-033, `DocumentSuccessorErrorException` nor `SuccessorsFailed` names a kind: a bad request (text never decides, so 'Ungültige' makes no validation). Rule 2.3: `Message` is an exception class name, developer text; rule 2.2: `Details.ResponseDetails` ('Invalid document identifier') is the one line of prose, in a person's German words (Beleg, a document), kept. Rule 5: no id. Rule 6: `ResponseCode` is a code by the shape of its name (`responseCode`), the vendor's documented number; `ErrorCode` -1 is a sentinel. Hesitated on message (other reading: the default, as a line naming only what is invalid); and on code (other reading: 'DocumentSuccessorErrorException' or 'SuccessorsFailed').",
  },
  {
    id: 'selectline/login-unauthorized-access-403',
    expect: {
      kind: 'forbidden',
      message: 'Authentifizierung fehlgeschlagen.',
      fields: [],
      logId: null,
      code: '02-002',
    },
    why: "Rule 1: 403, and `UnauthorizedAccessException` (read without its suffix) is an `Unauthorized` code without a 401 (monday's `UserUnauthorizedException`): forbidden either way. Rule 2.1 (the fifty-fifth holdout's row): 'Authentication failed' in other words is the default on a 401 and what was refused on a 403: 'Authentifizierung fehlgeschlagen.' kept. Rule 5: `ResponseId` 2 is an enumeration number beside its `ResponseIdDescription`, a vendor's code, no occurrence id. Rule 6: `ResponseCode` by its name's shape. Hesitated on kind (other reading: unauthenticated, a sign-in refused, as Cognito's `NotAuthorizedException`); on message (other reading: the default, as 'Login failed' and '認証に失敗しました' are generic); and on logId (other reading: '2').",
  },
  {
    id: 'selectline/bad-request-02-008-headers',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '02-008' },
    why: "Rule 1: a 400 without field errors and without a code that names a kind (`StatusCode` and `Message` 'BadRequest' restate the status): a bad request. Rule 2.1: 'BadRequest' is a code-shaped reason phrase: the default. Rule 5: no body id and no request-id header (`server`, `x-aspnet-version`, `x-powered-by` are none). Rule 6: `ResponseCode` is a code by the shape of its name.",
  },
  {
    id: 'myunisoft/edi-file-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'No edi file found on accounting folder 56',
      fields: [],
      logId: null,
      code: 'ERR-EDI-FILE-NOT-FOUND',
    },
    why: 'Rule 1: 404, and the code agrees. Rule 2: `error.message` is a sentence naming what was not found and where, more than the reason phrase. Rule 3: `details` is an empty object. Rule 5: no id. Rule 6: `error.code`, as sent.',
  },
  {
    id: 'csob/internal-error-900-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '900' },
    why: "Rule 1: 500. Rule 2.1: `resultMessage` (a message by its name's shape) 'Internal error' is generic ('Internal … error', the reason phrase in other words): the default. Rule 5: no id. Rule 6: `resultCode` is a code by its name's shape (`result_code`), a string in the model.",
  },
  {
    id: 'saferpay/condition-not-satisfied-402',
    expect: {
      kind: 'bad-request',
      message: "Condition 'WITH_LIABILITY_SHIFT' not satisfied",
      fields: [],
      logId: '5cd2b290c5f39',
      code: 'CONDITION_NOT_SATISFIED',
    },
    why: "Rule 1: a 402 whose code `CONDITION_NOT_SATISFIED` names no row of the kind table (no credential, quota, duplicate or input code): any other 4xx, a bad request. Rule 2: `ErrorMessage` is the occurrence's sentence, saying which condition the payment did not meet. Rule 5: `ResponseHeader.RequestId`, the body's own request id. Rule 6: `ErrorName`, code-shaped, the body's only code (`Behavior` 'ABORT' says what to do, no code). Hesitated on kind (other reading: conflict, a condition not met as a 412's precondition); and on message: the condition is named by the API's constant in capitals (other reading: the default).",
  },
] satisfies Reading[];
