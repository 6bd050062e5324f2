import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-first unseen-API holdout, part T (20 January 2027): data-integration connectors' unit tests, found by where
// the bodies are recorded rather than by domain. Four APIs no other case file uses as a source, each as a connector
// in airbytehq/airbyte mocks its error answers with `requests_mock` or the CDK's `HttpMocker`: the Google Search
// Console API (mock-server fixtures `resource/http/response/400.json`, `403.json`, `429.json`, named by their status
// and carrying it in `error.code`, and one inline 403), the Google Sheets API (fixtures that
// `test_exception_description.py` serves with the status it names), Gong's API (`test_error_handling.py` and the mock
// server's `error_response` builder) and the YouTube Reporting API (the YouTube Analytics connector's `test_check.py`
// and `test_rate_limits.py`). Bodies the tests say are Gong's, Search Console's or "mirroring the real API" are
// preferred; several others are the tests' own stand-ins (Gong's "unauthorized" and "try later", the Sheets fixtures'
// `NOT_PERMISSIONS` and `RATE_LIMIT` statuses and their "Interval Server error" typo, Gong's `test_request_id`),
// copied as the suites hold them and marked so in `note`. Headers are copied only where a test sets them
// (`Retry-After`); none was added. A Python f-string's one placeholder (YouTube's retired report type,
// `channel_annotations_a1`) is filled in from the constant beside it. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Salesloft and Outreach (their Airbyte unit tests only check `should_retry` on a MagicMock
// status, no body); Dixa, Mambu and Chargify (Singer taps whose tests assert the tap's own messages over empty or
// `'test'` bodies); Zendesk Chat (tap-zendesk-chat mocks `{}`); Drift (a live test that prints only the client's
// `(401, 'The access token is invalid or has expired')` tuple, not the body); Orb, Freshdesk and Chargebee (already
// sources; their connectors' mocks are invented, `{"error": "limit reached"}`); Google Directory (no unit tests
// stored). Not looked up, already sources by name or vendor: Google Analytics, Microsoft Advertising (Bing Ads),
// LinkedIn, TikTok, Pinterest, HubSpot, Stripe, Klaviyo. The semantic code searches for connectors' error mocks
// mostly answered with Airbyte's testing guides, so the part is small. The YouTube Data API is a source; the
// Reporting API (youtubereporting) is not.
//
// The part holds 21 cases from 4 sources, under the brief's aim of 25 from 8: 42 of the 60 look-ups were spent, most
// of them finding that connector tests for SaaS APIs not yet in the corpus either mock no body or invent one; the
// four kept are the connectors whose fixtures carry the vendor's own envelope and, for Search Console, Sheets' 404
// and Gong's 404, its own words.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-20-t`, on 8cdde8a, src/ unchanged: in the frozen copy /tmp/base61): 20/21 pass, 4 sources
// (kind 21/21, message 20/21, fields 21/21, retry 21/21, logId 4/4, code 0/0). Failing at first sight:
// youtube-reporting/not-a-valid-report-type-id-400 (the kit kept "Channel_annotations_a1 is not a valid
// reportTypeId", capitalising the retired report type's id, where the case gives the default: the line names only
// which input is invalid, by the API's names for the value and the parameter, rule 2.1's row of 6 December 2026; a
// judgment call the note names). Every other case passed as written, including the judgment calls on Search Console's
// INVALID_ARGUMENT 400 (validation), Sheets' misspelt "Interval Server error" (the default), Gong's lone
// "unauthorized" on a 403 (the default), its "try later" and Retry-After: 0 on a 429 and a 503, and YouTube's
// daily-quota line (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

// Waits in `pending/`: 20/21 now, as at first sight; it waits, though it reads well, because several of its bodies are
// the connector tests' own stand-ins inside the vendors' envelopes (the header names them), which the scored corpus
// should not be held to. Its miss: YouTube Reporting's line naming a value and the API's key for it.

