import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 45 cases (every third case of the fifty-third holdout’s one part and the fifty-fourth
// holdout’s eight parts in file order, 53 A then 54 A to H, on 6 December 2026), for `npm run conformance --
// --agreement`. The second reader was given a frozen copy of `test/conformance/README.md` (`.tmp/blind54/rules.md`), an
// excerpt of `types.ts` (`DEFAULT` and the case type's first lines), the `Reading` interface and one finished second
// reading (the fifty-second's) as a model of the format, and the cases' ids, sources, URLs and responses (no case
// carried a `receivedAt` and none was thrown, so `now` is the `Date` header where one was sent (the Wayback Machine's
// 403, fyyd's 401, GPUStack's 403, the Tesla Powerwall's 401), else 2026-11-22T12:00:00Z; three cases state a wait:
// RealtyAPI's body hint `retryAfter: 60`, Villra's `Retry-After: 30` and Recruspace's "Expected available in 1
// second."), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules file, the git history or
// the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools; they wrote this
// file by its full path without listing its folder. They marked 26 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'knock/api-key-missing-401',
    expect: {
      kind: 'unauthenticated',
      message: 'No valid API key provided',
      fields: [],
      logId: null,
      code: 'api_key_missing',
    },
    why: "Rule 1: 401 (a code never turns a 401 into anything else). Rule 6: the explicit `code` member, `api_key_missing`, over the category in `type` ('authentication_error'); `status` 401 is the status. Rule 2: `message` is a credential line saying what the request lacked, kept as 'Invalid token' and 'Valid API key required' are. Rules 3 and 5: no field, no id. Hesitated on message: it names only what is missing, as 'Missing 'name' parameter' (generic) does (other reading: the default).",
  },
  {
    id: 'novu/field-validation-errors-map-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'email must be a valid email address'],
        ['subscriberId', 'subscriberId should not be empty'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: `errors` at the top is a container; its keys are the fields, each an object whose `messages` list holds the field's sentence (a map of several error objects under names that are not an error's is a map of fields; `value` is the value sent). Rule 2.1: 'Validation Error' is a category line, generic, as 'Validation error' is; rule 2.4: only field messages, so the default. Rule 5: `path` is the request's URL path, `timestamp` no id. Rule 6: `statusCode` 422 is the status: no code.",
  },
  {
    id: 'ahasend/invalid-from-time-rfc3339-400',
    expect: {
      kind: 'bad-request',
      message: 'invalid from_time, provide a valid RFC3339 time string',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so 'invalid from_time' makes no validation failure). Rule 2: `message` names the input and says what to send instead (an RFC3339 time string), more than 'Invalid value for Parameter `limit`.' does. Rule 3: `from_time` is named in text only: no field. Rules 5 and 6: no id, no code. Hesitated on message: its first clause names only which parameter is invalid by its API key (other reading: the default).",
  },
  {
    id: 'ahasend/domain-already-exists-409',
    expect: {
      kind: 'conflict',
      message: 'domain already exists',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 409. Rule 2: `message` is a short sentence saying what is in the way. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'autosend/payment-required-402',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 402 is no row of the kind table and no code says more: any other 4xx is a bad request. `success: false` without `data`: the error is the body's own members. Rule 2.1: `error` 'Payment Required' and `message` 'Payment required' are both the 402's bare reason phrase: the default. Rule 6: `error` holds the reason phrase in words, no code token: no code. Rule 5: no id. Hesitated on kind: a payment the account lacks may read as a spent quota, as `CREDITS_EXCEEDED` on a 402 is (other reading: rate-limited).",
  },
  {
    id: 'autosend/contact-does-not-exist-404',
    expect: {
      kind: 'not-found',
      message: 'Contact does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: `error` 'Not Found' is the bare reason phrase; `message` is a sentence naming what was not found: kept. Rule 6: the reason phrase in `error` is no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'openstatus/rpc-write-rate-limit-resource-exhausted-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      logId: null,
      code: 'resource_exhausted',
    },
    why: "Rule 1: 429, and `resource_exhausted` (`RESOURCE_EXHAUSTED` read without case) is a quota code. Rule 6: the `code` member. Rule 2.1: 'Rate limit exceeded' is not the bare reason phrase ('Too Many Requests'), so a sentence (as 'Resource not found' is); ', retry later' is a plea to wait with no figure. Rule 4: no header, no body hint, and 'retry later' names no time: no wait. Rule 5: no id. Hesitated on message: the line only rewords the 429 and asks to wait, as AhaSend's 'Too many requests, rate limited.' says no more (other reading: the default).",
  },
  {
    id: 'togul/name-required-validation-error-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'name is required']],
      logId: null,
      code: 'validation_error',
    },
    why: "Rule 1: `validation_error` is a validation code on a 4xx. Rule 6: the `code` member (no item code beside it, so the 'validation' code is the code, not a category). Rule 3: a `details.field` names the error's field (TransparentMedz's), so the error object is about `name` and its message is that field's error. Rule 2.1: 'name is required' names only which input is missing, as 'Missing 'name' parameter' does, so, as with Serpii's generic line beside `details.field`, the field keeps the line and the response has the default. Rule 5: no id. Hesitated on message (other reading: 'name is required' as the message too, as Stripe's `param` error keeps its sentence).",
  },
  {
    id: 'togul/flag-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Flag not found',
      fields: [],
      logId: null,
      code: 'not_found',
    },
    why: 'Rule 1: 404, and `not_found` is a not-found code. Rule 2: `message` is a sentence naming what was not found (not the bare reason phrase). Rule 6: the explicit `code` member; `details: null` says nothing. Rule 5: no id. Hesitated on code: `not_found` only restates the status (other reading: no code, as a code restating the status is a category).',
  },
  {
    id: 'wayback-cdx/administrative-access-control-blocked-site-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.3: the text body is a chain of qualified Java exception classes (`org.archive.util.io.RuntimeIOException: org.archive.wayback.exception.AdministrativeAccessControlException: …`), developer text; what follows them, 'Blocked Site Error', is a category line ('<Name> Error', as 'Authorization Error'), generic: the default. Rule 5: `x-app-server`, `X-NID`, `x-tr`, `x-ts` are not named like request ids. Rule 6: the exception's class sits in text and in a header no rule reads as a code: no code.",
  },
  {
    id: 'archivematica/validate-avalon-manifest-invalid-400',
    expect: {
      kind: 'bad-request',
      message: 'Administrative data must include reference name and author.',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without field errors and without a code (`valid: false` is a flag): a bad request. Rule 2: `reason` is a message-like member holding a sentence that says what the manifest lacks. Rules 3, 5 and 6: no field by structure, no id, no code.',
  },
  {
    id: 'castopod/rest-v1-episode-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Episode not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 3: CodeIgniter's `messages: { error: '…' }` is the error's own sentence, no field called `error`. Rule 2: 'Episode not found' names what was not found. Rule 6: `error` 404 and `status` 404 only restate the status: no code. Rule 5: no id. Hesitated on code: `error` is CodeIgniter's code member and holds a number (other reading: '404').",
  },
  {
    id: 'podlove-radiator/api-outline-missing-params-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: 'missing params' says only that parameters are missing, as 'Parameter is missing' and 'Bad or missing parameters' do: the default. Rule 6: `error` holds two words, no code token. Rule 5: no id.",
  },
  {
    id: 'fyyd/account-info-invalid-token-401-cassette',
    expect: {
      kind: 'unauthenticated',
      message: 'invalid or unknown token',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 3: `errors` holding `code`, `message`, `http_code` is one error object, not a map of fields (its members are an envelope's and its values numbers). Rule 2: 'invalid or unknown token' is a credential line, kept as 'Token invalid.' is; `http_message` 'HTTP 401 (GET /0.2/account/info)' is a status label with the request line. Rule 6: `code` 0 is no code; `http_code` is the status. Rule 5: no request-id header (`Date`, `Server`, `X-Powered-By` …), no body id. Hesitated on message: a short line naming only what is invalid (other reading: the default).",
  },
  {
    id: 'fyyd/no-nick-or-user-id-provided-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`code` 0 is no code): a bad request. Rule 2.1: 'no nick or user id provided' names only which parameters are missing, as 'Missing 'name' parameter' does: the default; `http_message` is a status label. Rules 3 and 5: `errors` is one error object, not fields; no id. Hesitated on message: 'user id' is written in a person's words (other reading: 'no nick or user id provided').",
  },
  {
    id: 'realtyapi/missing-address-parameter-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: 'Missing required parameter: address' is PDF-Sign's generic line with another name: the default. Rule 3: `address` is named in text only. Rules 5 and 6: no id; `error` holds words, no code.",
  },
  {
    id: 'realtyapi/rate-limit-retry-after-body-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      logId: null,
      code: null,
      retry: 60,
    },
    why: "Rule 1: 429. Rule 4.3: no `Retry-After` or reset header, so the body hint `retryAfter: 60`, in seconds (its name says no unit): 60 s. Rule 2.1: 'Rate limit exceeded' is not the bare reason phrase, so a sentence (as 'Resource not found' is). Rule 6: `error` holds words, no code token. Rule 5: no id. Hesitated on message: it only rewords the 429 (other reading: the default).",
  },
  {
    id: 'realestateapi/house-missing-peer-zip-400',
    expect: {
      kind: 'bad-request',
      message: 'missing required peer',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 whose only path is empty and with no code: a bad request. Rule 3: hapi's `validation.keys` holds one empty key (the payload's root: Joi's `with` dependency is the object's), so no field; `source: 'payload'` names a part of the request. Rule 2.1: `error` 'Bad Request' is the reason phrase; `message` is Joi's line saying `house` needs `zip` beside it, a sentence as Ajv's 'should have required property' (Fastify's, kept) is, not Joi's nested report. Rule 6: `statusCode` is the status, the reason phrase no code. Rule 5: no id. Hesitated on message: a validator's wording with quoted keys, naming only what is missing (other reading: the default); and on kind (other reading: validation, reading `keys` as field errors).",
  },
  {
    id: 'elivaas/rates-not-authorized-403',
    expect: {
      kind: 'forbidden',
      message: 'API key is not authorized for rate access.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2: Spring Boot's `message` is a sentence saying what the key may not do; `error` 'Forbidden' is the reason phrase. Rule 3: `path` is the request's URL path. Rules 5 and 6: no id; `status` 403 is the status and the reason phrase no code.",
  },
  {
    id: 'holidaymate/missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Authorization header required',
      fields: [],
      logId: null,
      code: 'MISSING_API_KEY',
    },
    why: "Rule 1: 401. Rule 6: `error.code` `MISSING_API_KEY`. Rule 2: 'Authorization header required' says what the request lacked (a header), more than the 401's phrase 'Authorization Required'; a credential line, kept. Rules 3 and 5: no field, no id. Hesitated on message: with 'header' in it the line is nearly the 401's reason phrase, and it names only what is missing (other reading: the default).",
  },
  {
    id: 'booking-brain/forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.1: NestJS's `message` 'Forbidden' and `error` 'Forbidden' are the bare reason phrase: the default. Rule 6: `statusCode` is the status; `error` holds the reason phrase, which only restates the status: no code. Rule 5: no id. Hesitated on code (other reading: 'Forbidden', the word in `error`).",
  },
  {
    id: 'imobiliary/owner-cpf-empty-400',
    expect: {
      kind: 'bad-request',
      message: 'cpf do proprietário não pode ser vazio',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code (`code` 400 twice is the status): a bad request. Rule 3: `result` is an envelope holding the error object, no field. Rule 2: `result.message` is a Portuguese sentence saying the owner's CPF cannot be empty (a value's rule in the person's words, as 'Name: This value should not be blank.'); `status` and `error` 'Bad Request' are the reason phrase. Rules 5 and 6: no id, no code. Hesitated on message: it names only what is missing, as 'Halo GUID must be provided.' (other reading: the default).",
  },
  {
    id: 'propaideals/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or expired API key',
      fields: [],
      logId: null,
      code: 'invalid_api_key',
    },
    why: "Rule 1: 401, and `invalid_api_key` is a credential code. Rule 6: `error.code`. Rule 2: `error.message` is a credential line, kept as 'Invalid API key' and 'Invalid token' are. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'propops/missing-job-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. `success: false` without `data`: the error is `error`. Rule 2.1: 'Invalid or missing required parameter: job_id' is the forty-third holdout's generic 'Invalid or missing required parameter: q' with another name: the default. Rules 3, 5 and 6: `job_id` named in text only; no id, no code.",
  },
  {
    id: 'villra/rate-limit-exceeded-retry-after-429',
    expect: {
      kind: 'rate-limited',
      message: '100 requests per minute exceeded',
      fields: [],
      logId: null,
      code: 'RATE_LIMIT_EXCEEDED',
      retry: 30,
    },
    why: 'Rule 1: 429, and `RATE_LIMIT_EXCEEDED` is a throttling code. Rule 4.1: `Retry-After: 30`, delay seconds: 30 s. Rule 2: `error.message` is a sentence naming the limit that was passed. Rule 6: `error.code`. Rule 5: no id.',
  },
  {
    id: 'recruitsome/api-access-disabled-for-tenant-403',
    expect: {
      kind: 'forbidden',
      message: 'API access is not enabled for this tenant.',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 403. Rule 2: `message` is a sentence saying what is refused and why. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'recruspace/request-throttled-available-in-1-second-429',
    expect: {
      kind: 'rate-limited',
      message: 'Request was throttled',
      fields: [],
      logId: null,
      code: null,
      retry: 1,
    },
    why: "Rule 1: 429. Rule 4.4: no header and no body hint, so the wait written in the message, 'Expected available in 1 second.' (as 'available in 59 seconds'): 1 s. Rule 2: DRF's `detail` is a sentence, with the wait the person can act on. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'breathe-hr/record-invalid-employee-fields-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['employee.last_name', 'missing'],
        ['employee.email', 'missing'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of text lists under `error` is a map of fields; `type` is an envelope member, not a field. Canonical paths: `employee[last_name]` is `employee.last_name`, `employee[email]` `employee.email`; a field's one-word message is kept. Rule 1: a 400 that carries field errors: validation. Rule 2.1: 'Record Invalid' (ActiveRecord's RecordInvalid in words) is a category line that only says the record failed validation: with only field messages, the default (rule 2.4). Rule 5: no id. Rule 6: `type` holds words with a space, a category, no code token. Hesitated on code: CKAN's `__type` in words is read as the code beside its fields (other reading: 'Record Invalid').",
  },
  {
    id: 'softgarden/invalid-job-id-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_job_id',
    },
    why: "Rule 1: `invalid_job_id` begins with `invalid` and names an input (as WooCommerce's `…_invalid_id`): a validation code that outranks the 400. Rule 6: the `code` member. Rule 2.1: 'Invalid jobId' names only which parameter is invalid, by its API key, as 'Invalid parameter 'x'' and 'Invalid argument [name]' do: the default. Rule 3: no field by structure. Rule 5: no id. Hesitated on message (other reading: 'Invalid jobId').",
  },
  {
    id: 'softgarden/jobposting-inactive-410-text',
    expect: {
      kind: 'not-found',
      message: 'JobPosting inactive for jobId X',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 410: not-found. Rule 2.6: plain text on a 4xx is a sentence; it says the posting is no longer active. Rules 3, 5 and 6: no field, no headers, no id, no code. Hesitated on message: it names an entity class (`JobPosting`) and a parameter (`jobId`) by their API names, written for the caller (other reading: the default).',
  },
  {
    id: 'gupy/v2-bad-argument-targets-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['jobId', 'each value in jobId must be a number conforming to the specified constraints'],
        ['candidateId', 'each value in candidateId must be a number conforming to the specified constraints'],
      ],
      logId: null,
      code: 'BAD_ARGUMENT',
    },
    why: "Rule 3: items with a `message` and a `target` beside it (Microsoft's REST guidelines): `target` names each field, `jobId` and `candidateId`. Rule 1: a 400 that carries field errors, and `BAD_ARGUMENT` (`Bad…` names an input's value as `invalid…` does): validation. Rule 2.4: only field messages: the default. Rule 6: errors that all carry one code give it: `BAD_ARGUMENT`. Rule 5: no id.",
  },
  {
    id: 'voicehire/insufficient-credits-402',
    expect: {
      kind: 'rate-limited',
      message: 'Insufficient credits',
      fields: [],
      logId: null,
      code: 'INSUFFICIENT_CREDITS',
    },
    why: "Rule 1: `INSUFFICIENT_CREDITS` says the credits are spent, a quota code (as `CREDITS_EXCEEDED` on a 402 and credits none left), which decides on a 402. Rule 6: `error.code`. Rule 2: 'Insufficient credits' is a short sentence saying what is lacking. Rule 3: `details` holds numbers (`required`, `available`), no messages: no field. Rule 4: no header, hint or written wait: no retry. Rule 5: no id. Hesitated on kind: a balance to top up is no wait (other reading: bad-request, as `insufficient_balance` on a 402 was read by one reader); and on message: the code said again in words (other reading: the default).",
  },
  {
    id: 'stalwart/autodiscover-resource-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The requested resource does not exist on this server.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.2: RFC 9457 `detail` beats `title` ('Not Found', the bare reason phrase); it is a sentence, not the reason phrase (as 'Resource not found' is one). Rule 6: `type` is `about:blank`, never a code; `status` is the status. Rule 5: no `instance`, no id. Hesitated on message: a server's stock 404 line says no more than the status (other reading: the default).",
  },
  {
    id: 'tandoor/access-token-credentials-not-provided-403',
    expect: {
      kind: 'forbidden',
      message: 'Authentication credentials were not provided.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 with no code and no header: forbidden (text never decides, so 'credentials were not provided' makes no sign-in). Rule 2: DRF's `detail` is a sentence, and on a 403 it says what was refused. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind: DRF's NotAuthenticated asks to sign in (other reading: unauthenticated).",
  },
  {
    id: 'gpustack/model-not-found-gateway-403',
    expect: {
      kind: 'forbidden',
      message: 'Model not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 (text never decides, so 'not found' makes no not-found; `code` 403 and `type` 'Forbidden' only restate the status). Rule 2: `error.message` is a sentence naming what was not found. Rule 6: the numeric `code` restates the status and gives way to `type`, which is the 403's reason phrase and restates it too: no code. Rule 5: `req-arrive-time`, `req-cost-time`, `x-envoy-upstream-service-time` are timings, no request-id header. Hesitated on code (other reading: 'Forbidden' or '403').",
  },
  {
    id: 'llama-cpp-server/context-size-exceeded-500',
    expect: {
      kind: 'server',
      message: 'Context size has been exceeded.',
      fields: [],
      logId: null,
      code: 'server_error',
    },
    why: "Rule 1: 500 (`server_error` on a 5xx says no more than the status). Rule 2: `error.message` is a sentence sent as JSON (rule 2.6's default is for plain text), saying the input was too long for the model's context. Rule 6: the numeric `code` 500 only restates the status and gives way to `type`, as a lone item's does (Mautic's): `server_error`. Rule 5: no id. Hesitated on code: `type` is a category and `server_error` restates a 5xx (other reading: no code); and on message: a model's context size is the engine's internals (other reading: the default).",
  },
  {
    id: 'tesla-powerwall/login-invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid Credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: `message` 'Login Error' is a category line (as 'Signin Error' and 'Login failure'), generic; `error` 'Invalid Credentials' is a credential line (words with a space, no code token), kept as 'Invalid credentials' is. Rule 6: `code` 401 is the status; no code token elsewhere. Rule 5: no request-id header. Hesitated on message: two words that only say the sign-in failed (other reading: the default).",
  },
  {
    id: 'chargy/ocpi-token-access-denied-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: Rails' stock 'HTTP Token: Access denied.' is the scheme's label before 'Access denied.', which only restates the refusal, as 'Access forbidden' does: the default. Rule 6: `WWW-Authenticate: Token realm=\"OCPI\"` carries no error code, and `error` holds words: no code. Rule 5: no id. Hesitated on message (other reading: 'Access denied').",
  },
  {
    id: 'solax-pocket-wifi/unauthorized-html-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.5: an HTML error page gives no message (and its text, '401 Unauthorized', is the reason phrase anyway). Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'onebusaway/trip-for-vehicle-resource-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'resource not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2: `text` holds the body's one line of prose (a message member, as beside a `title`); 'resource not found' is not the bare reason phrase, so a sentence, as 'Resource not found' is. Rule 6: `code` 404 only restates the status: no code; `version` and `currentTime` are data. Rule 5: no id. Hesitated on code (other reading: '404', the only `code` member).",
  },
  {
    id: 'monarch-biolink/sim-search-json-decode-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.3: 'Expecting value: line 1 column 1 (char 0)' is Python's JSON decoder report, developer text; 'An exception occurred' before it only says something failed, generic: the default. Rule 6: `code` 500 restates the status: no code. Rule 5: no id.",
  },
  {
    id: 'interpro/entry-protein-aggregations-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 3: PascalCase `Error` is `error`, the envelope, no field. Rule 2.1: 'aggregations' is a lone word (it names the unknown endpoint segment), not a sentence: the default. Rule 6: a lowercase word with no `_`, `.` or camel case is no code token: no code. Rule 5: `InterPro-Version` and `Vary` are no request-id headers. Hesitated on code (other reading: 'aggregations', a code alone in the error member).",
  },
  {
    id: 'open-targets/graphql-cannot-query-field-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 with one error and no code: a bad request (one line is no list of several messages). Rule 2.3: 'Cannot query field 'knownDrugs' on type 'Target'.' is GraphQL query-validation text, developer text, and a lone line of developer text in the list is no form-level message: the default. Rule 3: the item has no path (a GraphQL `path` would point into the response anyway). Rules 5 and 6: no id, no `extensions.code`.",
  },
  {
    id: 'ala-biocache/bbox-null-message-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2: `message` 'null' is Java's null printed as text (as Ruby's `nil` printed is developer text), a lone word; `errorType` 'Server error' is a category line: the default. Rule 6: `statusCode` is the status and `errorType` holds words with a space, a category: no code. Rule 5: no id.",
  },
  {
    id: 'rcsb-pdb/file-service-apache-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.5: Apache's HTML error page gives no message (its text goes to details). Rules 5 and 6: no headers, no id, no code.",
  },
] satisfies Reading[];
