import { DEFAULT, type ConformanceCase } from '../types';

// Forty-third unseen-API holdout, part D (2 January 2027): eSIM, IoT connectivity, MVNO-enabler and carrier-partner
// APIs that no other case file uses: Airalo Partner API, emnify REST API, 1NCE Management API, STN Partner API (Dutch
// eSIM and subscription wholesale), Yoni Tech eSIM API, Monogoto API, eSIMTrade reseller API, Soracom API and KORE
// Wireless API, collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was
// copied from the public material named in `url` and `note`: recorded cassettes of the vendors' live services (emnify's
// own Python SDK's vcrpy cassettes, recorded against api-staging.dev.emnify.io and cdn.emnify.net, and the Ruby VCR
// cassettes of PadawanBreslau/ince-api, recorded against api.1nce.com), a captured response a Soracom SDK author pasted
// into a test's comment (status, headers and body as the SDK printed them), the vendors' own reference pages (emnify's
// "Error Handling", STN's "Error Handling", Yoni Tech's "Errors", Monogoto's "Error Reference", eSIMTrade's "Errors and
// Status Codes", KORE's "API Responses") and Airalo's developer-platform OpenAPI export (its request-access-token
// examples), stored in a third party's repository. The emnify cassettes store their bodies gzipped and base64-encoded
// (`!!binary`); they were decoded here and copied as JSON, which the note of each case says. Of each cassette's headers
// only the content type, the date and the request ids were copied (the CORS, caching and CloudFront routing headers
// were trimmed, and Content-Length, Connection and Transfer-Encoding left out, as the brief asks); no header was added
// to any case, and the cases from reference pages carry none because none was shown. Where a status is not printed
// beside the body, the note says where it came from (the body's own status member, the vendor's status table for that
// error, the example's own label). No body was mended (emnify's `NotAllowed` example, which ends its object with a
// trailing comma, was not taken). Every `expect` was written from the source and test/conformance/README.md before the
// kit was run.
//
// Looked for and dropped: 1GLOBAL Connect (its conventions page prints only a templated `{ "type": "ERROR_TYPE",
// "messages": ["error_message_1", …] }`), Telna, eSIM Go, Celitech, Gigs, Truphone, Ubigi, Wireless Logic and Teal
// (reference pages whose stored excerpts end before any error example, or SDK documentation generated from schemas
// without bodies), Onomondo (its docs list error codes per endpoint, `id_invalid`, `sim_not_found`, without a body),
// Hologram (its API introduction announces a 429 body but the stored page omits it; only a third party's summary quotes
// "API rate limit exceeded"), Things Mobile (XML API manual on Scribd, stored excerpt ends at the index), Airalo's 422
// business errors (codes 11 to 73 printed as a table of code and reason, never as a body; the only bodies with them are
// in integrators' code, a test author's mocks), Airalo's PHP SDK tests (hand-written mocks), the emnify reference's
// `NotAllowed` 400 (its status row not in the stored table), emnify's cassette of a 404 and of a 422 with an empty body
// (kept out to hold emnify near five cases), 1NCE's `get_sim_wrong_iccid` cassette (recorded as a 200 with an empty
// body: nothing failed on the wire), Soracom's `AUM0001` body (quoted without a status) and Yoni Tech's `code: 101`
// body (its HTTP status not stated). Twilio Super SIM and Particle were skipped (Twilio and Particle are in the
// corpus); KORE Wireless was taken although "Kore.ai Bots Platform API" is a source, because it is another company's
// product. No XML body and no non-English body turned up within the cap; one rate limit (eSIMTrade's, without headers)
// did. The part holds 19 cases from 9 sources, under the brief's aim of 25, because most vendors here print status
// tables, not bodies.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-02-d`, on 4e137ad, src/ unchanged: in the frozen copy /tmp/base43): 14/19 pass, 9 sources
// (kind 18/19, message 15/19, fields 19/19, retry 19/19, logId 8/8, code 5/5). Failing at first sight:
// emnify/token-invalid-number-of-segments-401 (message "Token contains an invalid number of segments": a JWT library's
// report kept as the person's sentence, where rule 2.3 names token internals developer text, as it names "The token was
// expected to have 3 parts"); emnify/endpoint-id-cannot-parse-as-long-400 (message "Cannot parse parameter id as Long:
// For input string: \"None\"": Java's number-format report kept, where rule 2.3 names a converter's or decoder's report
// developer text; a judgment call the note names); 1nce/oauth-token-incorrect-username-or-password-400 (kind
// bad-request: `CognitoAuthenticationError` not read as a credential code, rule 1, with the identity provider's name
// before `Authentication` and the `Error` suffix; a judgment call the note names); stn/serialization-exception-missing-
// activation-id-400 (message: ServiceStack's deserializer report with qualified type names kept, where rule 2.3 names a
// body the server could not parse and qualified type names developer text; the kind and the code
// `SerializationException` were read as written); monogoto/field-username-required-400 (message "Field 'username' is
// required" kept, where rule 2.1 names a line that names only which input is missing generic; a judgment call the note
// names). Every other case passed as written, including the judgment calls on Airalo's `data` map as fields and "Client
// authentication failed" (kept), emnify's lone item over its generic envelope, 1NCE's "The token is invalid" before a
// decoder's report, STN's envelope sentence beside its field, eSIMTrade's "API rate limit exceeded" (kept), Soracom's
// JSON sent as text/plain on a 500 (the default) and KORE's numeric code `83000`. No expectation was changed after the
// run (Prettier's quote style was applied before it).