export default [
  {
    id: 'google-search-console/insufficient-permission-for-site-403',
    source: 'Google Search Console API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-search-console/unit_tests/resource/http/response/403.json',
    note: 'Airbyte\'s Google Search Console connector keeps this body as a mock-server fixture (`resource/http/response/403.json`); the file is named by its status and the body\'s own `error.code` says 403. The wording is Search Console\'s own (the connector\'s error filter ignores 403s whose text says "User does not have sufficient permission"). No header shown. Kind: 403, forbidden (rule 1). Message: the sentence naming the site, with its "See also: <url>" pointer after it (rule 2.1 drops only a line that does nothing but point). Retry: none. No code stated: the lone item\'s `reason: "forbidden"` and `status: "PERMISSION_DENIED"` both restate the status (rule 6), and the corpus\'s Google cases state no code for `errors[].reason`.',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message:
            "User does not have sufficient permission for site 'https://example.com/'. See also: https://support.google.com/webmasters/answer/2451999.",
          errors: [
            {
              message:
                "User does not have sufficient permission for site 'https://example.com/'. See also: https://support.google.com/webmasters/answer/2451999.",
              domain: 'global',
              reason: 'forbidden',
            },
          ],
          status: 'PERMISSION_DENIED',
        },
      },
    },
    expect: { kind: 'forbidden', message: 'User does not have sufficient permission for site' },
  },
  {
    id: 'google-search-console/search-analytics-qps-quota-429',
    source: 'Google Search Console API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-search-console/unit_tests/resource/http/response/429.json',
    note: 'The connector\'s mock-server fixture `resource/http/response/429.json` (named by its status; `error.code` 429). "Search Analytics QPS quota exceeded" is the wording Search Console sends for its per-second quota. No header shown. Kind: 429 and `RESOURCE_EXHAUSTED` (rule 1): rate-limited. Message: the sentence names which quota was spent; kept (rule 2.1: not a reason phrase). Retry: none (no header, no hint in the body). No code stated: `reason: "rateLimitExceeded"` is Google\'s legacy item reason, which the corpus\'s Google cases leave unstated, beside the category `RESOURCE_EXHAUSTED` (rule 6 leaves doubt).',
    response: {
      status: 429,
      body: {
        error: {
          code: 429,
          message: 'Search Analytics QPS quota exceeded',
          errors: [
            { message: 'Search Analytics QPS quota exceeded', domain: 'usageLimits', reason: 'rateLimitExceeded' },
          ],
          status: 'RESOURCE_EXHAUSTED',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Search Analytics QPS quota exceeded' },
  },
  {
    id: 'google-search-console/invalid-request-invalid-argument-400',
    source: 'Google Search Console API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-search-console/unit_tests/resource/http/response/400.json',
    note: 'The connector\'s mock-server fixture `resource/http/response/400.json` (named by its status; `error.code` 400). The text "Invalid request" is a placeholder-like line; the envelope is Google\'s. No header shown. Kind: `status: "INVALID_ARGUMENT"` is a validation code, which decides on any 4xx (rule 1\'s table; the item\'s `reason: "badRequest"` only restates the status): validation. Judgment call: a reader who reads `status` as no more than a category of the 400 gives bad-request. Message: "Invalid request" is a generic summary (rule 2.1, as "Invalid input" and "The request was invalid." are): the default. Fields: none (`domain: "global"` names no input). No code stated (rule 6 leaves `status` against the item\'s `reason` in doubt).',
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'Invalid request',
          errors: [{ message: 'Invalid request', domain: 'global', reason: 'badRequest' }],
          status: 'INVALID_ARGUMENT',
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'google-search-console/insufficient-permission-short-403',
    source: 'Google Search Console API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-search-console/unit_tests/mock_server/test_search_analytics_keyword_site_report_by_page.py',
    note: 'The connector\'s mock-server test `test_error_handler_ignore_permission_error` answers every Search Analytics query with `context.status_code = 403` and `json.dumps({"error": {"message": "User does not have sufficient permission"}})`, the part of Search Console\'s 403 text its error filter matches. Trimmed by the test, not here. No header. Kind: 403, forbidden. Message: the sentence (rule 2.1). No code, no retry.',
    response: { status: 403, body: { error: { message: 'User does not have sufficient permission' } } },
    expect: { kind: 'forbidden', message: 'User does not have sufficient permission' },
  },
  {
    id: 'google-sheets/requested-entity-not-found-404',
    source: 'Google Sheets API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-sheets/unit_tests/resource/http/response/invalid_link.json',
    note: 'Airbyte\'s Google Sheets connector fixture `invalid_link.json`, which `integration/test_exception_description.py` serves with `status_codes.NOT_FOUND` for a spreadsheet id that does not exist; "Requested entity was not found." is the Sheets API\'s own text. No header shown. Kind: 404, not-found (rule 1). Message: "Requested entity was not found." is a sentence, not the bare reason phrase (rule 2.1, as "Resource not found" is); kept. No code stated: `status: "NOT_FOUND"` restates the status (rule 6).',
    response: {
      status: 404,
      body: { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } },
    },
    expect: { kind: 'not-found', message: 'Requested entity was not found' },
  },
  {
    id: 'google-sheets/caller-lacks-permissions-403',
    source: 'Google Sheets API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-sheets/unit_tests/resource/http/response/invalid_permissions.json',
    note: 'The connector\'s fixture `invalid_permissions.json`, served by `test_exception_description.py` with `status_codes.FORBIDDEN` (its expected trace ends ". The caller does not have right permissions."). The wording is the fixture\'s (Google\'s own reads "The caller does not have permission"), and so is `status: "NOT_PERMISSIONS"`, which no Google status is: copied as the suite holds it. No header shown. Kind: 403, forbidden. Message: the sentence, kept (rule 2.1). No code stated: `NOT_PERMISSIONS` names no row of rule 1 and only restates the 403 (rule 6).',
    response: {
      status: 403,
      body: { error: { code: 403, message: 'The caller does not have right permissions', status: 'NOT_PERMISSIONS' } },
    },
    expect: { kind: 'forbidden', message: 'The caller does not have right permissions' },
  },
  {
    id: 'google-sheets/request-higher-quota-429',
    source: 'Google Sheets API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-sheets/unit_tests/resource/http/response/rate_limit_error.json',
    note: 'The connector\'s fixture `rate_limit_error.json`, served by `test_exception_description.py` (`test_read_429_error`) with `status_codes.TOO_MANY_REQUESTS`. `status: "RATE_LIMIT"` is the fixture\'s, not a google.rpc code. No header shown. Kind: 429, rate-limited (rule 1; `RATE_LIMIT` agrees). Message: "Request a higher quota limit" is a sentence asking the person to act; kept (rule 2.1). Judgment call: a reader could hold it for a pointer that says no more than the status. Retry: none. No code stated (rule 6: the fixture\'s `status` restates the 429).',
    response: {
      status: 429,
      body: { error: { code: 429, message: 'Request a higher quota limit', status: 'RATE_LIMIT' } },
    },
    expect: { kind: 'rate-limited', message: 'Request a higher quota limit' },
  },
  {
    id: 'google-sheets/interval-server-error-500',
    source: 'Google Sheets API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-google-sheets/unit_tests/resource/http/response/internal_server_error.json',
    note: 'The connector\'s fixture `internal_server_error.json`, served by `test_exception_description.py` (`test_discover_could_not_run_discover`, `test_read_500_error`) with `status_codes.INTERNAL_SERVER_ERROR`; "Interval Server error" is spelt so in the fixture (copied as it is, not corrected). No header shown. Kind: 500, server (rule 1). Message: the reason phrase of a 500 with one letter wrong says no more than the status (rule 2.1): the default. Judgment call: read letter by letter it is no reason phrase, and a reader could keep it. No code stated: `INTERNAL_SERVER_ERROR` restates the status (rule 6).',
    response: {
      status: 500,
      body: { error: { code: 500, message: 'Interval Server error', status: 'INTERNAL_SERVER_ERROR' } },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'gong/no-calls-found-for-filters-404',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/test_error_handling.py',
    note: 'Airbyte\'s Gong connector test `test_not_found_with_no_results_message_is_ignored`: `mocker.get("https://api.gong.io/v2/calls", status_code=404, json={"errors": ["No calls found corresponding to the provided filters"]})`. The docstring calls it "Gong\'s \'no results\' message", which the manifest\'s filter matches ("found corresponding to the provided filters"), so the line is Gong\'s. No header. Kind: 404, not-found (rule 1). Message: the lone sentence in `errors` (rule 2.2: a lone form-level sentence in the error list). No code, no retry.',
    response: { status: 404, body: { errors: ['No calls found corresponding to the provided filters'] } },
    expect: { kind: 'not-found', message: 'No calls found corresponding to the provided filters' },
  },
  {
    id: 'gong/call-no-longer-exists-404',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/test_error_handling.py',
    note: 'The same file\'s `test_not_found_without_no_results_message_is_an_error`: `status_code=404, json={"errors": ["Call no longer exists"]}`. The test wrote this line to stand for any other 404 of Gong\'s `errors` list. No header. Kind: 404, not-found. Message: the lone sentence in `errors` (rule 2.2), kept. No code, no retry.',
    response: { status: 404, body: { errors: ['Call no longer exists'] } },
    expect: { kind: 'not-found', message: 'Call no longer exists' },
  },
  {
    id: 'gong/unauthorized-word-401',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/test_error_handling.py',
    note: 'The same file\'s `test_auth_error_fails_immediately_with_config_error`, parametrized over 401 and 403: `mocker.get(_CALLS_URL, status_code=status_code, json={"errors": ["unauthorized"]})`; this is the 401. No header. Kind: 401, unauthenticated (rule 1). Message: a lone word that restates the status (rule 2.1: a lone word is not a message; "Unauthorized" is the 401\'s phrase): the default. No code stated: a lone small-letter word is no code token by rule 2.1\'s shapes.',
    response: { status: 401, body: { errors: ['unauthorized'] } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'gong/unauthorized-word-403',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/test_error_handling.py',
    note: 'The same parametrized test with 403: `status_code=403, json={"errors": ["unauthorized"]}`. No header. Kind: 403, forbidden (rule 1; an `Unauthorized` word without a 401 is a refusal, rule 1\'s table). Message: a lone word (rule 2.1) is no message, on a 403 too: the default. Judgment call: rule 2.1 keeps "Not Authorized" sent with a 403 as what was refused, and a reader could keep this word likewise. No code stated.',
    response: { status: 403, body: { errors: ['unauthorized'] } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'gong/try-later-429-retry-after-0',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/test_error_handling.py',
    note: 'The same file\'s `test_transient_error_is_retried_until_success`, parametrized over 429, 500, 502, 503 and 504: the first answer is `{"status_code": status_code, "headers": {"Retry-After": "0"}, "json": {"errors": ["try later"]}}`; this is the 429. Header copied as the test sets it. Kind: 429, rate-limited. Message: "try later" is a plea to wait, kept as the corpus keeps Rack::Attack\'s "Retry later" (rule 2.1\'s restated row: a plea to try again stays the message). Judgment call: a reader could read two words in small letters as saying no more than the 429. Retry: `Retry-After: 0` (rule 4.1): 0 s.',
    response: { status: 429, headers: { 'Retry-After': '0' }, body: { errors: ['try later'] } },
    expect: { kind: 'rate-limited', message: 'try later', retry: 0 },
  },
  {
    id: 'gong/try-later-503-retry-after-0',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/test_error_handling.py',
    note: 'The same parametrized test with 503: `Retry-After: 0` and `{"errors": ["try later"]}`. Header copied as the test sets it. Kind: 503, unavailable (rule 1). Message: "try later" in the app\'s JSON (rule 2.6 is about text bodies), kept as on the 429. Judgment call as there. Retry: `Retry-After: 0` (rule 4.1 reads it on any status): 0 s.',
    response: { status: 503, headers: { 'Retry-After': '0' }, body: { errors: ['try later'] } },
    expect: { kind: 'unavailable', message: 'try later', retry: 0 },
  },
  {
    id: 'gong/error-builder-unauthorized-401-request-id',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/integration/response_builder.py',
    note: 'The connector\'s mock-server `error_response(HTTPStatus.UNAUTHORIZED)`: `{"requestId": "test_request_id", "errors": [{"message": "Unauthorized"}]}` (Gong\'s envelope carries `requestId` on every answer, as the builder\'s success bodies do; the id is the test\'s placeholder). No header. Kind: 401, unauthenticated. Message: the lone item\'s "Unauthorized" is the 401\'s reason phrase (rule 2.1): the default. logId: `requestId` (rule 5). No code.',
    response: { status: 401, body: { requestId: 'test_request_id', errors: [{ message: 'Unauthorized' }] } },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: 'test_request_id' },
  },
  {
    id: 'gong/error-builder-forbidden-403-request-id',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/integration/response_builder.py',
    note: 'The builder\'s `error_response(HTTPStatus.FORBIDDEN)`: `{"requestId": "test_request_id", "errors": [{"message": "Forbidden"}]}`. No header. Kind: 403, forbidden. Message: "Forbidden", the 403\'s own reason phrase (rule 2.1): the default. logId: `requestId` (rule 5).',
    response: { status: 403, body: { requestId: 'test_request_id', errors: [{ message: 'Forbidden' }] } },
    expect: { kind: 'forbidden', message: DEFAULT, logId: 'test_request_id' },
  },
  {
    id: 'gong/error-builder-rate-limit-429-request-id',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/integration/response_builder.py',
    note: 'The builder\'s `error_response(HTTPStatus.TOO_MANY_REQUESTS)`: `{"requestId": "test_request_id", "errors": [{"message": "Rate limit exceeded"}]}`. No header. Kind: 429, rate-limited. Message: "Rate limit exceeded" names the limit, not the reason phrase ("Too Many Requests"); kept as the corpus keeps it (AlphaNeural\'s). logId: `requestId` (rule 5). Retry: none.',
    response: { status: 429, body: { requestId: 'test_request_id', errors: [{ message: 'Rate limit exceeded' }] } },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', logId: 'test_request_id' },
  },
  {
    id: 'gong/error-builder-internal-500-request-id',
    source: 'Gong API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-gong/unit_tests/integration/response_builder.py',
    note: 'The builder\'s `error_response(HTTPStatus.INTERNAL_SERVER_ERROR)`: `{"requestId": "test_request_id", "errors": [{"message": "Internal server error"}]}`. No header. Kind: 500, server. Message: the 500\'s reason phrase (rule 2.1): the default. logId: `requestId` (rule 5).',
    response: { status: 500, body: { requestId: 'test_request_id', errors: [{ message: 'Internal server error' }] } },
    expect: { kind: 'server', message: DEFAULT, logId: 'test_request_id' },
  },
  {
    id: 'youtube-reporting/not-a-valid-report-type-id-400',
    source: 'YouTube Reporting API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-youtube-analytics/unit_tests/test_check.py',
    note: 'Airbyte\'s YouTube Analytics connector (which reads youtubereporting.googleapis.com) mocks `POST /v1/jobs` for a retired report type with `status_code=400, json={"error": {"code": 400, "message": f"{_DEPRECATED_REPORT_TYPE} is not a valid reportTypeId"}}`, commented "Creating a job for a retired report type fails with a 400, mirroring the real API"; `_DEPRECATED_REPORT_TYPE` is `channel_annotations_a1`, filled in. No header. Kind: a 400 without field errors or code: bad-request (rule 1; text never decides). Message: the line names only which input is invalid, by the API\'s name for it (`reportTypeId`, with the value in small letters first): the default (rule 2.1\'s row of 6 December 2026). Judgment call: a reader could keep it as naming the value the person chose. No code, no retry.',
    response: {
      status: 400,
      body: { error: { code: 400, message: 'channel_annotations_a1 is not a valid reportTypeId' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'youtube-reporting/rate-limit-exceeded-retry-after-90-429',
    source: 'YouTube Reporting API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-youtube-analytics/unit_tests/test_rate_limits.py',
    note: 'The connector\'s `test_429_retry_after_header_is_honored`: `GET https://youtubereporting.googleapis.com/v1/reportTypes` answers `{"status_code": 429, "headers": {"Retry-After": "90"}, "json": _RATE_LIMIT_BODY}`, with `_RATE_LIMIT_BODY = {"error": {"code": 429, "message": "rate limit exceeded"}}`. Header copied as the test sets it. Kind: 429, rate-limited. Message: "rate limit exceeded" names the limit, kept as the corpus keeps "Rate limit exceeded". Retry: `Retry-After: 90` (rule 4.1): 90 s. No code (`code` restates the status).',
    response: {
      status: 429,
      headers: { 'Retry-After': '90' },
      body: { error: { code: 429, message: 'rate limit exceeded' } },
    },
    expect: { kind: 'rate-limited', message: 'rate limit exceeded', retry: 90 },
  },
  {
    id: 'youtube-reporting/daily-quota-exhausted-429',
    source: 'YouTube Reporting API',
    url: 'airbytehq/airbyte/airbyte-integrations/connectors/source-youtube-analytics/unit_tests/test_rate_limits.py',
    note: 'The same file\'s `test_daily_quota_429_fails_without_retry`: `status_code=429, json={"error": {"code": 429, "message": "FreeQuotaRequestsPerDayPerProject quota exhausted"}}`, the daily-quota answer the connector\'s filter tells from a per-minute limit (its own message: "Daily YouTube API project quota is exhausted."). No header. Kind: 429, rate-limited. Message: a line naming the spent quota by its metric name; kept as a sentence (it has words beside the camel-case name, rule 2.1). Judgment call: a reader could read the quota\'s name as the API\'s and give the default. Retry: none (a daily quota names no wait). No code.',
    response: {
      status: 429,
      body: { error: { code: 429, message: 'FreeQuotaRequestsPerDayPerProject quota exhausted' } },
    },
    expect: { kind: 'rate-limited', message: 'FreeQuotaRequestsPerDayPerProject quota exhausted' },
  },
] satisfies ConformanceCase[];
