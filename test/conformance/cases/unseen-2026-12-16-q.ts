import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-sixth unseen-API holdout, part Q (16 December 2026): fraud, identity-verification, lending, card-issuing,
// insurance and identity-data APIs (Alloy, XCover by Cover Genius, Sift, Moov ACH, Apache Fineract, Fingerprint, Yoti,
// Castle, ID Analyzer, AgentCard, xMoney Card Issuing, People Data Labs), that no other case file uses, collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body and header was copied from the
// public material named in `url`: vendor SDK test fixtures and recorded cassettes (XCover's Python SDK VCR cassettes,
// Fingerprint's PHP SDK mocks and OpenAPI examples, Sift's and Castle's SDK tests, Yoti's Node SDK fixture), public
// issues and pull-request comments that paste a captured response (Moov ACH, Fineract through the Mifos apps), and
// API references that print an error body for a stated status (Alloy, ID Analyzer, AgentCard, xMoney, People Data
// Labs). A status taken from elsewhere than the capture (a fixture's file name, the test that serves it, the body's own
// status member, the reference's table) is said in `note`. No Content-Type was added where the source shows none.
// Trims are said in `note`. Every `expect` was written from the source and test/conformance/README.md before the kit
// was run on it.
//
// Short of the brief's 30–40 cases: collection stopped with 26 cases from 12 sources when the search budget ran out.
// Looked for and dropped: Persona (its error reference prints a body half in Ruby hash syntax and for no stated
// status), Column (its error page prints `bank_account_error` for no stated status), Marqeta (the reference names the
// 400 body but the stored copy shows only its table of codes; the SDK's tests hold no error body), Socure, Middesk,
// Pinwheel, Argyle, Rutter, Unit21, SEON, Signifyd, Riskified, Treasury Prime, Socotra, Guidewire Cloud API, Experian,
// Equifax (no error body with its status found: SDKs generated without fixtures, sample apps, tables of codes), Kount
// (the RIS `MODE=E` answer is documented without a status), Veriff and Trulioo (SDK tests without bodies), Fineract's
// domain-rule 403 captures (found only in files whose repository the index does not name, so they cannot be cited),
// and bodies of Airwallex and Nium (both already in the corpus).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-16-q`, on 615bf3e with other helpers' uncommitted changes to src/clients.ts and
// src/core/clients/ in the working tree; the same in a `git archive` copy of 615bf3e with src/ unchanged): 20/26 pass,
// 12 sources (kind 22/26, message 25/26, fields 24/26, retry 26/26, logId 3/3, code 11/12). Failing at first sight:
// alloy/bearer-token-expired-401 (no code: the error object's numeric `minor_code` not read as its code, rule 5 finds
// codes by the shape of their names); fineract/loan-mandatory-parameters-400 and
// fineract/loan-repayments-out-of-range-400 (bad-request with no field error: items that name their field in
// `parameterName` beside `defaultUserMessage` not read as field errors, rule 3, so the 400 was no validation failure,
// rule 1); fingerprint/secret-api-key-not-found-403
// (not-found: the `…_not_found` code let decide a 403, where rule 1 lets a not-found code decide only a 400 or 409, and
// the case reads a key that matches no workspace as a credential code); yoti/aml-check-payload-validation-400 ("There
// were errors validating the payload" kept as the message, where rule 2.1 reads a line that only says something failed
// validation as generic); castle/invalid-request-token-422 (bad-request: `invalid_request_token` read as a code that
// names the request as a whole, as OAuth's `invalid_request`, where the case reads it as naming the `request_token`
// input, rule 1). No expectation was changed after the run.
// Scored in `cases/` with the twenty-sixth holdout's part P: read now 24/26; read since: Apache Fineract's
// `parameterName` and `defaultUserMessage`, "Validation errors exist." and "There were errors validating the payload"
// are generic, a code saying the caller's key or token was not found is a credential code; still missed:
// alloy/bearer-token-expired-401 (a code under `minor_code`) and castle/invalid-request-token-422
// (`invalid_request_token` read as a code about the request as a whole, `invalid_request…`).
export default [
  // ───────────────────────────── Alloy ─────────────────────────────
  {
    id: 'alloy/bearer-token-expired-401',
    source: 'Alloy',
    url: 'https://developer.alloy.com/public/docs/_errors.md',
    note: 'The error reference\'s example of the base format (the Markdown source, with its two spaces after "expired."); `status_code` is "Same as HTTP status code", so the status is 401. A 401 is unauthenticated whatever the code (rule 1). `error.message` is the sentence; `error.type` is a category line ("API Authentication Failure", rule 2.1). `minor_code` is the code the reference tells programs to branch on ("Every type of handled error in the Alloy system gets a unique minor error code"), found by the shape of its name as `err_code` is (rule 5), a string in the model (rule 6). `error.details` holds the rejected bearer token, a value, not a message about a field (rule 3: only values that look like messages are field errors), so no field error. `error_token` is not checked as a support id (no rule names the shape).',
    response: {
      status: 401,
      body: {
        status_code: 401,
        error: {
          minor_code: 4012,
          type: 'API Authentication Failure',
          message: 'The supplied bearer token has expired.  Please obtain a new one.',
          details: { bearer_token: '7GimeNYhwD3fs0xoTtLXdZIox53eSttzrRf71ENA' },
          error_token: '54ae20da-a2d3-47a1-ac29-f9b7569ca652',
        },
        timestamp: 1472052254031,
        evaluation_token: null,
        entity_token: null,
        application_token: null,
        application_version_id: null,
      },
    },
    expect: { kind: 'unauthenticated', message: 'The supplied bearer token has expired', code: '4012' },
  },

  // ───────────────────────────── XCover (Cover Genius) ─────────────────────────────
  {
    id: 'xcover/quote-unexpected-field-422',
    source: 'XCover (Cover Genius)',
    url: 'CoverGenius/xcover-python/tests/cassettes/test_xcover/test_quote_422.yaml@03b363555b3808d5b8e501c6e73b8d19e7af640c',
    note: 'The SDK\'s VCR cassette of a quote request carrying an unknown `policy_version` member: status, headers and body as recorded (the cassette folds the body string over two lines; YAML joins them with a space, "Unexpected field"). A map of text under `errors` is a map of fields (rule 3); a 422 is a validation failure (rule 1). "An API error occurred." only says that something failed, a generic summary as "An unexpected problem has occurred." is (rule 2.1): the default. The support id is `CF-RAY` (rule 5). `X-Ratelimit-Reset` is read only when the kind is rate-limited, and the remaining count is -1 (rule 4.2): no retry time. `type` is a category, so no code is stated.',
    response: {
      status: 422,
      headers: {
        Allow: 'GET, POST, DELETE, OPTIONS',
        'CF-Cache-Status': 'DYNAMIC',
        'CF-RAY': '693a4f870f7f6a39-SYD',
        Connection: 'keep-alive',
        'Content-Length': '109',
        'Content-Type': 'application/json',
        Date: 'Fri, 24 Sep 2021 07:31:00 GMT',
        'Expect-CT': 'max-age=604800, report-uri="https://report-uri.cloudflare.com/cdn-cgi/beacon/expect-ct"',
        'Referrer-Policy': 'same-origin',
        Server: 'cloudflare',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'X-Ratelimit-Limit': '-1',
        'X-Ratelimit-Remaining': '-1',
        'X-Ratelimit-Reset': '1568836675',
      },
      body: {
        type: 'validation_error',
        message: 'An API error occurred.',
        errors: { policy_version: 'Unexpected field' },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['policy_version', 'Unexpected field']],
      logId: '693a4f870f7f6a39-SYD',
    },
  },
  {
    id: 'xcover/booking-policyholder-phone-422',
    source: 'XCover (Cover Genius)',
    url: 'CoverGenius/xcover-python/tests/cassettes/test_xcover/test_booking_modification__error.yaml@33ad712b625af7f37189b2ecff085786489eb394',
    note: 'The cassette\'s second interaction: PATCH of a booking with `policyholder.phone` "invalid phone format"; status, headers and body as recorded (the folded body string joined with a space). A nested map of fields gives `policyholder.phone` (rule 3); the generic "An API error occurred." gives way to the default (rules 2.1, 2.4). Support id from `CF-RAY`; no retry time (rule 4.2 applies to rate limits only).',
    response: {
      status: 422,
      headers: {
        Allow: 'GET, POST, PATCH, HEAD, OPTIONS',
        'CF-Cache-Status': 'DYNAMIC',
        'CF-RAY': '6b21ecc98a08fe80-SYD',
        Connection: 'keep-alive',
        'Content-Length': '153',
        'Content-Type': 'application/json',
        Date: 'Mon, 22 Nov 2021 11:47:47 GMT',
        'Expect-CT': 'max-age=604800, report-uri="https://report-uri.cloudflare.com/cdn-cgi/beacon/expect-ct"',
        'Referrer-Policy': 'same-origin',
        Server: 'cloudflare',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'X-Ratelimit-Limit': '-1',
        'X-Ratelimit-Remaining': '-1',
        'X-Ratelimit-Reset': '1568836675',
      },
      body: {
        type: 'validation_error',
        message: 'An API error occurred.',
        errors: { policyholder: { phone: ['The phone number should start with "+" character'] } },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['policyholder.phone', 'should start with "+" character']],
      logId: '6b21ecc98a08fe80-SYD',
    },
  },
  {
    id: 'xcover/send-email-wrong-booking-state-422',
    source: 'XCover (Cover Genius)',
    url: 'CoverGenius/xcover-python/tests/cassettes/test_xcover/test_trigger_email__wrong_payload.yaml@ad9f986c60954cf235bd9cac6c6c172fe3da66eb',
    note: "The cassette's second interaction: POST `send_email` with event BOOKING_CANCELLED for a booking that is not cancelled; status, headers and body as recorded (the folded body string joined with a space). `errors` is a list of one sentence about no field: a lone form-level sentence in the error's list beats the envelope's `message` (rule 2.2), here a generic line anyway. A 422 is a validation failure (rule 1); no field error.",
    response: {
      status: 422,
      headers: {
        Allow: 'POST, OPTIONS',
        'CF-Cache-Status': 'DYNAMIC',
        'CF-RAY': '6b21ddd6c9f46a5a-SYD',
        Connection: 'keep-alive',
        'Content-Length': '145',
        'Content-Type': 'application/json',
        Date: 'Mon, 22 Nov 2021 11:37:34 GMT',
        'Expect-CT': 'max-age=604800, report-uri="https://report-uri.cloudflare.com/cdn-cgi/beacon/expect-ct"',
        'Referrer-Policy': 'same-origin',
        Server: 'cloudflare',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'X-Ratelimit-Limit': '-1',
        'X-Ratelimit-Remaining': '-1',
        'X-Ratelimit-Reset': '1568836675',
      },
      body: {
        type: 'validation_error',
        message: 'An API error occurred.',
        errors: ['BOOKING_CANCELLED email can be only triggered for CANCELLED bookings.'],
      },
    },
    expect: {
      kind: 'validation',
      message: 'email can be only triggered for CANCELLED bookings',
      logId: '6b21ddd6c9f46a5a-SYD',
    },
  },
  {
    id: 'xcover/instant-booking-bad-gateway-502',
    source: 'XCover (Cover Genius)',
    url: 'CoverGenius/xcover-python/tests/cassettes/test_xcover/test_auto_retry.yaml@33ad712b625af7f37189b2ecff085786489eb394',
    note: "The SDK's auto-retry cassette: the staging API answered an instant booking with 502 and an empty JSON object (three times; the first is taken), headers as recorded. A 502 is unavailable (rule 1); an empty object holds no sentence: the default.",
    response: {
      status: 502,
      headers: {
        Allow: 'POST, OPTIONS',
        Connection: 'keep-alive',
        'Content-Type': 'application/json',
        Date: 'Mon, 01 May 2023 05:28:50 GMT',
      },
      body: {},
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Sift ─────────────────────────────
  {
    id: 'sift/invalid-api-key-status-51-400',
    source: 'Sift',
    url: 'SiftScience/sift-java/src/test/java/com/siftscience/SiftClientTest.java@0121797d539cb44eb8f56b70f3f8977c2b61c15b',
    note: "The client test \"testInvalidAPIKeyException\": the mock server answers 400 with Sift's envelope, `status` 51 (Sift's invalid-API-key number) and `request` echoing the request as text (the test builds it with `TestUtils.unescapeJson` from the request below; the parsed string is given). No header is set. Sift's `status` is a number that names no HTTP status and no code the rules read: a vendor's numeric code names no kind (the rules' open question, Zoom's 4711), and text never decides (rule 1), so a 400 without fields is a bad request. `error_message` is the sentence (a message member by its shape, rule 5); `request` is JSON as text, developer text (rule 2.3).",
    response: {
      status: 400,
      body: {
        status: 51,
        error_message: 'Invalid API key message.',
        time: 1327604222,
        request:
          '{\n  "$type"             : "$create_order",\n  "$api_key"          : "invalid_api_key",\n  "$user_id"          : "billy_jones_301",\n  "$order_id"          : "ORDER-28168441",\n  "$user_email"          : "bill@gmail.com",\n}',
      },
    },
    expect: { kind: 'bad-request', message: 'Invalid API key message.' },
  },
  {
    id: 'sift/missing-field-status-55-400',
    source: 'Sift',
    url: 'SiftScience/sift-java/src/test/java/com/siftscience/SiftClientTest.java@0121797d539cb44eb8f56b70f3f8977c2b61c15b',
    note: 'The client test "testServerSideMissingFieldException": 400 with `status` 55 (missing required field) and the request echoed as text. The sentence names no field in a member (text never makes a field error, rule 3), so no field error and a bad request (rule 1); `error_message` is the message.',
    response: {
      status: 400,
      body: {
        status: 55,
        error_message: 'Missing user email message from server.',
        time: 1327604222,
        request:
          '{\n  "$type"             : "$create_order",\n  "$api_key"          : "your_api_key",\n  "$user_id"          : "billy_jones_301",\n  "$order_id"          : "ORDER-28168441"\n}',
      },
    },
    expect: { kind: 'bad-request', message: 'Missing user email message from server.' },
  },
  {
    id: 'sift/rate-limit-status-60-400',
    source: 'Sift',
    url: 'SiftScience/sift-java/src/test/java/com/siftscience/SiftClientTest.java@0121797d539cb44eb8f56b70f3f8977c2b61c15b',
    note: 'The client test "testRateLimitException": Sift answers a rate limit with 400 and `status` 60, which the SDK maps to RateLimitException. Nothing the rules read says so: 60 is a bare vendor number (no throttling code by name), there is no 429 and no rate-limit header, and text never decides (rule 1). So a bad request with its sentence, and no retry time.',
    response: {
      status: 400,
      body: {
        status: 60,
        error_message: 'Rate limit error message.',
        time: 1327604222,
        request:
          '{\n  "$type"             : "$create_order",\n  "$api_key"          : "some_api_key",\n  "$user_id"          : "billy_jones_301",\n  "$order_id"          : "ORDER-28168441",\n  "$user_email"          : "bill@gmail.com",\n}',
      },
    },
    expect: { kind: 'bad-request', message: 'Rate limit error message.' },
  },
  {
    id: 'sift/server-error-500-empty',
    source: 'Sift',
    url: 'SiftScience/sift-java/src/test/java/com/siftscience/SiftClientTest.java@0121797d539cb44eb8f56b70f3f8977c2b61c15b',
    note: 'The client test "testGenericServerErrorException": a 500 with no body and no header. Server, with the default.',
    response: { status: 500 },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Moov ACH ─────────────────────────────
  {
    id: 'moov-ach/create-file-file-control-500',
    source: 'Moov ACH',
    url: 'https://github.com/moov-io/ach/issues/803',
    note: "The issue's capture of `curl -X POST /files/create` with the API reference's own example file (ACH v1.5.1): \"Response with status code `500` and\" the body as pasted; no header is shown. A 5xx is server, and nothing names a 4xx kind (rule 1). The sentence is the app's, sent as JSON (rule 2.6 is about plain text): it is the message. `ID` is the file's id, not checked as a support id.",
    response: {
      status: 500,
      body: { ID: '4d950f9f0688c2362c5afc86255a435190749d29', error: 'none or more than one file control exists' },
    },
    expect: { kind: 'server', message: 'none or more than one file control exists' },
  },

  // ───────────────────────────── Apache Fineract ─────────────────────────────
  {
    id: 'fineract/loan-mandatory-parameters-400',
    source: 'Apache Fineract',
    url: 'https://github.com/openMF/mifos-mobile/pull/2835',
    note: 'A maintainer\'s comment pasting the Fineract response the Mifos app deserializes (2025-04-06). Trimmed: the pasted `errors` list goes on past the two items given (a third, `numberOfRepayments`, is cut off in the stored copy). No status line is shown; the status is the body\'s own `httpStatusCode` "400", the status Fineract sends. Each item names its field in `parameterName` and carries `defaultUserMessage` (and the same text as `developerMessage`, developer text by its name, rule 2.3): field errors, so a validation failure (rule 1). "Validation errors exist." is a generic summary (rule 2.1): the default.',
    response: {
      status: 400,
      body: {
        developerMessage:
          'The request was invalid. This typically will happen due to validation errors which are provided.',
        httpStatusCode: '400',
        defaultUserMessage: 'Validation errors exist.',
        userMessageGlobalisationCode: 'validation.msg.validation.errors.exist',
        errors: [
          {
            developerMessage: 'The parameter loanTermFrequency is mandatory.',
            defaultUserMessage: 'The parameter loanTermFrequency is mandatory.',
            userMessageGlobalisationCode: 'validation.msg.loan.loanTermFrequency.cannot.be.blank',
            parameterName: 'loanTermFrequency',
            args: [{}],
          },
          {
            developerMessage: 'The parameter loanTermFrequencyType is mandatory.',
            defaultUserMessage: 'The parameter loanTermFrequencyType is mandatory.',
            userMessageGlobalisationCode: 'validation.msg.loan.loanTermFrequencyType.cannot.be.blank',
            parameterName: 'loanTermFrequencyType',
            args: [{}],
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['loanTermFrequency', 'loanTermFrequency is mandatory'],
        ['loanTermFrequencyType', 'loanTermFrequencyType is mandatory'],
      ],
    },
  },
  {
    id: 'fineract/loan-repayments-out-of-range-400',
    source: 'Apache Fineract',
    url: 'https://github.com/openMF/mifos-x-field-officer-app/pull/2618',
    note: 'A review comment pasting the Fineract answer to the loan-schedule preview ("how can we handle this error msg"). Trimmed: the item\'s `args` list is cut after its first two values in the stored copy, so it ends there. The status is the body\'s own `httpStatusCode` "400". One item naming its field in `parameterName`: a field error and a validation failure; "Validation errors exist." is generic, so the default (rules 2.1, 2.4).',
    response: {
      status: 400,
      body: {
        developerMessage:
          'The request was invalid. This typically will happen due to validation errors which are provided.',
        httpStatusCode: '400',
        defaultUserMessage: 'Validation errors exist.',
        userMessageGlobalisationCode: 'validation.msg.validation.errors.exist',
        errors: [
          {
            defaultUserMessage: 'The parameter `numberOfRepayments` must be between 2 and 5.',
            parameterName: 'numberOfRepayments',
            developerMessage: 'The parameter `numberOfRepayments` must be between 2 and 5.',
            userMessageGlobalisationCode: 'validation.msg.loan.numberOfRepayments.is.not.within.expected.range',
            args: [{ value: 60 }, { value: 2 }],
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['numberOfRepayments', 'must be between 2 and 5']],
    },
  },

  // ───────────────────────────── Fingerprint ─────────────────────────────
  {
    id: 'fingerprint/too-many-requests-429-retry-after',
    source: 'Fingerprint Server API',
    url: 'fingerprintjs/fingerprint-pro-server-api-php-sdk/test/mocks/errors/429_too_many_requests.json@974a2b41bca45c2abea1ea2b24fad9ffa3893e2f',
    note: "The SDK's mock of the API's 429 (synced from the API's OpenAPI examples); the SDK's test (test/FingerprintApiTest.php, the version with MOCK_ERROR_429_TOO_MANY_REQUESTS) serves it with status 429 and `retry-after` 30, the only header it sets. \"too many requests\" is the status's bare reason phrase (rule 2.1): the default. Retry-After in delay seconds (rule 4.1); the code is `error.code`.",
    response: {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { error: { code: 'too_many_requests', message: 'too many requests' } },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 30, code: 'too_many_requests' },
  },
  {
    id: 'fingerprint/ruleset-not-found-400',
    source: 'Fingerprint Server API',
    url: 'fingerprintjs/fingerprint-pro-server-api-php-sdk/test/mocks/errors/400_ruleset_not_found.json@67ac090d79854793a87caeaf8a89fbeab1c015e7',
    note: 'The SDK\'s mock of a 400 (its file name and the tests that serve it give the status; no header). `ruleset_not_found` is a not-found code, which decides on a 400 (rule 1). "ruleset not found" is a sentence, not a bare reason phrase (rule 2.1: only "Not Found" itself restates the status).',
    response: { status: 400, body: { error: { code: 'ruleset_not_found', message: 'ruleset not found' } } },
    expect: { kind: 'not-found', message: 'ruleset not found', code: 'ruleset_not_found' },
  },
  {
    id: 'fingerprint/secret-api-key-not-found-403',
    source: 'Fingerprint Server API',
    url: 'fingerprintjs/fingerprint-pro-server-api-php-sdk/test/mocks/errors/403_secret_api_key_not_found.json@974a2b41bca45c2abea1ea2b24fad9ffa3893e2f',
    note: 'The SDK\'s mock; its test "testDeleteVisitorData403SecretApiKeyNotFound" expects status 403 and this code and message. The key sent matches no workspace: the request had no valid credentials, a credential code on a 403 (rule 1, as `invalid_api_key`); a not-found code decides only on 400 and 409. The sentence is the message.',
    response: {
      status: 403,
      body: {
        error: {
          code: 'secret_api_key_not_found',
          message: 'no fingerprint workspace found for specified secret API key',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'no fingerprint workspace found for specified secret API key',
      code: 'secret_api_key_not_found',
    },
  },
  {
    id: 'fingerprint/workspace-scoped-secret-key-required-403',
    source: 'Fingerprint Server API',
    url: 'fingerprintjs/fingerprint-pro-server-api-openapi/schemas/paths/examples/errors/403_workspace_scoped_secret_key_required.json@bab405a7c0eb4485e12aa52131a4f09b0e962f13',
    note: "The API description's example for this 403 (its file name gives the status). A key was sent and is valid, but not of the scope the endpoint needs: a refusal, as `insufficient_scope` is (rule 1), not a missing credential, so the 403 stays forbidden. The sentence is the message.",
    response: {
      status: 403,
      body: {
        error: { code: 'WorkspaceScopedSecretKeyRequired', message: 'workspace-scoped secret key is required' },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'workspace-scoped secret key is required',
      code: 'WorkspaceScopedSecretKeyRequired',
    },
  },
  {
    id: 'fingerprint/state-not-ready-409',
    source: 'Fingerprint Server API',
    url: 'fingerprintjs/fingerprint-pro-server-api-php-sdk/test/mocks/errors/409_state_not_ready.json@974a2b41bca45c2abea1ea2b24fad9ffa3893e2f',
    note: 'The SDK\'s mock of the 409 an event update gets while the event is still being written (file name gives the status). A 409 is a conflict (rule 1); "try again" names no wait, so no retry time (rule 4.4).',
    response: {
      status: 409,
      body: { error: { code: 'state_not_ready', message: 'resource is not mutable yet, try again' } },
    },
    expect: { kind: 'conflict', message: 'resource is not mutable yet', code: 'state_not_ready' },
  },
  {
    id: 'fingerprint/update-event-body-not-json-400',
    source: 'Fingerprint Server API',
    url: 'fingerprintjs/fingerprint-pro-server-api-openapi/examples/update_event_400_error.json@a13a7b99d492b0462280b6601d958ac1ea21f0e0',
    note: 'The API description\'s example for the event update\'s 400 (file name gives the status). `RequestCannotBeParsed` names the request as a whole: a bad request (rule 1). "request body is not valid json" reports a body the server could not parse, developer text (rule 2.3, as Ubidots\' "not a valid json document"): the default.',
    response: {
      status: 400,
      body: { error: { code: 'RequestCannotBeParsed', message: 'request body is not valid json' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'RequestCannotBeParsed' },
  },

  // ───────────────────────────── Yoti ─────────────────────────────
  {
    id: 'yoti/aml-check-payload-validation-400',
    source: 'Yoti',
    url: 'getyoti/yoti-node-sdk/tests/sample-data/responses/aml-check-error.json@d7ad2e5f3b5c68b7d54af7571b413b7895b64a10',
    note: 'The SDK\'s fixture for an AML check the API rejects; the AML service test serves it with `nock(...).reply(400, amlCheckError)` (status from there, no header). The item names its field in `property` (rule 3): a 400 with a field error is a validation failure (rule 1). "There were errors validating the payload" only says something failed validation (rule 2.1): the default. `PAYLOAD_VALIDATION` is the only code (no item carries one), so it is the response\'s (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'PAYLOAD_VALIDATION',
        message: 'There were errors validating the payload',
        errors: [{ property: 'address.country', message: 'country must be specified as an ISO-3166 3-letter code' }],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['address.country', 'ISO-3166 3-letter code']],
      code: 'PAYLOAD_VALIDATION',
    },
  },

  // ───────────────────────────── Castle ─────────────────────────────
  {
    id: 'castle/invalid-request-token-422',
    source: 'Castle',
    url: 'castle/castle-python/castle/test/core/process_response_test.py@2a27dba1c86d7387bf916885f73bb253e3335d55',
    note: 'The SDK test "test_verify_422_invalid_request_token": a 422 with this body (no header). `invalid_request_token` begins with `invalid` and names an input, the request token the Castle.js client puts in the request, not a credential of the caller (rule 1): with the 422, a validation failure. "token invalid" is two words, a sentence by rule 2.1 (neither a code, a lone word nor a reason phrase). No member names a field.',
    response: { status: 422, body: { type: 'invalid_request_token', message: 'token invalid' } },
    expect: { kind: 'validation', message: 'token invalid', code: 'invalid_request_token' },
  },
  {
    id: 'castle/record-invalid-422',
    source: 'Castle',
    url: 'castle/castle-python/castle/test/core/process_response_test.py@2a27dba1c86d7387bf916885f73bb253e3335d55',
    note: 'The SDK test "test_verify_422_record_invalid": a 422 with this body. "validation failed" is a generic summary (rule 2.1): the default. `type` is the only code-like member and the SDK branches on it; stated as the code.',
    response: { status: 422, body: { type: 'record_invalid', message: 'validation failed' } },
    expect: { kind: 'validation', message: DEFAULT, code: 'record_invalid' },
  },

  // ───────────────────────────── ID Analyzer ─────────────────────────────
  {
    id: 'id-analyzer/unauthorized-401',
    source: 'ID Analyzer',
    url: 'https://developer.idanalyzer.com/docs/responsecodes',
    note: 'The reference\'s "typical Error response object"; the page says "401 Unauthorized occurs when invalid API key are provided", and the body\'s own `error.status` is 401. `error` is the error object beside `success: false`; a 401 is unauthenticated (rule 1). The sentence is the message, `error.code` the code.',
    response: {
      status: 401,
      body: {
        success: false,
        error: {
          status: 401,
          code: 'ERROR_UNAUTHORIZED',
          message: 'Failed to authenticate user, make sure valid credentials are set in Authorization header.',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Failed to authenticate user', code: 'ERROR_UNAUTHORIZED' },
  },

  // ───────────────────────────── AgentCard ─────────────────────────────
  {
    id: 'agentcard/insufficient-balance-400',
    source: 'AgentCard',
    url: 'https://docs.agentcard.sh/api-reference/errors',
    note: "The errors reference's example body; its table of transaction errors gives `insufficient_balance` the status 400. The code names no kind in rule 1 (not an input's value, a credential, a permission or a limit), so a 400 without fields is a bad request. `error` holds the code and `description` the sentence (rule 2.2).",
    response: {
      status: 400,
      body: {
        error: 'insufficient_balance',
        description: 'The card does not have sufficient balance for this transaction.',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'The card does not have sufficient balance for this transaction.',
      code: 'insufficient_balance',
    },
  },

  // ───────────────────────────── xMoney Card Issuing ─────────────────────────────
  {
    id: 'xmoney/card-issuing-bad-request-400',
    source: 'xMoney Card Issuing API',
    url: 'https://docs.xmoney.com/card_issuing_api/errors',
    note: 'The Card Issuing API\'s error page prints this body; its own `code` and the page\'s table ("400 | The request body, query, or path parameter is invalid") give the status. "Bad request" is the bare reason phrase (rule 2.1): the default. The numeric `code` only restates the status, so no code is stated.',
    response: { status: 400, body: { code: 400, message: 'Bad request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── People Data Labs ─────────────────────────────
  {
    id: 'people-data-labs/no-records-404',
    source: 'People Data Labs',
    url: 'https://docs.peopledatalabs.com/docs/errors',
    note: 'The person and company enrichment API used for identity resolution; the errors page\'s "Example 404 Response" (the body\'s `status` agrees). A 404 is not-found; `error.message` is the sentence. `error.type` is a category, so no code is stated.',
    response: {
      status: 404,
      body: { status: 404, error: { type: 'not_found', message: 'No records were found matching your request' } },
    },
    expect: { kind: 'not-found', message: 'No records were found matching your request' },
  },
  {
    id: 'people-data-labs/rate-limit-429',
    source: 'People Data Labs',
    url: 'https://docs.peopledatalabs.com/docs/errors',
    note: 'The errors page\'s "Example 429 Response". A 429 is rate-limited; the sentence says why (not a bare reason phrase) and names no wait, so no retry time (rule 4).',
    response: {
      status: 429,
      body: {
        status: 429,
        error: { type: 'rate_limit_error', message: 'An error occurred due to requests hitting the API too quick' },
      },
    },
    expect: { kind: 'rate-limited', message: 'requests hitting the API too quick' },
  },
] satisfies ConformanceCase[];