// Waits in `pending/`: 17/19 now (golang-jwt's "token contains an invalid number of segments", Java's "For input
// string: …" and ServiceStack's "Could not deserialize …" are developer text since). Its misses are read both ways in
// the corpus: 1NCE's `CognitoAuthenticationError` (a product's name before "authentication", which Razorpay's
// `payment_authentication` on a 400 shows is not always a credential) and Monogoto's "Field 'username' is required".

export default [
  // ───────────────────────────── Airalo Partner API ─────────────────────────────
  {
    id: 'airalo/token-client-id-invalid-422',
    source: 'Airalo Partner API',
    url: 'asafgershon/esim-go/backend/apis/airhalo/airalo.openapi.json@baa28ff1b11d451021a6f105c849b89dbe887a91',
    note: 'Airalo\'s developer-platform OpenAPI export ("Airalo Developer Platform", the apidog site developers.partners.airalo.com), stored in an integrator\'s repository: `POST /v2/token`, response `422`, its example. No header shown. Kind: 422, validation (rule 1). Fields: `data` holds a map of field to message (rule 3, a map of path to messages wherever it sits) — `client_id`. Judgment call: the other reading takes `data` as the body\'s payload (rule 3: "The body\'s own `data` is its payload") and reads no field. Message: `meta.message` "the parameter is invalid" says only that a parameter is invalid, generic under rule 2.1 (Circle\'s "API parameter invalid", "Invalid parameter \'x\'"); with only a field message left, the default (rule 2.4). No code, no logId.',
    response: {
      status: 422,
      body: {
        data: { client_id: 'The selected client id is invalid.' },
        meta: { message: 'the parameter is invalid' },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['client_id', 'The selected client id is invalid']],
    },
  },
  {
    id: 'airalo/token-client-authentication-failed-401',
    source: 'Airalo Partner API',
    url: 'asafgershon/esim-go/backend/apis/airhalo/airalo.openapi.json@baa28ff1b11d451021a6f105c849b89dbe887a91',
    note: 'The same export, `POST /v2/token`, the second example, named "Request Access Token (401)" (apidog files it under the 422 key as `x-422:Request Access Token (401)`); status 401 from its name. No header shown. Kind: 401, unauthenticated. Message: `meta.message` "Client authentication failed" says which authentication failed; kept, as the corpus\'s first reading kept it at the fortieth holdout (the second reader gave the default, "Authentication failure" being a category line under rule 2.1): a judgment call. `data` is an empty list (no field). No code.',
    response: { status: 401, body: { data: [], meta: { message: 'Client authentication failed' } } },
    expect: { kind: 'unauthenticated', message: 'Client authentication failed' },
  },

  // ───────────────────────────── emnify REST API ─────────────────────────────
  {
    id: 'emnify/token-invalid-number-of-segments-401',
    source: 'emnify REST API',
    url: 'emnify/emnify-sdk-python/tests/fixtures/vcr_cassettes/activate_sim_by_bic_422.yaml@6091955a959006edf51524c8edc948f3c9a171cd',
    note: "First interaction of emnify's own SDK cassette (vcrpy, recorded 27 March 2022 against api-staging.dev.emnify.io, `PATCH /api/v1/sim_batch/bic/invalid_bic_code` with `Bearer None`): status 401, body as recorded. Headers trimmed to the content type, the date, the CloudFront id, the cache verdict and AWS API Gateway's error type and request id. Kind: 401, unauthenticated (the `x-amzn-ErrorType` cannot turn a 401 into anything else, rule 1). Message: \"token contains an invalid number of segments\" is a JWT library's report (golang-jwt's wording), developer text under rule 2.3 (as \"The token was expected to have 3 parts\"): the default. Code: `x-amzn-ErrorType` (rule 6: AWS's `x-amzn-errortype` without its namespace). logId: `x-amzn-RequestId`, first of rule 5's headers present (before `X-Amz-Cf-Id`).",
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Sun, 27 Mar 2022 23:58:38 GMT',
        'X-Amz-Cf-Id': 'GsKqYB3bAGNH8Tar1kjA_-l6xoRLJt8sTzxZCAGxvOcdkt0xzFl3LA==',
        'X-Cache': 'Error from cloudfront',
        'x-amzn-ErrorType': 'AccessDeniedException',
        'x-amzn-RequestId': '57a5d454-7d14-4d9a-a523-4643ac5b5888',
      },
      body: { message: 'token contains an invalid number of segments' },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      code: 'AccessDeniedException',
      logId: '57a5d454-7d14-4d9a-a523-4643ac5b5888',
    },
  },
  {
    id: 'emnify/endpoint-id-cannot-parse-as-long-400',
    source: 'emnify REST API',
    url: 'emnify/emnify-sdk-python/tests/fixtures/cassettes/test_update_device_error_handling_device_id.yaml@358c021cef0de7f359dea9cdd40fe516e2dc364b',
    note: 'Last interaction of emnify\'s SDK cassette (recorded 22 October 2024 against cdn.emnify.net, `PATCH /api/v1/endpoint/None`): status 400; the body was stored gzipped and base64-encoded and is copied here decoded. Headers trimmed to the content type, the date and the request ids (Content-Encoding dropped with the encoding). Kind: a 400 without fields; `error_token: "BadRequest"` restates the status: bad-request. Message: "Cannot parse parameter id as Long: For input string: \\"None\\"" is a converter\'s report (Java\'s `NumberFormatException` text, a type name `Long`), developer text under rule 2.3 (a decoder\'s report): the default. Judgment call: a reader could keep the part before the colon as a sentence about the parameter. No code stated (`BadRequest` restates the status; the numeric `error_code` 1000 beside it leaves rule 6 in doubt). logId: `x-amzn-RequestId` (rule 5, before `X-Amzn-Trace-Id`).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        Date: 'Tue, 22 Oct 2024 08:51:25 GMT',
        'X-Amzn-Trace-Id': 'Root=1-6717678d-3ac00b3d0e09fd4b14114539',
        'x-amzn-RequestId': 'e378bf7a-c679-467a-b671-8715eff734bb',
      },
      body: {
        error_code: 1000,
        error_token: 'BadRequest',
        message: 'Cannot parse parameter id as Long: For input string: "None"',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: 'e378bf7a-c679-467a-b671-8715eff734bb' },
  },
  {
    id: 'emnify/operator-already-blacklisted-409',
    source: 'emnify REST API',
    url: 'emnify/emnify-sdk-python/tests/fixtures/cassettes/test_add_blacklist_operator_error.yaml@0c62f6d55b29c734158bc0062ba96668c0a0304e',
    note: "Last interaction of emnify's SDK cassette (recorded 26 May 2022 against api-staging.dev.emnify.io, `PUT /api/v1/endpoint/11380018/operator_blacklist/553`): status 409; body decoded from the cassette's gzipped base64. Headers trimmed to the content type, the date and the request id. Kind: 409, conflict (and `Duplicated` is a duplicate code, rule 1). Message: the sentence (rule 2). No code stated: which of `error_code` (1405) and `error_token` (`Duplicated`) is the code rule 6 leaves in doubt. logId: `x-amzn-RequestId`.",
    response: {
      status: 409,
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        Date: 'Thu, 26 May 2022 23:54:57 GMT',
        'x-amzn-RequestId': 'ec87fbac-770c-4bf0-a55e-a3d4e7e35594',
      },
      body: {
        error_code: 1405,
        error_token: 'Duplicated',
        message: "Operator with Id '553' is already blacklisted on Endpoint with Id '11380018'.",
      },
    },
    expect: {
      kind: 'conflict',
      message: "Operator with Id '553' is already blacklisted",
      logId: 'ec87fbac-770c-4bf0-a55e-a3d4e7e35594',
    },
  },
  {
    id: 'emnify/update-endpoint-service-profile-not-found-422',
    source: 'emnify REST API',
    url: 'emnify/emnify-sdk-python/tests/fixtures/cassettes/test_update_device_error_handling_service_profile.yaml@3242d6a9c2b3913970c1a1c34f691cc6a75347b6',
    note: "Fourth interaction of emnify's SDK cassette (recorded 17 October 2024 against cdn.emnify.net, `PATCH /api/v1/endpoint/11898581` with `service_profile.id: -1`): status 422 (recorded with an empty reason phrase); body decoded from the cassette's gzipped base64. Headers trimmed to the content type, the date and the request ids. Kind: 422, validation (rule 1). Fields: none; the lone item carries a code, a token and a message but no path member (rule 3), so it is form-level. Message: the envelope's \"Update endpoint validation error\" only says validation failed (generic, rule 2.1); the lone form-level sentence in `errors` beats it (rule 2.2): \"Service profile with Id '-1' not found.\" No code stated (rule 6 leaves `error_code` against `error_token` in doubt). logId: `x-amzn-RequestId`.",
    response: {
      status: 422,
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        Date: 'Thu, 17 Oct 2024 08:55:19 GMT',
        'X-Amzn-Trace-Id': 'Root=1-6710d0f6-005ac31b01fb992335a4c312',
        'x-amzn-RequestId': '08c8b472-0e39-4a5e-9892-f181d31cf00e',
      },
      body: {
        error_code: 1400,
        error_token: 'InputValidationFailed',
        message: 'Update endpoint validation error',
        errors: [
          { error_code: 1401, error_token: 'InvalidReference', message: "Service profile with Id '-1' not found." },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: "Service profile with Id '-1' not found",
      logId: '08c8b472-0e39-4a5e-9892-f181d31cf00e',
    },
  },
  {
    id: 'emnify/forbidden-entry-point-403',
    source: 'emnify REST API',
    url: 'https://cdn.emnify.net/api/doc/errors.html',
    note: 'emnify\'s "Error Handling" page: "403 status code is returned with the following JSON error:" and this body. No header shown. Kind: 403, forbidden. Message: the first sentence with its plea to contact the administrator (rule 2). No code stated (the numeric `error_code` 1104 against the token `Forbidden`, which restates the status: rule 6 leaves it in doubt). No logId.',
    response: {
      status: 403,
      body: {
        error_code: 1104,
        error_token: 'Forbidden',
        message:
          'You do not have the necessary permissions to access this entry point. Please contact your administrator.',
      },
    },
    expect: { kind: 'forbidden', message: 'You do not have the necessary permissions to access this entry point' },
  },
  {
    id: 'emnify/input-validation-failed-two-items-422',
    source: 'emnify REST API',
    url: 'https://cdn.emnify.net/api/doc/errors.html',
    note: 'The same page: "Some error codes like ValidationFailed can contain multiple error messages embedded" and this body; status 422 from the page\'s table of generic codes ("Validation 422 1400 InputValidationFailed"). No header shown. Kind: 422, validation. Fields: none; the items have no path member (rule 3: fields by structure; "User - Username …" names its record and field only in text). Message: the envelope\'s "Input validation failed" is generic (rule 2.1, as "Validation failed"), and two form-level lines make no lone sentence (rule 2.2): the default. No code stated.',
    response: {
      status: 422,
      body: {
        error_code: 1400,
        error_token: 'InputValidationFailed',
        message: 'Input validation failed',
        errors: [
          {
            error_code: 1403,
            error_token: 'InvalidFormat',
            message: 'User - Username has invalid format: expecting String.',
          },
          { error_code: 1402, error_token: 'Required', message: 'User - organisation is required.' },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── 1NCE Management API ─────────────────────────────
  {
    id: '1nce/token-invalid-illegal-base64-401',
    source: '1NCE Management API',
    url: 'PadawanBreslau/ince-api/spec/fixtures/vcr_cassettes/get_sim_wrong_token.yml@34cfb12645ad34206bef3f54774ce9802e126d63',
    note: 'A Ruby VCR cassette recorded 14 November 2021 against api.1nce.com (`GET /management-api/v1/sims/8988228066602306711` with `Bearer INVALID TOKEN`): status 401, a Spring Boot error body (YAML folded the message over two lines; rejoined with a space). Headers trimmed to the content type, the date, the CloudFront id and verdict, and the AWS request and trace ids. Kind: 401, unauthenticated. Message: "The token is invalid" is the sentence; ": Illegal base64 character 20" after it is a decoder\'s report (rule 2.3). Judgment call: a reader could call the whole line token internals and give the default; the substring holds whether the kit keeps the whole line or the part before the colon. No code (`error: "Unauthorized"` restates the status). logId: `X-Amzn-Requestid` (rule 5, first of the listed headers present; `path` at the top is the request\'s path, no field).',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json;charset=UTF-8',
        Date: 'Sun, 14 Nov 2021 19:12:43 GMT',
        'X-Amzn-Requestid': '2cab9faf-f4a3-427d-82fb-66085605d6ea',
        'X-Amzn-Trace-Id': 'Root=1-61915fab-6c30898475a8c67c540582ec',
        'X-Cache': 'Error from cloudfront',
        'X-Amz-Cf-Id': 'aSClksdCPx4N2ndF7tVJa7Eb9ar1psippy3cilJNMUhAEEWhYVGl2g==',
      },
      body: {
        timestamp: '2021-11-14T19:12:43.315+0000',
        status: 401,
        error: 'Unauthorized',
        message: 'The token is invalid: Illegal base64 character 20',
        path: '/internal-global-api/v1/sims/8988228066602306711',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The token is invalid',
      logId: '2cab9faf-f4a3-427d-82fb-66085605d6ea',
    },
  },
  {
    id: '1nce/oauth-token-incorrect-username-or-password-400',
    source: '1NCE Management API',
    url: 'PadawanBreslau/ince-api/spec/fixtures/vcr_cassettes/invalid_password.yml@34cfb12645ad34206bef3f54774ce9802e126d63',
    note: "A Ruby VCR cassette recorded 14 November 2021 against api.1nce.com (`POST /management-api/oauth/token`, client credentials with a wrong password): status 400, body as recorded. Headers trimmed to the content type, the date, the AWS request ids (the gateway's own and the remapped one) and the CloudFront id. Kind: `CognitoAuthenticationError` read without the identity provider's name and the `Error` suffix is `Authentication`, a credential code on a 400 (rule 1: Zenvia's `AUTHENTICATION_ERROR`; a failed sign-in in either word order): unauthenticated. Judgment call: a reader who does not drop \"Cognito\" (a product's name, not the API's) reads an unlisted code and keeps the 400's bad-request. Message: \"Incorrect username or password.\" (rule 2). Code: `errorCode` (rule 6). logId: `X-Amzn-Requestid` (rule 5; the remapped header is the upstream's).",
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Sun, 14 Nov 2021 18:36:00 GMT',
        'X-Amzn-Requestid': 'b22a11a9-6651-42cb-924b-441998e757cd',
        'X-Amzn-Remapped-X-Amzn-Requestid': '6f1fd67c-12fe-437b-afa2-963e3cc66d6d',
        'X-Amzn-Trace-Id': 'Root=1-6191570f-2f25b7ef0bf990ca46983fbe',
        'X-Amz-Cf-Id': 'EN8CC38VOBw3D55NzUWu-Wh7Hz9wNmPqkq2SHfjZhKofPYrTrVnK-g==',
      },
      body: { statusCode: 400, errorCode: 'CognitoAuthenticationError', message: 'Incorrect username or password.' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Incorrect username or password',
      code: 'CognitoAuthenticationError',
      logId: 'b22a11a9-6651-42cb-924b-441998e757cd',
    },
  },

  // ───────────────────────────── STN Partner API ─────────────────────────────
  {
    id: 'stn/reference-number-maximum-length-400',
    source: 'STN Partner API',
    url: 'https://developer.stn.nl/guide/error-handling.html',
    note: "STN's \"Error Handling\" guide: \"In case your are posting a message which is correctly formatted but is rejected because of an error (400) in the content of the fields you may get a response like:\" and this ServiceStack body. No header shown. Kind: a 400 with a field error (rule 1), and `MaximumLength` says the value breaks its length rule: validation. Fields: the item names `referenceNumber` in `fieldName` (rule 3; its `meta` numbers are no messages). Message: `responseStatus` is the one object of the body (rule 3); its `message` is a sentence for the person and is kept, though it repeats the field's. Judgment call: the other reading gives the default (rule 2.4, only the field's message). Code: `MaximumLength` (rule 6, the item's and the envelope's alike).",
    response: {
      status: 400,
      body: {
        responseStatus: {
          errorCode: 'MaximumLength',
          message: "The length of 'reference Number' must be 15 characters or fewer. You entered 26 characters.",
          errors: [
            {
              errorCode: 'MaximumLength',
              fieldName: 'referenceNumber',
              message: "The length of 'reference Number' must be 15 characters or fewer. You entered 26 characters.",
              meta: {
                MinLength: '0',
                MaxLength: '15',
                TotalLength: '26',
                PropertyName: 'reference Number',
                PropertyValue: 'Regular Error Notification',
              },
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: "The length of 'reference Number' must be 15 characters or fewer",
      fields: [['referenceNumber', 'must be 15 characters or fewer']],
      code: 'MaximumLength',
    },
  },
  {
    id: 'stn/email-required-when-activating-esim-400',
    source: 'STN Partner API',
    url: 'https://developer.stn.nl/guide/error-handling.html',
    note: 'The same guide, right after the 400 above: "Or for example when required fields are missing:" and this body; status 400 from that paragraph (the example continues the 400 it opens, and `errorCode: "BadRequest"` names the same status). No header shown. Kind: a 400 without field errors (the `errors` list is empty) and with a code that restates the status: bad-request (text never decides, rule 1). Message: a sentence that says when the email address is required (rule 2); judgment call, a reader could take it for a line that names only which input is missing (rule 2.1) and give the default. No code (`BadRequest` restates the status).',
    response: {
      status: 400,
      body: {
        responseStatus: {
          errorCode: 'BadRequest',
          message: 'Email address is required when activating an eSim',
          errors: [],
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Email address is required when activating an eSim' },
  },
  {
    id: 'stn/serialization-exception-missing-activation-id-400',
    source: 'STN Partner API',
    url: 'https://developer.stn.nl/guide/error-handling.html',
    note: 'The same guide, third example under the same paragraph; status 400 as the two before it (the guide\'s list of "Possible Error levels" names 400 for invalid query parameters and its examples for bodies). No header shown. Kind: `SerializationException` names the request body\'s encoding, a bad-request code (rule 1: "a code that says the request as a whole, its body or its encoding is invalid"), and the status is 400 either way. Message: a deserializer\'s report with qualified type names (rule 2.3: a body the server could not parse, type names): the default. Code: `SerializationException` (rule 6, the explicit code member).',
    response: {
      status: 400,
      body: {
        responseStatus: {
          errorCode: 'SerializationException',
          message:
            "Could not deserialize 'application/json' request using STNPartnerAPIServiceStack.ServiceModel.CancelTerminateSubscription'\nError: JSON deserialization for type 'STNPartnerAPIServiceStack.ServiceModel.CancelTerminateSubscription' was missing required properties, including the following: activationId",
          errors: [],
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'SerializationException' },
  },

  // ───────────────────────────── Yoni Tech eSIM API ─────────────────────────────
  {
    id: 'yoni-tech/unauthorized-401',
    source: 'Yoni Tech eSIM API',
    url: 'https://docs-yoni-tech.readme.io/reference/esim_errors',
    note: 'Yoni Tech\'s "Errors" page, "Authentication": "Otherwise, it indicates that something goes wrong with an HTTP status code of 4xx or 5xx … here is an example of the response body for errors:" and this body; status 401 from the body\'s own `code`. No header shown. Kind: 401, unauthenticated. Message: `msg` "Unauthorized" is the 401\'s reason phrase (rule 2.1): the default. No code: `code: 401` restates the status. `success: false` beside `error: true` holds no `data`.',
    response: { status: 401, body: { code: 401, error: true, msg: 'Unauthorized', success: false } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Monogoto API ─────────────────────────────
  {
    id: 'monogoto/field-username-required-400',
    source: 'Monogoto API',
    url: 'https://developer.monogoto.io/references/guides/errors',
    note: 'Monogoto\'s "Error Reference", "400 Bad Request", Example. No header shown. Kind: a 400 without field errors or a code (the field is named only in text; `status_code` mirrors the status): bad-request (rule 1, text never decides). Message: "Field \'username\' is required" names only which input is missing, generic under rule 2.1 ("Missing required parameter: templateId"): the default. Judgment call: a reader could keep it as the only sentence. logId: `request_id` ("always include this when contacting support"; rule 5).',
    response: {
      status: 400,
      body: {
        status_code: 400,
        message: "Field 'username' is required",
        request_id: 'b3c4d5e6-f7a8-9012-bcde-f12345678901',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: 'b3c4d5e6-f7a8-9012-bcde-f12345678901' },
  },
  {
    id: 'monogoto/token-expired-or-invalid-401',
    source: 'Monogoto API',
    url: 'https://developer.monogoto.io/references/guides/errors',
    note: 'The same page, "401 Unauthorized", Example. No header shown. Kind: 401, unauthenticated. Message: "Token has expired or is invalid" says what is wrong with the credential; kept, as the corpus keeps "Invalid token" and "Token has expired" lines (rule 2). logId: `request_id` (rule 5).',
    response: {
      status: 401,
      body: {
        status_code: 401,
        message: 'Token has expired or is invalid',
        request_id: 'c4d5e6f7-a8b9-0123-cdef-012345678902',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Token has expired or is invalid',
      logId: 'c4d5e6f7-a8b9-0123-cdef-012345678902',
    },
  },

  // ───────────────────────────── eSIMTrade reseller API ─────────────────────────────
  {
    id: 'esimtrade/api-rate-limit-exceeded-429',
    source: 'eSIMTrade Reseller API',
    url: 'https://api.esimtrade.com/docs/errors-and-status-codes',
    note: 'eSIMTrade\'s "Errors and Status Codes" page prints this body as its "Example error response" under its status table; status 429 from the table\'s row for that error ("429 | Too Many Requests | Per-key rate limit exceeded"). No header shown. Kind: 429, rate-limited. Message: "API rate limit exceeded" says which limit was exceeded; kept as a sentence (judgment call: a reader could read it as a reworded "Too Many Requests" and give the default). Retry: none (no header, no hint). No code.',
    response: { status: 429, body: { error: 'API rate limit exceeded' } },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded' },
  },

  // ───────────────────────────── Soracom API ─────────────────────────────
  {
    id: 'soracom/agw0005-internal-error-text-plain-500',
    source: 'Soracom API',
    url: 'soracom/soracom-sdk-swift/Tests/Request+CredentialsTests.swift',
    note: 'A Soracom SDK author (the file is "Copyright © 2016 Soracom, Inc.") pasted the response his SDK printed for `GET https://api-sandbox.soracom.io/v1/credentials` into the test\'s comment: "HTTP status: 500", headers `Content-Type: text/plain; charset=utf-8` and `Date`, and the data as UTF-8. The index gave the file without its commit (it holds several versions). Content-Length and Connection left out. The body is copied as the text it was sent as. Kind: 500, server. Message: a 5xx body sent as plain text is the default (rule 2.6); read as JSON, "Internal error" is generic too (rule 2.1). No code stated: whether a JSON object sent as text/plain carries its `code` (`AGW0005`, the API gateway\'s) is a judgment no rule settles.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', Date: 'Wed, 23 Mar 2016 05:11:43 GMT' },
      body: '{"code":"AGW0005", "message":"Internal error"}',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── KORE Wireless API ─────────────────────────────
  {
    id: 'kore-wireless/super-sim-registration-failed-400',
    source: 'KORE Wireless API',
    url: 'https://docs.korewireless.com/developers/api-management/api-responses',
    note: 'KORE\'s "API Responses", "Errors": "If there is an error, unless otherwise specified, KORE will respond with the following properties" and this example; status 400 from the body\'s own `status` ("HTTP Status Code"). The page prints `more_info` with JSON-escaped slashes (`https:\\/\\/…`), which parse to the URL copied here. No header shown. Kind: a 400 without fields; the numeric code names no kind (text never decides, rule 1, "Internal Error" in it included): bad-request. Message: the sentence names what failed (Super SIM registration) and why (rule 2). Code: `code` 83000, "KORE\'s own error codes" documented in its error dictionary (rule 6; a numeric code is a string).',
    response: {
      status: 400,
      body: {
        status: 400,
        message: 'Super SIM registration failed due to Internal Error',
        code: 83000,
        more_info: 'https://docs.korewireless.com/errors/83000',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Super SIM registration failed due to Internal Error',
      code: '83000',
    },
  },
] satisfies ConformanceCase[];
