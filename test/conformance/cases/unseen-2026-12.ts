import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout (December 2026): real error responses from public sources that no other case file
// uses, collected to measure how the reader does on APIs it was never tuned on. Every body and header was
// copied from the public material named in `url` (vendor SDK tests and recorded cassettes, framework test
// suites, official docs); trims and any filled-in status are said in `note`. Every `expect` was written
// from the source and test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader: 32/66 (kind 56, message 55, fields 58, retry 64, logId 8/13,
// code 13/20). The conventions it showed are now rules (README, "Rule changes") and read by structure; the
// cases that still fail, and why, are listed in test/core/conventions.test.ts. These are no longer unseen.

export default [
  // ───────────────────────────── Meilisearch ─────────────────────────────
  {
    id: 'meilisearch/index-not-found',
    source: 'Meilisearch',
    url: 'meilisearch/meilisearch/crates/meilisearch/tests/search/errors.rs@854641ef494a23dc89f81b9a5d499bc97822bbd4',
    note: "search_unexisting_index: the engine's own test asserts this exact body with status 404.",
    response: {
      status: 404,
      body: {
        message: 'Index `DOES_NOT_EXISTS` not found.',
        code: 'index_not_found',
        type: 'invalid_request',
        link: 'https://docs.meilisearch.com/errors#index_not_found',
      },
    },
    expect: { kind: 'not-found', message: 'Index `DOES_NOT_EXISTS` not found', code: 'index_not_found' },
  },
  {
    id: 'meilisearch/invalid-search-offset',
    source: 'Meilisearch',
    url: 'meilisearch/meilisearch/crates/meilisearch/tests/search/errors.rs@854641ef494a23dc89f81b9a5d499bc97822bbd4',
    note: 'search_bad_offset (GET ?offset=doggo), insta snapshot "400 Bad Request". The code says the `offset` input\'s value is invalid, which rule 1 counts as a validation code (like `invalid_value`); the parameter is named only inside the sentence, so there is no field error.',
    response: {
      status: 400,
      body: {
        message: 'Invalid value in parameter `offset`: could not parse `doggo` as a positive integer',
        code: 'invalid_search_offset',
        type: 'invalid_request',
        link: 'https://docs.meilisearch.com/errors#invalid_search_offset',
      },
    },
    expect: {
      kind: 'validation',
      message: 'could not parse `doggo` as a positive integer',
      code: 'invalid_search_offset',
    },
  },
  {
    id: 'meilisearch/missing-authorization-header',
    source: 'Meilisearch',
    url: 'meilisearch/specifications/text/0061-error-format-and-definitions.md@0032cafee329ff5c885222eba7e05c999af0d821',
    note: 'The specification\'s "401 Unauthorized Response example".',
    response: {
      status: 401,
      body: {
        message: 'The Authorization header is missing. It must use the bearer authorization method.',
        code: 'missing_authorization_header',
        type: 'auth',
        link: 'https://docs.meilisearch.com/errors#missing_authorization_header',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The Authorization header is missing',
      code: 'missing_authorization_header',
    },
  },

  // ───────────────────────────── FusionAuth ─────────────────────────────
  {
    id: 'fusionauth/create-user-field-errors',
    source: 'FusionAuth',
    url: 'leo-technologies-llc/fusion_auth/test/fusion_auth/users_test.exs@6a97fbb3467e9f9614d68558a15ab3266092cbe4',
    note: "The Elixir client's mock of POST /api/user with an empty body (400), in the shape FusionAuth documents at https://fusionauth.io/docs/apis/errors. `fieldErrors` is a map of path to lists of { code, message } items: each message is bound to its key. No sentence outside the fields, so the message is the default.",
    response: {
      status: 400,
      body: {
        fieldErrors: {
          'user.email': [
            {
              code: '[blank]user.email',
              message:
                'You must specify either the [user.email] or [user.username] property. If you are emailing the user you must specify the [user.email].',
            },
          ],
          'user.password': [
            { code: '[blank]user.password', message: 'You must specify the [user.password] property.' },
          ],
          'user.username': [
            {
              code: '[blank]user.username',
              message:
                'You must specify either the [user.email] or [user.username] property. If you are emailing the user you must specify the [user.email].',
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['user.email', 'You must specify either the [user.email]'],
        ['user.password', 'You must specify the [user.password] property'],
        ['user.username', 'You must specify either the [user.email]'],
      ],
    },
  },

  // ───────────────────────────── Asana ─────────────────────────────
  {
    id: 'asana/not-authorized-401',
    source: 'Asana',
    url: 'https://developers.asana.com/docs/errors',
    note: 'Example "Missing authorization header" (HTTP/1.1 401 Not Authorized). "Not Authorized" is the status line\'s reason phrase repeated, so it is not a sentence (rule 2.1) and the message is the default. Judgment call: it could be read as a two-word sentence.',
    response: { status: 401, body: { errors: [{ message: 'Not Authorized' }] } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'asana/missing-input-400',
    source: 'Asana',
    url: 'https://developers.asana.com/docs/errors',
    note: 'Example "Bad request parameters" (GET /tasks without workspace). The parameter is named only as a prefix of the sentence, not in a member; Asana is not a format the rules know to name fields this way (as they do for class-validator), so there is no field error and a lone message makes a 400 bad-request.',
    response: { status: 400, body: { errors: [{ message: 'workspace: Missing input' }] } },
    expect: { kind: 'bad-request', message: 'workspace: Missing input' },
  },
  {
    id: 'asana/server-error-phrase',
    source: 'Asana',
    url: 'https://developers.asana.com/docs/errors',
    note: 'Example "Asana had a problem". "Server Error" is a generic summary, so the message is the default. `phrase` is, per Asana, "a unique error phrase which can be used when contacting developer support": the id a person quotes to support (rule 5), under a member name the rule does not list.',
    response: {
      status: 500,
      body: { errors: [{ message: 'Server Error', phrase: '6 sad squid snuggle softly' }] },
    },
    expect: { kind: 'server', message: DEFAULT, logId: '6 sad squid snuggle softly' },
  },

  // ───────────────────────────── Chargebee ─────────────────────────────
  {
    id: 'chargebee/plan-not-present-404',
    source: 'Chargebee',
    url: 'https://apidocs.chargebee.com/docs/api/error-handling?prod_cat_ver=2',
    note: 'Sample error for Create a subscription with an invalid plan (404). The docs\' JSON lacks a comma after "type"; it was added. `api_error_code` is the specific code Chargebee documents for programs ("A more specific code allowing you to handle the specific errors"), over the `type` category. The error object names its one parameter in `param`, so its message is that field\'s error (rule 3); a 404 stays not-found.',
    response: {
      status: 404,
      body: {
        message: 'Plan is not present',
        type: 'invalid_request',
        api_error_code: 'resource_not_found',
        param: 'item_id',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Plan is not present',
      fields: [['item_id', 'Plan is not present']],
      code: 'resource_not_found',
    },
  },
  {
    id: 'chargebee/payment-processing-failed-400',
    source: 'Chargebee',
    url: 'https://apidocs.chargebee.com/docs/api/error-handling?lang=java',
    note: 'Sample error response 2: a gateway decline on Create a subscription (400). No field, no validation code: bad-request.',
    response: {
      status: 400,
      body: {
        message:
          'Subscription cannot be created as we are not able to collect EUR 10,00 from your card on file. Error message: (card_declined) Your card was declined.',
        type: 'payment',
        api_error_code: 'payment_processing_failed',
        error_cause_id: 'gateway.general.decline',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Subscription cannot be created as we are not able to collect',
      code: 'payment_processing_failed',
    },
  },

  // ───────────────────────────── Contentful ─────────────────────────────
  {
    id: 'contentful/rate-limit-exceeded-cassette',
    source: 'Contentful',
    url: 'contentful/contentful-management.rb/spec/fixtures/vcr_cassettes/entry/too_many_requests.yml@38f842aa48860c58522393d738efdb39676f591e',
    note: 'VCR recording of PUT /entries/:id/published (Dec 2014). Trimmed: Access-Control-* headers. This recording has no rate-limit header and no request id; the body repeats the sentence as a form-level item in details.errors (no path).',
    response: {
      status: 429,
      headers: {
        'Content-Type': 'application/vnd.contentful.management.v1+json',
        Date: 'Thu, 18 Dec 2014 12:21:27 GMT',
        Server: 'nginx',
        'X-Powered-By': 'Express',
      },
      body: {
        sys: { type: 'Error', id: 'RateLimitExceeded' },
        message:
          'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.',
        details: {
          errors: [
            {
              details:
                'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.',
            },
          ],
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'You have exceeded the rate limit of the Organization' },
  },
  {
    id: 'contentful/rate-limit-reset-header',
    source: 'Contentful',
    url: 'contentful/contentful.php/tests/Unit/Exception/RateLimitExceededExceptionTest.php@f7ecd4848e12fefb22899fc2d61ffd51b3363fd0',
    note: 'The official PHP SDK\'s test response (CDA). X-Contentful-RateLimit-Reset is a vendor-prefixed reset header (rule 4.2): 2727 is not an epoch near now, so it is a delta in seconds. The body\'s requestId beats the X-Contentful-Request-Id header (rule 5). Contentful documents `sys.id` as "the exact error code", so it is the code.',
    response: {
      status: 429,
      headers: {
        'X-Contentful-Request-Id': 'db2d795acb78e0592af00759986c744b',
        'X-Contentful-RateLimit-Reset': '2727',
      },
      body: {
        sys: { type: 'Error', id: 'RateLimitExceeded' },
        message:
          'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.',
        requestId: '4d0274fb176b51ae43a64b98639a3090',
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded the rate limit',
      retry: 2727,
      logId: '4d0274fb176b51ae43a64b98639a3090',
      code: 'RateLimitExceeded',
    },
  },
  {
    id: 'contentful/invalid-query-unknown-path',
    source: 'Contentful',
    url: 'contentful/contentful.php/tests/Unit/Exception/InvalidQueryExceptionTest.php@3c708e239768c65a873c9e3e4ba565880a77be76',
    note: 'GET /entries?name=0 on the CDA (400 Bad Request). details.errors is a list of items with a message-like `details` and a path-like `path` (["name"]); the item\'s `name` ("unknown") is the rule name, not the path. A 400 carrying a field error is validation.',
    response: {
      status: 400,
      headers: { 'X-Contentful-Request-Id': '18e21420a62b690effa8f80c8b8766b0' },
      body: {
        sys: { type: 'Error', id: 'InvalidQuery' },
        message:
          'The query you sent was invalid. Probably a filter or ordering specification is not applicable to the type of a field.',
        details: { errors: [{ name: 'unknown', path: ['name'], details: 'The path "name" is not recognized' }] },
        requestId: '18e21420a62b690effa8f80c8b8766b0',
      },
    },
    expect: {
      kind: 'validation',
      message: 'The query you sent was invalid',
      fields: [['name', 'is not recognized']],
      logId: '18e21420a62b690effa8f80c8b8766b0',
    },
  },
  {
    id: 'contentful/entry-not-found',
    source: 'Contentful',
    url: 'contentful/contentful.php/tests/Unit/Exception/NotFoundExceptionTest.php@6a28cabbd42c9e6995aa50d576bdf58fa1093694',
    note: 'GET /entries/not-existing on the CDA (404). `details` describes the missing resource ({ type, id, space }): identifiers, not messages about inputs, so no field error.',
    response: {
      status: 404,
      headers: { 'X-Contentful-Request-Id': 'db2d795acb78e0592af00759986c744b' },
      body: {
        sys: { type: 'Error', id: 'NotFound' },
        message: 'The resource could not be found.',
        details: { type: 'Entry', id: 'not-existing', space: 'cfexampleapi' },
        requestId: 'db2d795acb78e0592af00759986c744b',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The resource could not be found',
      logId: 'db2d795acb78e0592af00759986c744b',
      code: 'NotFound',
    },
  },

  // ───────────────────────────── Algolia ─────────────────────────────
  {
    id: 'algolia/invalid-credentials-403',
    source: 'Algolia',
    url: 'algolia/api-clients-automation/tests/output/java/src/test/java/com/algolia/client/Search.test.java@4c03a34111d21a7cd77eebb91a77a8cc0147a710',
    note: 'The generated Java client\'s e2e test against the live API with a wrong key asserts "Status Code: 403 - {...}". A bad key on 403 without a credential code stays forbidden (rule 1 reads credential problems from codes, not from sentences).',
    response: {
      status: 403,
      body: { message: 'Invalid Application-ID or API key', status: 403 },
    },
    expect: { kind: 'forbidden', message: 'Invalid Application-ID or API key' },
  },
  // ───────────────────────────── Elasticsearch ─────────────────────────────
  {
    id: 'elasticsearch/index-not-found',
    source: 'Elasticsearch',
    url: 'https://git2.tavasi.ir/public/elastic_tutorial/raw/commit/7489a1dc0a13f6760c6e43329f9b643bfc20d255/The%20Elasticsearch%20Documentation/results-fa.md',
    note: 'Captured output of DELETE /Index (a misspelled index) in a tutorial that records real responses. `reason` is a sentence written for the caller; `type` is an exception-style code, so it is not the message. The root_cause item has no path-like member (`index` names the resource), so no field error.',
    response: {
      status: 404,
      body: {
        error: {
          root_cause: [
            {
              type: 'index_not_found_exception',
              reason: 'no such index [firsftindex]',
              'resource.type': 'index_or_alias',
              'resource.id': 'firsftindex',
              index_uuid: '_na_',
              index: 'firsftindex',
            },
          ],
          type: 'index_not_found_exception',
          reason: 'no such index [firsftindex]',
          'resource.type': 'index_or_alias',
          'resource.id': 'firsftindex',
          index_uuid: '_na_',
          index: 'firsftindex',
        },
        status: 404,
      },
    },
    expect: { kind: 'not-found', message: 'no such index [firsftindex]' },
  },
  {
    id: 'elasticsearch/resource-already-exists-400',
    source: 'Elasticsearch',
    url: 'https://git2.tavasi.ir/public/elastic_tutorial/raw/commit/7489a1dc0a13f6760c6e43329f9b643bfc20d255/The%20Elasticsearch%20Documentation/results-fa.md',
    note: 'Captured output of PUT /firstindex twice. `resource_already_exists_exception` read without separators and its Exception suffix is an "already exists" code, which makes a 400 a conflict (rule 1).',
    response: {
      status: 400,
      body: {
        error: {
          root_cause: [
            {
              type: 'resource_already_exists_exception',
              reason: 'index [firstindex/mctRe4VYTs28SWLGZ4hEiQ] already exists',
              index_uuid: 'mctRe4VYTs28SWLGZ4hEiQ',
              index: 'firstindex',
            },
          ],
          type: 'resource_already_exists_exception',
          reason: 'index [firstindex/mctRe4VYTs28SWLGZ4hEiQ] already exists',
          index_uuid: 'mctRe4VYTs28SWLGZ4hEiQ',
          index: 'firstindex',
        },
        status: 400,
      },
    },
    expect: { kind: 'conflict', message: 'already exists' },
  },

  // ───────────────────────────── monday.com ─────────────────────────────
  {
    id: 'monday/user-unauthorized-graphql-200',
    source: 'monday.com',
    url: 'https://developer.monday.com/api-reference/docs/errors',
    note: 'The documented application-level error (API 2025-01): HTTP 200, GraphQL `errors`, `extensions.status_code` 403. `UserUnauthorizedException` is not in rule 1\'s lists; the body\'s own status (403) and the sentence say the action is not permitted, so forbidden is expected. Rule gap: the rules do not say whether a status inside the body counts. `path: ["me"]` points into the response, never a field.',
    response: {
      status: 200,
      body: {
        data: [],
        errors: [
          {
            message: 'User unauthorized to perform action',
            locations: [{ line: 2, column: 3 }],
            path: ['me'],
            extensions: { code: 'UserUnauthorizedException', error_data: {}, status_code: 403 },
          },
        ],
        account_id: 123456,
      },
    },
    expect: { kind: 'forbidden', message: 'User unauthorized to perform action', code: 'UserUnauthorizedException' },
  },
  {
    id: 'monday/field-limit-exceeded-retry-in-seconds',
    source: 'monday.com',
    url: 'https://developer.monday.com/api-reference/changelog',
    note: 'Changelog entry "new descriptive FIELD_LIMIT_EXCEEDED error": status_code 429 in the body, so 429 is the status. The wait is `error_data.retry_in_seconds` (rule 4.3: a retry hint in what the error object holds, seconds as the name says). The docs say a Retry-After header is sent too; the example shows none, so none is added.',
    response: {
      status: 429,
      body: {
        error_message: 'Concurrency limit exceeded for the field',
        error_code: 'FIELD_LIMIT_EXCEEDED',
        error_data: { retry_in_seconds: 15, entity: 'boards' },
        status_code: 429,
        account_id: 123456,
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Concurrency limit exceeded for the field',
      retry: 15,
      code: 'FIELD_LIMIT_EXCEEDED',
    },
  },
  {
    id: 'monday/json-parse-exception-400',
    source: 'monday.com',
    url: 'https://developer.monday.com/api-reference/changelog',
    note: 'Changelog entry "new descriptive JsonParseException error". "Syntax error in JSON input" is a plain sentence, not parser internals (no token, position or type). `error_data.json` echoes the input (truncated in the docs with "..."), not a message about a field.',
    response: {
      status: 400,
      body: {
        error_message: 'Syntax error in JSON input',
        error_code: 'JsonParseException',
        error_data: { json: '{"columnId...' },
        status_code: 400,
        account_id: 123456,
      },
    },
    expect: { kind: 'bad-request', message: 'Syntax error in JSON input', code: 'JsonParseException' },
  },

  // ───────────────────────────── Vonage ─────────────────────────────
  {
    id: 'vonage/malformed-json-400',
    source: 'Vonage',
    url: 'https://developer.vonage.com/en/api-standards/http-codes/4xx?source=api-standards',
    note: "The API standards' example 400. `detail` beats `title`; the type URI is the only code.",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://developer.vonage.com/api-errors#invalid-json',
        title: 'Malformed JSON',
        detail: 'Malformed JSON payload.',
        instance: 'f94b4e56604e07e5e5ad5a7228618f81',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Malformed JSON payload',
      code: 'https://developer.vonage.com/api-errors#invalid-json',
    },
  },
  {
    id: 'vonage/invalid-credentials-401',
    source: 'Vonage',
    url: 'https://developer.vonage.com/en/api-standards/http-codes/4xx?source=api-standards',
    note: 'The API standards\' example 401. Vonage fills `instance` with the request\'s trace id (https://developer.vonage.com/en/api-errors shows `"instance": "<trace_id>"`), so it is the id a person quotes to support (rule 5, a member name the rule does not list). Judgment call: RFC 9457 defines `instance` as a URI reference for the occurrence.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://developer.vonage.com/api-errors#unauthorized',
        title: 'Invalid credentials supplied',
        detail: 'You did not provide correct credentials.',
        instance: '797a8f199c45014ab7b08bfe9cc1c12c',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'You did not provide correct credentials',
      logId: '797a8f199c45014ab7b08bfe9cc1c12c',
    },
  },
  {
    id: 'vonage/maximum-secrets-403',
    source: 'Vonage',
    url: 'https://developer.vonage.com/en/api-standards/http-codes/4xx?source=api-standards',
    note: 'The API standards\' example 403 (title misspelling "Maxmimum" kept).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://developer.vonage.com/api-errors/account/secret-management#maximum-secrets-allowed',
        title: 'Maxmimum number of secrets already met',
        detail: "This account has reached maximum number of '2' allowed secrets",
        instance: '797a8f199c45014ab7b08bfe9cc1c12c',
      },
    },
    expect: {
      kind: 'forbidden',
      message: "reached maximum number of '2' allowed secrets",
      code: 'https://developer.vonage.com/api-errors/account/secret-management#maximum-secrets-allowed',
    },
  },
  {
    id: 'vonage/invalid-api-key-404',
    source: 'Vonage',
    url: 'https://developer.vonage.com/en/api-standards/http-codes/4xx?source=api-standards',
    note: "The API standards' example 404 (Vonage answers 404 rather than 403 so as not to leak that a resource exists). A 404 stays not-found.",
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://developer.vonage.com/api-errors#invalid-api-key',
        title: 'Invalid API Key',
        detail: "API key 'ABC123' does not exist, or you do not have access",
        instance: '797a8f199c45014ab7b08bfe9cc1c12c',
      },
    },
    expect: { kind: 'not-found', message: "API key 'ABC123' does not exist" },
  },

  // ───────────────────────────── Deepgram ─────────────────────────────
  {
    id: 'deepgram/invalid-auth-401',
    source: 'Deepgram',
    url: 'https://developers.deepgram.com/reference/errors',
    note: '"401 Incorrect API key". The docs print the request id as the placeholder "uuid"; kept as printed. `err_code` is Deepgram\'s machine code and `err_msg` its sentence (member names the rules do not list).',
    response: { status: 401, body: { err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.', request_id: 'uuid' } },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials', logId: 'uuid', code: 'INVALID_AUTH' },
  },
  {
    id: 'deepgram/invalid-json-400',
    source: 'Deepgram',
    url: 'https://developers.deepgram.com/reference/errors',
    note: '"400 Invalid JSON submitted", first example. `details` is the deserializer\'s text (rule 2.3: parser internals go to details); `message` is the sentence. `category` is not stated as the code (the rules do not name it).',
    response: {
      status: 400,
      body: {
        category: 'INVALID_JSON',
        message: 'Invalid JSON submitted.',
        details: 'Json deserialize error: missing field `xxx` at line 7 column 1',
        request_id: 'uuid',
      },
    },
    expect: { kind: 'bad-request', message: 'Invalid JSON submitted', logId: 'uuid' },
  },
  {
    id: 'deepgram/project-not-found-404',
    source: 'Deepgram',
    url: 'https://developers.deepgram.com/reference/errors',
    note: '"404 Project not found".',
    response: { status: 404, body: { err_code: 'PROJECT_NOT_FOUND', err_msg: 'Project not found.' } },
    expect: { kind: 'not-found', message: 'Project not found', code: 'PROJECT_NOT_FOUND' },
  },
  {
    id: 'deepgram/corrupt-audio-400',
    source: 'Deepgram',
    url: 'https://developers.deepgram.com/reference/errors',
    note: '"400 Unknown request body format". `err_code` holds the reason phrase, not a code; the sentence after "Bad Request: " is the message.',
    response: {
      status: 400,
      body: {
        err_code: 'Bad Request',
        err_msg: 'Bad Request: failed to process audio: corrupt or unsupported data',
        request_id: 'uuid',
      },
    },
    expect: { kind: 'bad-request', message: 'failed to process audio: corrupt or unsupported data', logId: 'uuid' },
  },

  // ───────────────────────────── FastEndpoints ─────────────────────────────
  {
    id: 'fastendpoints/validation-failure-400',
    source: 'FastEndpoints',
    url: 'https://fast-endpoints.com/docs/validation',
    note: 'The docs\' automatic 400 for a FluentValidation failure (older docs: PascalCase members, "occured" misspelled as printed). The page extraction dropped the braces; they were put back, nothing else changed. "One or more errors occured!" is a generic summary (rule 2.1), so the message is the default; `Errors` is a map of field to lists of messages.',
    response: {
      status: 400,
      body: {
        StatusCode: 400,
        Message: 'One or more errors occured!',
        Errors: {
          FullName: ['your name is required!', 'your name is too short!'],
          Age: ['we need your age!', 'you are not legal yet!'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['FullName', 'your name is required'],
        ['FullName', 'your name is too short'],
        ['Age', 'we need your age'],
        ['Age', 'you are not legal yet'],
      ],
    },
  },

  // ───────────────────────────── Litestar ─────────────────────────────
  {
    id: 'litestar/validation-failed-extra',
    source: 'Litestar',
    url: 'litestar-org/litestar/tests/unit/test_datastructures/test_secret_values.py@803e39d58a8ea38707f794a8085ea77e894c3c0e',
    note: 'test_decode_secret_string_on_model_client_error: POST {"secret": 123}. `extra` is a list of { message, key, source } items: `key` names the field. "Validation failed for POST /" is a generic summary naming the route, so the message is the default.',
    response: {
      status: 400,
      body: {
        status_code: 400,
        detail: 'Validation failed for POST /',
        extra: [{ message: "Unsupported type: <class 'int'>", key: 'secret', source: 'body' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['secret', 'Unsupported type']] },
  },

  // ───────────────────────────── PagerTree ─────────────────────────────
  {
    id: 'pagertree/errors-list-422',
    source: 'PagerTree',
    url: 'https://pagertree.com/docs/api/errors',
    note: 'The documented errors body ("Handling Errors"); the trailing comma after the item in the docs was removed. The item has no path, so it is a form-level message, and it is the only sentence.',
    response: { status: 422, body: { errors: [{ message: "title can't be blank" }], code: 422 } },
    expect: { kind: 'validation', message: "title can't be blank" },
  },

  // ───────────────────────────── PagerDuty ─────────────────────────────
  {
    id: 'pagerduty/invalid-input-provided',
    source: 'PagerDuty',
    url: 'wpfleger96/pagerduty-mcp-server/tests/unit/test_teams_unit.py@90c7fa33b5c314b5355c4ff3b87897c4ac03c993',
    note: 'The MCP server\'s test body for a rejected team id (the same envelope appears in IBM\'s resilient-community-apps fn_pagerduty callbacks). The test does not carry the status: 400, which PagerDuty sends with code 2001, was filled in. "Invalid Input Provided" is a generic summary ("Invalid input"); the item sentence is the message. One item is not a list of several messages, so a 400 stays bad-request.',
    response: {
      status: 400,
      body: { error: { message: 'Invalid Input Provided', code: 2001, errors: ['Invalid team ID format'] } },
    },
    expect: { kind: 'bad-request', message: 'Invalid team ID format', code: '2001' },
  },

  // ───────────────────────────── MessageBird ─────────────────────────────
  {
    id: 'messagebird/unprocessable-message-422',
    source: 'MessageBird',
    url: 'SURFnet/messagebird-api-client-bundle/docs/api/post-unprocessable-message.txt@231da75264dca116605e2574013e1d08109944ce',
    note: 'HTTPie capture of POST /messages against rest.messagebird.com (Sep 2014). Trimmed: Access-Control-* headers. Items carry `description` and `parameter`: field errors. No sentence outside the fields, so the message is the default.',
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'no-cache, must-revalidate',
        'Content-Type': 'application/json',
        Date: 'Mon, 15 Sep 2014 12:32:08 GMT',
        Server: 'Apache',
        'X-Powered-By': 'PHP/5.5.12-1~dotdeb.1',
      },
      body: {
        errors: [
          { code: 9, description: 'no (correct) recipients found', parameter: 'recipient' },
          { code: 10, description: 'originator is invalid', parameter: 'originator' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['recipient', 'no (correct) recipients found'],
        ['originator', 'originator is invalid'],
      ],
    },
  },
  {
    id: 'messagebird/invalid-access-key-401',
    source: 'MessageBird',
    url: 'SURFnet/messagebird-api-client-bundle/docs/api/post-invalid-api-access.txt@eb878245cdb9c923ce699059f893aa362cf5911e',
    note: 'HTTPie capture with an invalid AccessKey (Sep 2014), status line "401 Authorization Required". Trimmed: Access-Control-* headers. Every item names its parameter, so all three are field errors (the credential one too) and the 401 message is the default.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Mon, 15 Sep 2014 14:16:13 GMT',
        Server: 'Apache',
        'WWW-Authenticate': 'Basic realm="MessageBird API authentication"',
      },
      body: {
        errors: [
          { code: 2, description: 'Request not allowed (incorrect access_key)', parameter: 'access_key' },
          { code: 9, description: 'no (correct) recipients found', parameter: 'recipient' },
          { code: 10, description: 'originator is invalid', parameter: 'originator' },
        ],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [
        ['access_key', 'incorrect access_key'],
        ['recipient', 'no (correct) recipients found'],
        ['originator', 'originator is invalid'],
      ],
    },
  },
  {
    id: 'messagebird/message-not-found-404',
    source: 'MessageBird',
    url: 'SURFnet/messagebird-api-client-bundle/src/Surfnet/MessageBirdApiClient/Tests/Messaging/fixtures/other-4xx-404.txt@eb878245cdb9c923ce699059f893aa362cf5911e',
    note: 'Recorded 404 used as a test fixture. Trimmed: Access-Control-* headers. `parameter: null`: a form-level item, and its sentence is the message.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json', Date: 'Mon, 15 Sep 2014 15:24:41 GMT', Server: 'Apache' },
      body: { errors: [{ code: 20, description: 'message not found', parameter: null }] },
    },
    expect: { kind: 'not-found', message: 'message not found' },
  },
  // ───────────────────────────── EasyPost ─────────────────────────────
  {
    id: 'easypost/parameter-required-422',
    source: 'EasyPost',
    url: 'EasyPost/easypost-python/tests/cassettes/test_error.yaml@03f13c3264ae44ed3ee23fbd3ac81f236617506d',
    note: "VCR recording of POST /v2/shipments with an empty shipment. Trimmed: security headers (HSTS, X-Frame-Options, …) and x-proxied/x-node. \"Missing required parameter.\" is a sentence about the occurrence, not in rule 2.1's generic list. x-ep-request-uuid is EasyPost's request id; rule 5's header list does not name it, its principle (the id a person quotes to support) does: stated, and a doubtful case if the list is read as closed.",
    response: {
      status: 422,
      headers: {
        'cache-control': 'private, no-cache, no-store',
        'content-type': 'application/json; charset=utf-8',
        'x-backend': 'easypost',
        'x-ep-request-uuid': 'ae35d0b865666398e78a9788003e6bcc',
        'x-runtime': '0.037568',
        'x-version-label': 'easypost-202311250013-a0f06fbc2c-master',
      },
      body: {
        error: {
          code: 'PARAMETER.REQUIRED',
          message: 'Missing required parameter.',
          errors: [{ field: 'shipment', message: 'cannot be blank' }],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Missing required parameter',
      fields: [['shipment', 'cannot be blank']],
      logId: 'ae35d0b865666398e78a9788003e6bcc',
      code: 'PARAMETER.REQUIRED',
    },
  },
  {
    id: 'easypost/claim-not-found-string-errors',
    source: 'EasyPost',
    url: 'EasyPost/easypost-python/tests/cassettes/test_error_alternative_format.yaml@5f7eaf146bea975a168bc197ae472d6e36c7bdcb',
    note: 'VCR recording of POST /v2/claims for an uninsured tracking code. Trimmed: security headers. `errors` is a list of strings: a form-level sentence about this occurrence, which beats the type-level "The requested resource could not be found." (rule 2.2).',
    response: {
      status: 404,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-ep-request-uuid': '764a527567b8c6c5e2b8e6320004ed95',
      },
      body: {
        error: {
          code: 'NOT_FOUND',
          errors: ['No eligible insurance found with provided tracking code.'],
          message: 'The requested resource could not be found.',
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'No eligible insurance found with provided tracking code',
      code: 'NOT_FOUND',
    },
  },

  // ───────────────────────────── Dwolla ─────────────────────────────
  {
    id: 'dwolla/validation-error-embedded-email',
    source: 'Dwolla',
    url: 'https://discuss.dwolla.com/t/validation-while-creating-customer/5254',
    note: 'Dwolla staff\'s "example error response for an invalid email address" (400 ValidationError, per the same answer). The headline sends the reader to the embedded list (rule 2.1), so the message is the default; the item\'s `path` is a JSON Pointer. The item code beats the ValidationError category (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'ValidationError',
        message: 'Validation error(s) present. See embedded errors list for more details.',
        _embedded: { errors: [{ code: 'InvalidFormat', message: 'Email invalid.', path: '/email', _links: {} }] },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['email', 'Email invalid']], code: 'InvalidFormat' },
  },
  {
    id: 'dwolla/invalid-access-token-401',
    source: 'Dwolla',
    url: 'https://developers.dwolla.com/docs/balance/api-reference/api-fundamentals/errors',
    note: '"Example HTTP 401 error".',
    response: { status: 401, body: { code: 'InvalidAccessToken', message: 'Invalid access token.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid access token', code: 'InvalidAccessToken' },
  },

  // ───────────────────────────── Recurly ─────────────────────────────
  {
    id: 'recurly/v3-validation-params',
    source: 'Recurly',
    url: 'recurly/recurly-client-python/tests/mock_client.py',
    note: "The v3 client's mock of a 422 validation error (the v3 API's documented envelope). `params` is a list of { param, message } items. The envelope message is a sentence of its own (not a generic summary), so it is the message.",
    response: {
      status: 422,
      body: {
        error: {
          type: 'validation',
          message: 'Year must be greater than 2000, Number is required',
          params: [
            { param: 'year', message: 'must be greater than 2000' },
            { param: 'number', message: 'is required' },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Year must be greater than 2000',
      fields: [
        ['year', 'must be greater than 2000'],
        ['number', 'is required'],
      ],
    },
  },
  {
    id: 'recurly/v2-xml-field-error',
    source: 'Recurly',
    url: 'recurly/recurly-client-python/tests/fixtures/account/update-bad-email.xml@5ed7c37d151da8ac79aa0f40f3750c2213c06ba9',
    note: 'v2 API fixture (full HTTP exchange) for PUT /v2/accounts/testmock with a bad email. XML: each <error> names its field in the `field` attribute (rule 3: found by structure, wherever they sit).',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error field="account.email" symbol="invalid_email">is not a valid email address</error>\n</errors>\n',
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['account.email', 'is not a valid email address']] },
  },
  {
    id: 'recurly/v2-xml-not-found',
    source: 'Recurly',
    url: 'recurly/recurly-client-python/tests/fixtures/account/does-not-exist.xml@094499a0b41e9112b65f52511e5b91b5fff7c058',
    note: "v2 API fixture for GET /v2/accounts/testmock. The sentence is in <description>; <symbol> is the code (not stated: rule 6 names XML's <Code>).",
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<error>\n  <symbol>not_found</symbol>\n  <description>Couldn\'t find Account with account_code = not-found</description>\n</error>\n',
    },
    expect: { kind: 'not-found', message: "Couldn't find Account with account_code = not-found" },
  },
  {
    id: 'recurly/v2-basic-auth-denied-text',
    source: 'Recurly',
    url: 'recurly/recurly-client-python/tests/fixtures/authentication/unauthenticated.xml@33d2715737c2e4f01d71fdb641ace4a2f0a538c5',
    note: "v2 API fixture for a request without credentials: Rails' HTTP Basic refusal, labelled text/html but with no markup. Rule 2.5 excludes markup, and there is none; a sentence on a 4xx is the message (rule 2.6). Judgment call: the content type says HTML.",
    response: {
      status: 401,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: 'HTTP Basic: Access denied.\n',
    },
    expect: { kind: 'unauthenticated', message: 'Access denied' },
  },

  // ───────────────────────────── Yii 2 ─────────────────────────────
  {
    id: 'yii2/not-found-exception',
    source: 'Yii 2',
    url: 'yiisoft/yii2/docs/guide/rest-error-handling.md@1350fc17c57fc0baa76f54eda816ba4963fb852e',
    note: "The guide's example REST error. `name` is the exception's display name; `code: 0` is the PHP exception code, not a documented machine code (not stated).",
    response: {
      status: 404,
      headers: {
        Date: 'Sun, 02 Mar 2014 05:31:43 GMT',
        Server: 'Apache/2.2.26 (Unix) DAV/2 PHP/7.1.0 mod_ssl/2.2.26 OpenSSL/0.9.8y',
        'Content-Type': 'application/json; charset=UTF-8',
      },
      body: { name: 'Not Found Exception', message: 'The requested resource was not found.', code: 0, status: 404 },
    },
    expect: { kind: 'not-found', message: 'The requested resource was not found' },
  },
  {
    id: 'yii2/suppress-response-code-200',
    source: 'Yii 2',
    url: 'yiisoft/yii2/docs/guide/rest-error-handling.md@1350fc17c57fc0baa76f54eda816ba4963fb852e',
    note: 'The guide\'s "Customizing Error Response": HTTP 200 with `success: false` and the error (status 404) inside `data`. Rule gap: rule 1 lets a code outrank a 2xx but says nothing of a status written in the body; the body says plainly that the resource was not found, so not-found is expected.',
    response: {
      status: 200,
      headers: { Date: 'Sun, 02 Mar 2014 05:31:43 GMT', 'Content-Type': 'application/json; charset=UTF-8' },
      body: {
        success: false,
        data: { name: 'Not Found Exception', message: 'The requested resource was not found.', code: 0, status: 404 },
      },
    },
    expect: { kind: 'not-found', message: 'The requested resource was not found' },
  },

  // ───────────────────────────── CodeIgniter 4 ─────────────────────────────
  {
    id: 'codeigniter4/fail-validation-errors',
    source: 'CodeIgniter 4',
    url: 'codeigniter4/CodeIgniter4/tests/system/API/ResponseTraitTest.php@05c721798707d7da10d588174e5387b29f4be833',
    note: 'testValidationErrors: failValidationErrors(["foo" => "Nope", "bar" => "No way"], "FAT CHANCE"). `error` holds the caller\'s code (CodeIgniter documents the argument as an API-specific error code): all capitals, so not a sentence. `messages` maps field to message.',
    response: {
      status: 400,
      body: { status: 400, error: 'FAT CHANCE', messages: { foo: 'Nope', bar: 'No way' } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['foo', 'Nope'],
        ['bar', 'No way'],
      ],
    },
  },
  {
    id: 'codeigniter4/fail-single-message-500',
    source: 'CodeIgniter 4',
    url: 'codeigniter4/CodeIgniter4/tests/system/API/ResponseTraitTest.php@05c721798707d7da10d588174e5387b29f4be833',
    note: 'testFailSingleMessage: fail("Failure to Launch", 500, "WHAT!"). A single message is sent as `messages.error`: the envelope\'s sentence, not a field called "error". JSON written by the app on a 5xx, so the sentence is the message.',
    response: {
      status: 500,
      body: { status: 500, error: 'WHAT!', messages: { error: 'Failure to Launch' } },
    },
    expect: { kind: 'server', message: 'Failure to Launch' },
  },
  // ───────────────────────────── IBM Cloud ─────────────────────────────
  {
    id: 'ibm-cloud/error-message-member-404',
    source: 'IBM Cloud',
    url: 'IBM/node-sdk-core/test/unit/request-wrapper.test.js@0b0965481d7c35934b656b5d73146a2995932b66',
    note: 'formatError "should get the message from errorMessage": the SDK core\'s test asserts this exact body with status 404 and the headers below. `errorMessage` is a message member the rules do not name. X-Global-Transaction-Id is the id IBM Cloud asks for in support cases; rule 5\'s header list does not name it (stated: doubtful if the list is read as closed). `code` repeats the status: not stated.',
    response: {
      status: 404,
      headers: { 'content-type': 'application/json', 'x-global-transaction-id': 'fhd7s8hfudj9ksoo0wpnd78a' },
      body: { errorMessage: 'There is just no finding this model.', code: 404 },
    },
    expect: { kind: 'not-found', message: 'There is just no finding this model', logId: 'fhd7s8hfudj9ksoo0wpnd78a' },
  },

  // ───────────────────────────── Oracle Cloud Infrastructure ─────────────────────────────
  {
    id: 'oci/not-authorized-or-not-found',
    source: 'Oracle Cloud Infrastructure',
    url: 'https://github.com/oracle/oci-cli/issues/485',
    note: "The OCI CLI prints the service error as one dict: the opc-request-id response header, the body's `code` and `message`, and the status. Split back into header and body as OCI sends them (no value changed). OCI documents opc-request-id as the id to give Oracle support; rule 5's header list does not name it (stated: doubtful if the list is read as closed). A 404 stays not-found.",
    response: {
      status: 404,
      headers: {
        'opc-request-id':
          'F50A80586E8845FAAA6568116DFD82AD/6DD1F2219DCF9C63FE1F261EA5D5797F/439A95D063BFAFFED5ACCB41E0047715',
      },
      body: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed or requested resource not found.' },
    },
    expect: {
      kind: 'not-found',
      message: 'Authorization failed or requested resource not found',
      logId: 'F50A80586E8845FAAA6568116DFD82AD/6DD1F2219DCF9C63FE1F261EA5D5797F/439A95D063BFAFFED5ACCB41E0047715',
      code: 'NotAuthorizedOrNotFound',
    },
  },

  // ───────────────────────────── AWS Application Load Balancer ─────────────────────────────
  {
    id: 'aws-alb/bad-gateway-html',
    source: 'AWS Application Load Balancer',
    url: 'https://github.com/esi/esi-issues/issues/902',
    note: 'Headers and body as pasted for GET /v1/fleets/{fleet_id}/members/ (Server: awselb/2.0). Markup is never a message; a 502 is unavailable.',
    response: {
      status: 502,
      headers: {
        Server: 'awselb/2.0',
        Date: 'Sat, 05 May 2018 02:36:48 GMT',
        'Content-Type': 'text/html',
        'Content-Length': '138',
        Connection: 'keep-alive',
      },
      body: '<html>\n<head><title>502 Bad Gateway</title></head>\n<body bgcolor="white">\n<center><h1>502 Bad Gateway</h1></center>\n</body>\n</html>\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── ElevenLabs ─────────────────────────────
  {
    id: 'elevenlabs/quota-exceeded-401',
    source: 'ElevenLabs',
    url: 'https://github.com/home-assistant/core/issues/160414',
    note: "Headers and body from the integration's diagnostics (Python dicts turned into JSON). Trimmed: Access-Control-*, Strict-Transport-Security, alt-svc. The body is a FastAPI `detail` object. `quota_exceeded` is a quota code, but a code never turns a 401 into anything else (rule 1), so it stays unauthenticated. x-trace-id is a listed request-id header.",
    response: {
      status: 401,
      headers: {
        date: 'Wed, 07 Jan 2026 07:06:06 GMT',
        server: 'uvicorn',
        'content-length': '170',
        'content-type': 'application/json',
        'x-trace-id': 'b736e114506d20210112110b377c6f9b',
        'x-region': 'us-central1',
        via: '1.1 google, 1.1 google',
      },
      body: {
        detail: {
          status: 'quota_exceeded',
          message:
            'This request exceeds your quota of 10000. You have 0 credits remaining, while 91 credits are required for this request.',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'This request exceeds your quota of 10000',
      logId: 'b736e114506d20210112110b377c6f9b',
    },
  },

  // ───────────────────────────── Stability AI ─────────────────────────────
  {
    id: 'stability-ai/content-moderation',
    source: 'Stability AI',
    url: 'https://github.com/ZHO-ZHO-ZHO/ComfyUI-StableDiffusion3-API/issues/2',
    note: 'The "Response Text" pasted from the console for a v2beta image request. The comment does not print the status; 403, which Stability documents for content_moderation, was filled in. `errors` is a list of strings (form-level); `name` is not stated as the code (the rules do not name that member).',
    response: {
      status: 403,
      body: {
        errors: [
          'Your request was flagged by our content moderation system, as a result your request was denied and you were not charged.',
        ],
        name: 'content_moderation',
      },
    },
    expect: { kind: 'forbidden', message: 'Your request was flagged by our content moderation system' },
  },

  // ───────────────────────────── ZITADEL ─────────────────────────────
  {
    id: 'zitadel/user-not-found-grpc-gateway',
    source: 'ZITADEL',
    url: 'https://github.com/zitadel/zitadel/issues/10852',
    note: "Body of a createSession call through ZITADEL's REST gateway, as quoted (escaping removed). The issue does not print the status: gRPC code 5 (NOT_FOUND) is sent as 404 by the gateway, filled in. `details` holds a ZITADEL ErrorDetail (not a google.rpc type); its `id` is an internal error id, not stated as the code.",
    response: {
      status: 404,
      body: {
        code: 5,
        message: 'User could not be found (QUERY-Dfbg2)',
        details: [
          {
            '@type': 'type.googleapis.com/zitadel.v1.ErrorDetail',
            id: 'QUERY-Dfbg2',
            message: 'User could not be found',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'User could not be found' },
  },

  // ───────────────────────────── Django Ninja ─────────────────────────────
  {
    id: 'django-ninja/form-payload-missing-fields',
    source: 'Django Ninja',
    url: 'https://github.com/vitalik/django-ninja/issues/1418',
    note: 'The 422 body from the Ninja docs page (status as Ninja sends validation errors). `loc` starts with the transport ("form", like FastAPI\'s "body") and then the handler\'s argument name ("payload"). Rule 3 removes a leading transport prefix; "form" is one though the table names body/query/path/header/cookie, and the argument name is part of the path as sent. Judgment call on both segments.',
    response: {
      status: 422,
      body: {
        detail: [
          { type: 'missing', loc: ['form', 'payload', 'diseases', 'answers', 0, 'key'], msg: 'Field required' },
          { type: 'missing', loc: ['form', 'payload', 'diseases', 'answers', 0, 'value'], msg: 'Field required' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['payload.diseases.answers.0.key', 'Field required'],
        ['payload.diseases.answers.0.value', 'Field required'],
      ],
    },
  },

  // ───────────────────────────── Elysia ─────────────────────────────
  {
    id: 'elysia/validation-expected-number',
    source: 'Elysia',
    url: 'https://github.com/elysiajs/elysia/issues/972',
    note: 'curl -D- capture of POST / with {"x": "wat"} (Elysia 1.2.2). The `errors` item names its field in `path` (a JSON Pointer). The envelope\'s `property` repeats it, but a lone object binds a field only through param/parameter/field/argument (rule 3), so there is one field error; the envelope `message` is the envelope\'s sentence.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json', Date: 'Tue, 24 Dec 2024 06:31:46 GMT', 'Content-Length': '425' },
      body: {
        type: 'validation',
        on: 'body',
        summary: 'Expected number',
        property: '/x',
        message: 'Expected number',
        expected: { x: 0 },
        found: { x: 'wat' },
        errors: [
          {
            summary: 'Expected number',
            type: 41,
            schema: { type: 'number' },
            path: '/x',
            value: 'wat',
            message: 'Expected number',
            errors: [],
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Expected number', fields: [['x', 'Expected number']] },
  },

  // ───────────────────────────── Resend ─────────────────────────────
  {
    id: 'resend/validation-error-scheduled-at',
    source: 'Resend',
    url: 'https://github.com/resend/resend-python/issues/150',
    note: 'Body copied from the Resend logs page for a 422. The field is named only inside the sentence; `name` is not stated as the code (the rules do not name that member).',
    response: {
      status: 422,
      body: { name: 'validation_error', message: 'The `scheduled_at` field must be a future date', statusCode: 422 },
    },
    expect: { kind: 'validation', message: 'The `scheduled_at` field must be a future date' },
  },

  // ───────────────────────────── Typesense ─────────────────────────────
  {
    id: 'typesense/forbidden-api-key-401',
    source: 'Typesense',
    url: 'https://github.com/typesense/typesense/issues/476',
    note: 'Body of the intermittent 401 (Typesense 0.22.1). The sentence starts with a reason phrase ("Forbidden - "); the rest is the message. 401 is unauthenticated whatever the words.',
    response: { status: 401, body: { message: 'Forbidden - a valid `x-typesense-api-key` header must be sent.' } },
    expect: { kind: 'unauthenticated', message: 'a valid `x-typesense-api-key` header must be sent' },
  },

  // ───────────────────────────── Bun ─────────────────────────────
  {
    id: 'bun/fetch-connection-refused',
    source: 'Bun fetch',
    url: 'https://github.com/oven-sh/bun/issues/34397',
    note: 'fetch("http://localhost:1/") under Bun 1.3.14: name Error, code ConnectionRefused at the top level, no cause (the issue prints all three). Bun\'s code is not Node\'s ECONNREFUSED; it names the same failure.',
    thrown: {
      name: 'Error',
      message: 'Unable to connect. Is the computer able to access the url?',
      code: 'ConnectionRefused',
    },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'bun/fetch-connection-closed',
    source: 'Bun fetch',
    url: 'https://github.com/oven-sh/bun/pull/27264',
    note: "Bun's fetch message for error.ConnectionClosed as its source stood before this PR (FetchTasklet.zig, shown in the diff); Bun sets the error's `code` to the Zig error name, as for ConnectionRefused (oven-sh/bun#34397).",
    thrown: {
      name: 'Error',
      message:
        'The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()',
      code: 'ConnectionClosed',
    },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'bun/fetch-abort',
    source: 'Bun fetch',
    url: 'https://github.com/oven-sh/bun/issues/9805',
    note: 'Bun 1.0.36 printing the error of an aborted fetch: "AbortError: The operation was aborted."',
    thrown: { name: 'AbortError', message: 'The operation was aborted.' },
    expect: { kind: 'cancelled', message: DEFAULT },
  },

  // ───────────────────────────── Deno ─────────────────────────────
  {
    id: 'deno/fetch-dns-error',
    source: 'Deno fetch',
    url: 'https://github.com/denoland/deno/issues/24922',
    note: "The issue's example of Deno's fetch error when the host does not resolve: a TypeError with no code, the cause only in the text.",
    thrown: {
      name: 'TypeError',
      message:
        'error sending request for url (https://nonexistent.deno.land/): client error (Connect): dns error: failed to lookup address information: nodename nor servname provided, or not known: failed to lookup address information: nodename nor servname provided, or not known',
    },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'deno/fetch-connection-reset',
    source: 'Deno fetch',
    url: 'https://github.com/denoland/deno/issues/6197',
    note: 'Deno 1.11.1 REPL: "Uncaught TypeError: …" (stack frames left out).',
    thrown: {
      name: 'TypeError',
      message:
        'error sending request for url (https://www.co.walton.fl.us/523/Morrison-Springs): error trying to connect: Connection reset by peer (os error 54)',
    },
    expect: { kind: 'network', message: DEFAULT },
  },

  // ───────────────────────────── ky ─────────────────────────────
  {
    id: 'ky/timeout-error',
    source: 'ky',
    url: 'sindresorhus/ky/source/errors/TimeoutError.ts@143d084619c8d3fc562fac1dc9fa28ae87279cc1',
    note: 'ky\'s own TimeoutError class: name TimeoutError, message "Request timed out"; its cause is the Request object (not an error), left out.',
    thrown: { name: 'TimeoutError', message: 'Request timed out' },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  // ───────────────────────────── Reddit ─────────────────────────────
  {
    id: 'reddit/access-token-429',
    source: 'Reddit',
    url: 'https://github.com/rdeepak2002/reddit-place-script-2022/issues/4',
    note: 'Body printed by the script for POST https://ssl.reddit.com/api/v1/access_token ("received response: …"). "Too Many Requests" is the reason phrase, so the message is the default; no wait is given.',
    response: { status: 429, body: { message: 'Too Many Requests', error: 429 } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Mastodon ─────────────────────────────
  {
    id: 'mastodon/too-many-requests',
    source: 'Mastodon',
    url: 'https://github.com/h3poteto/megalodon-rs/issues/253',
    note: 'Body and status as the client error prints them (GET /api/v1/timelines/home on mamot.fr). The response headers are not printed, so no wait is stated.',
    response: { status: 429, body: { error: 'Too many requests' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Google App Engine ─────────────────────────────
  {
    id: 'google-app-engine/server-error-html-via-cloudfront',
    source: 'Google App Engine',
    url: 'https://github.com/flynn/flynn/issues/4613',
    note: 'curl -i of https://dl.flynn.io/cli: Google Frontend\'s HTML 500 page, relayed by CloudFront. Markup is never a message, and its "try again in 30 seconds" is not message text (rule 4.4 reads waits from the message), so no retry. Rule 5 takes the first present header in its list order: x-amz-cf-id comes before x-cloud-trace-context.',
    response: {
      status: 500,
      headers: {
        'content-type': 'text/html; charset=UTF-8',
        'content-length': '323',
        'x-cloud-trace-context': 'e643e0423fd8a961f8d6823dc4d71a66',
        date: 'Fri, 20 Nov 2020 16:01:00 GMT',
        server: 'Google Frontend',
        'x-cache': 'Error from cloudfront',
        via: '1.1 9c90b41a9e5ac2856624d29ed4da4235.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'IAD89-C3',
        'x-amz-cf-id': 'CHrDgKOWV7IxtknMYg-6mcCdxsSjWm6inTTy_LL3sliNniEiMQ0UIQ==',
      },
      body: '<html><head>\n<meta http-equiv="content-type" content="text/html;charset=utf-8">\n<title>500 Server Error</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n<h1>Error: Server Error</h1>\n<h2>The server encountered an error and could not complete your request.<p>Please try again in 30 seconds.</h2>\n<h2></h2>\n</body></html>\n',
    },
    expect: { kind: 'server', message: DEFAULT, logId: 'CHrDgKOWV7IxtknMYg-6mcCdxsSjWm6inTTy_LL3sliNniEiMQ0UIQ==' },
  },

  // ───────────────────────────── OAuth2 Proxy ─────────────────────────────
  {
    id: 'oauth2-proxy/expired-session-302',
    source: 'OAuth2 Proxy',
    url: 'https://github.com/oauth2-proxy/oauth2-proxy/issues/1393',
    note: 'The proxy\'s access log for an AJAX POST with an expired cookie: `"POST …" HTTP/1.1 "" 302 0` (status 302, zero bytes). The log prints no headers; none are added. A 3xx with nothing that says what failed is unknown (rule 1).',
    response: { status: 302 },
    expect: { kind: 'unknown', message: DEFAULT },
  },
] satisfies ConformanceCase[];
