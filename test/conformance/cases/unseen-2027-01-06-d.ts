import { DEFAULT, type ConformanceCase } from '../types';

// Forty-seventh unseen-API holdout, part D (6 January 2027): e-commerce site search, recommendations and merchandising,
// and product reviews and user-generated content platforms that no other case file uses: Klevu (its account-lookup
// API), Trustpilot API, Bloomreach Engagement (the Exponea Tracking API), Bloomreach Discovery (its Search API),
// Microsoft Advertising Shopping Content API (Microsoft Merchant Center's product feed API), Google Content API for
// Shopping, Doofinder (its Management, Search and Recommendations APIs) and Shout About Us ReviewData API, collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body and header was copied from the
// public material named in `url` and `note`: a public issue that pastes a captured response (Trustpilot's 520 from
// CloudFront, printed as an axios error object; Google Content API's 400, printed by the PHP client's exception), the
// vendors' own reference pages that print an error body with its status (Bloomreach Engagement's "Authorization errors"
// page, which prints a `curl -i` capture with its headers, and its "Error messages" page; Bloomreach Discovery's "API
// Error Codes"; Microsoft Advertising's "Error response example"; Doofinder's "Error Reference"; Shout About Us's "Rate
// Limiting"), and one vendor SDK test fixture (Klevu's own PHP SDK, whose account-lookup test answers a 401 with the
// body the SDK branches on). Where a status is not printed beside the body, the note says where it came from (the
// body's own status member, the section of the page the example sits under, or Bloomreach's support table for that
// error). One body is trimmed and says so: Google Content API's (the stored excerpt of the issue stops after the
// envelope's `code`; the closing braces are supplied, nothing else). Bodies printed with an ellipsis by the vendor
// ("Invalid value for...", "Please retry...") are copied with it. No header was added: only the headers printed beside
// a body are copied (Content-Length and Connection left out). Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Constructor.io (its clients' tests against the live API quote the server's sentences, "You
// have supplied an invalid `key` or `autocomplete_key`. …" and "Invalid auth_token. …", but only as the clients'
// exception messages; the body around them is never printed), Coveo (its "Troubleshoot query error codes" and Push API
// pages name the error codes and quote fragments such as `"type": "InvalidToken"`, never a whole body), Klevu's other
// SDK fixtures (`{"error": "Bad Request"}`, `{"error": "Forbidden"}`: placeholders the test author wrote for each
// status) and its JSON indexing API's error table (status, code, message and debug given as table cells, not a body;
// the one printed example, on the Settings page, survives only in a lower-cased stored excerpt), Clerk.io (its "Errors"
// page prints a template with `{ERROR_ID}` placeholders and no status), Bloomreach Engagement's single-event error
// (`{"success": false, "errors": ["At least one id should be specified."]}`, printed with "4xx" only, and Bloomreach's
// support table gives a like message a 200), Doofinder's first example (a Widget not found, printed without a status:
// the 404 section's own example is taken instead) and its 413, 422 and 429 sections (no body printed), Shout About Us's
// error-format example (a template with `field_name`), Google Content API's 400 in a Laravel package's issue (cut by
// Guzzle: "(truncated...)"), Google's Merchant API (its "Handle error responses" page is stored only up to the first
// line of its sample), Microsoft Advertising's "product does not exist" and batch examples (no status), Luigi's Box
// (its API reference pages are stored only to their opening sections, before any error example), and Searchspring,
// Nosto, Findify, Attraqt/Crownpeak, Judge.me (its OpenAPI file is stored only to its opening), Okendo (its reference
// names 400 and 401 without a body), Stamped.io, Loox, PowerReviews, Reviews.io, Feefo, eKomi, Trusted Shops, Trustmate
// and Recombee (no error body with a status found in the stored material within the cap). Sources already in the corpus
// were skipped (Yotpo, Bazaarvoice, Algolia, Typesense, Meilisearch, Elasticsearch, Shopify). The part holds 15 cases
// from 8 sources, under the brief's aim of 25, because 59 of the 60 look-ups went to finding bodies with a status: most
// vendors in this domain print status tables or templates, not bodies, and their SDKs test against stubs.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-06-d`, on 19c18cb, src/ unchanged: in the frozen copy /tmp/base47): 11/15 pass, 8 sources
// (kind 15/15, message 12/15, fields 15/15, retry 15/15, logId 2/2, code 4/5). Failing at first sight:
// klevu/account-lookup-invalid-credentials-401 (code "Unauthorized": the 401's reason phrase in `error` taken over the
// code alone in `message`, `invalid-credentials`, rule 6; a judgment call the note names);
// bloomreach-engagement/tracking-could-not-authenticate-400 ("Could not authenticate" kept, a line made only of words
// that say something failed, rule 2.1; a judgment call the note names);
// bloomreach-engagement/tracking-invalid-project-id-400 ("Invalid project id" kept, a line that names only what is
// invalid, rule 2.1; a judgment call the note names); microsoft-shopping-content/insert-offer-invalid-json-400
// ("Invalid value for..." kept, the vendor's elided placeholder that says no more than the status, rule 2.1). Every
// other case passed as written, including the judgment calls on Google's `reason: "invalid"` (validation, in both the
// Microsoft and the Google Content API bodies), the XML `validation/internal` (validation, its code read), Doofinder's
// "Forbidden origin" and "Forbidden ip" (kept), Bloomreach Discovery's Python list (developer text) and Shout About
// Us's "Please wait before retrying" (kept, with `Retry-After` deciding the wait). No expectation was changed after the
// run (Prettier's quote style was applied before it).
//
// Merged with the other parts (6 December): part E collected the same three Bloomreach Engagement bodies from the same
// two pages, so they were taken out of this file and are kept, with the same expectations, in part E. The part holds 12
// cases from 7 sources; the first-run figure above counts the three (two of them failed at first sight), and the
// holdout's figure counts each body once.

// Scored in `cases/` the stop it was collected (6 December), at 11/12 (Klevu's code alone in `message` beside a reason
// phrase in `error` is the code since). Still missed: Microsoft's "Invalid value for..." (the docs' elided line; no
// rule reads an ellipsis).

export default [
  // ───────────────────────────── Klevu ─────────────────────────────
  {
    id: 'klevu/account-lookup-invalid-credentials-401',
    source: 'Klevu API',
    url: 'klevu/php-sdk/tests/Unit/Service/Account/AccountLookupServiceTest.php@446e0e6012e6c4ab08221adf81b9343e2c7510aa',
    note: 'Klevu\'s own PHP SDK (Klevu Oy), `testExecute_AccountNotFound`: the account-lookup endpoint (`api.ksearchnet.com/user-account/public/platform/account/details`) answers 401 with this body, which the SDK maps to its AccountNotFoundException. A vendor SDK fixture, not a recording; the other fixtures in the same file (`{"error": "Bad Request"}`, `{"error": "Forbidden"}`) are placeholders and were dropped. No header shown. Kind: 401, unauthenticated (rule 1). Message: `message` holds only a code (`invalid-credentials`, one kebab-case token, rule 2.1: a key another word names, as `app-key-invalid` is read) and `error` is the 401\'s reason phrase: the default (rule 2.4). Code: `invalid-credentials`, a code alone in a message\'s member (rule 6, IQAir\'s `city_not_found`). Judgment call: a reader could take `error: "Unauthorized"` for the code, or state none.',
    response: {
      status: 401,
      body: { status: 401, error: 'Unauthorized', message: 'invalid-credentials' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid-credentials' },
  },

  // ───────────────────────────── Trustpilot ─────────────────────────────
  {
    id: 'trustpilot/oauth-client-credentials-cloudfront-520',
    source: 'Trustpilot API',
    url: 'https://github.com/trustpilot/node-trustpilot/issues/110',
    note: "A user of Trustpilot's own Node client asking for an access token with the `client_credentials` grant at `https://api.trustpilot.com`: \"authentication fails with:\" an axios error printing `status: 520`, `statusText: 'Unknown error'` and the headers copied here (`content-length: '0'` and `connection: close` left out). The body is empty: the response said `content-length: 0`. Kind: 520, unavailable (rule 1 lists 520; CloudFront answered it for Trustpilot's origin). Message: no body, the default. logId: `x-amz-cf-id`, a named request-id header (rule 5). No retry (no header or text names one).",
    response: {
      status: 520,
      headers: {
        'content-type': 'text/plain',
        date: 'Tue, 20 Aug 2024 13:02:05 GMT',
        'x-cache': 'Error from cloudfront',
        via: '1.1 9aac88bd0767f985559187c36e716276.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'CHP50-C2',
        'x-amz-cf-id': 'iX0LXSapKKvz7glJYMw9LrevY8t4kOTugsUdn1GtQavCzpVGSeE0IQ==',
      },
      body: '',
    },
    expect: {
      kind: 'unavailable',
      message: DEFAULT,
      logId: 'iX0LXSapKKvz7glJYMw9LrevY8t4kOTugsUdn1GtQavCzpVGSeE0IQ==',
    },
  },

  // ───────────────────────────── Bloomreach Discovery ─────────────────────────────
  {
    id: 'bloomreach-discovery/search-invalid-account-id-400',
    source: 'Bloomreach Discovery API',
    url: 'https://documentation.bloomreach.com/discovery/reference/api-error-codes',
    note: 'Bloomreach Discovery\'s "API Error Codes" page for the Search APIs prints this body under its table ("400 | This happens mostly due to invalid parameters … invalid account_id None"). Status: the body\'s own `status_code` (400). No header shown. Kind: a 400 without a code or field errors (`status_code` restates the status): bad-request (rule 1). Message: `[u\'invalid account_id 0\']` is a Python list printed as text (rule 2.3, the twenty-eighth holdout): developer text, the default. Judgment call: a reader could take the text inside the list as the sentence, which would itself name only what is invalid. No code.',
    response: { status: 400, body: { status_code: 400, message: "[u'invalid account_id 0']" } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Microsoft Advertising Shopping Content API ─────────────────────────────
  {
    id: 'microsoft-shopping-content/insert-offer-invalid-json-400',
    source: 'Microsoft Advertising Shopping Content API',
    url: 'https://learn.microsoft.com/en-us/advertising/shopping-content/error-response-example',
    note: 'Microsoft Advertising\'s "Error response example": "The following shows a JSON error response when trying to insert a single offer." Copied as printed, the vendor\'s own ellipses included ("Invalid value for...", "Invalid..."). Status: the body\'s own `code` ("400"). No header shown. Kind: the lone item\'s `reason: "invalid"` is read as Google\'s legacy format reads it, a validation code (rule 1; the corpus reads `google-play-developer-api/bad-request-invalid-400` so): validation, with no field named (no `location`). Judgment call: by the letter of rule 1 a bare `invalid` names no input, and the kind would be bad-request. Message: the item\'s "Invalid value for..." and the envelope\'s "Invalid..." say no more than the status (rule 2.1, "Invalid value for parameter: amount"); the `warnings` item ("The GTIN is required.") is a warning beside an error, not the error (rule 2, the thirty-seventh holdout): the default. Code: the lone item\'s `reason`, `invalid` (rule 6: the envelope\'s `code` only restates the status).',
    response: {
      status: 400,
      body: {
        error: {
          errors: [{ reason: 'invalid', message: 'Invalid value for...', domain: 'global' }],
          warnings: [{ reason: 'validation', message: 'The GTIN is required.', domain: 'content.ContentErrorDomain' }],
          code: '400',
          message: 'Invalid...',
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalid' },
  },
  {
    id: 'microsoft-shopping-content/insert-offer-validation-internal-xml-400',
    source: 'Microsoft Advertising Shopping Content API',
    url: 'https://learn.microsoft.com/en-us/advertising/shopping-content/error-response-example',
    note: 'The same page: "The following shows an XML error response when trying to insert a single offer." Copied as printed, its ellipsis included. Status: the body\'s own `<code>400</code>`. No header shown (none printed, so no Content-Type). Read as JSON would send it (rule 3): a lone `<error>` with `reason`, `internalReason` and `domain`, a `<warning>` and the envelope\'s `code`. Kind: the lone error\'s `reason`, `validation/internal`, names the validation family (rule 1: a validation code on any 4xx): validation, no field. Judgment call: a reader could take `internal` for the deciding part (the server failed while validating) and say bad-request, as a code that is neither `server_error` cannot make a 4xx a server error. Message: "Internal error occurred. Please retry..." is a generic line and a plea to retry after it (rule 2.1: "Internal … error", the thirty-second holdout), and the warning is not the error: the default. Code: `validation/internal` (rule 6: the lone item\'s code over an envelope `code` that restates the status).',
    response: {
      status: 400,
      body: '<?xml version="1.0" encoding="utf-8"?>\n<errors xmlns="http://schemas.google.com/g/2005">\n<error>\n<reason>validation/internal</reason>\n<internalReason>Internal error occurred. Please retry...</internalReason>\n<domain>sc</domain>\n</error>\n<warning>\n<reason>validation</reason>\n<internalReason>The GTIN is required.</internalReason>\n<domain>content.ContentErrorDomain</domain>\n</warning>\n<code>400</code>\n</errors>',
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'validation/internal' },
  },

  // ───────────────────────────── Google Content API for Shopping ─────────────────────────────
  {
    id: 'google-content-api-shopping/insert-product-source-invalid-400',
    source: 'Google Content API for Shopping',
    url: 'https://github.com/googleapis/google-api-php-client-services/issues/150',
    note: 'A user of Google\'s PHP client (`Google_Service_ShoppingContent`, `products->insert`) pasting the exception: "[Google_Service_Exception (400)]" and the body. Trimmed: the stored excerpt of the issue stops after the envelope\'s `"code": 400,`; what followed (in this format the envelope\'s `message`) is left out, not supplied, and only the closing braces are added. No header shown. Kind: the lone item\'s `reason: "invalid"`, a validation code as the corpus reads Google\'s legacy format (rule 1; see the Microsoft case above for the other reading, bad-request): validation, no field (no `location`; the `[product.source]` label before the sentence is text, and no rule reads a field from text). Message: the lone item\'s sentence (rule 2.2). Code: `invalid` (rule 6).',
    response: {
      status: 400,
      body: {
        error: {
          errors: [
            {
              domain: 'global',
              reason: 'invalid',
              message: '[product.source] INSERT request must not specify product.source',
            },
          ],
          code: 400,
        },
      },
    },
    expect: { kind: 'validation', message: 'INSERT request must not specify product.source', code: 'invalid' },
  },

  // ───────────────────────────── Doofinder ─────────────────────────────
  {
    id: 'doofinder/management-search-engine-not-found-404',
    source: 'Doofinder API',
    url: 'https://docs.doofinder.com/introduction/errors',
    note: 'Doofinder\'s "Error Reference", "404 Not Found — The requested resource does not exist. Management API example:" and this body. No header shown. Kind: 404, not-found (rule 1). Message: "Not found" is the bare reason phrase (rule 2.1): the default. No code (`error` only restates the status), no logId (`resource_id` names the record asked for, not the occurrence).',
    response: {
      status: 404,
      body: { error: 'Not found', resource: 'SearchEngine', resource_id: 'd8fdeab7fce96a19d3fc7b0ca7a1e98b' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'doofinder/validation-details-400',
    source: 'Doofinder API',
    url: 'https://docs.doofinder.com/introduction/errors',
    note: 'The same page, "Error Response Format": "Validation errors include a details object with field-level messages:" and this body. Status: the page\'s "400 Bad Request — The request contains invalid or missing parameters" section, whose own example has the same `{ error: "Bad request", details }` shape. No header shown. Kind: a 400 with field errors: validation (rule 1). Fields: `details` maps each field to a list of messages (rule 3). Message: "Bad request" is the reason phrase: the default (rule 2.4). No code.',
    response: {
      status: 400,
      body: {
        error: 'Bad request',
        details: {
          session_id: ['length must be less than or equal to 32'],
          current_url: ['is required'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['session_id', 'length must be less than or equal to 32'],
        ['current_url', 'is required'],
      ],
    },
  },
  {
    id: 'doofinder/search-query-too-long-400',
    source: 'Doofinder API',
    url: 'https://docs.doofinder.com/introduction/errors',
    note: 'The same page, "400 Bad Request", "Search API example — query too long:" and this body. No header shown. Kind: a 400 with a field error: validation (rule 1). Fields: `details.query` (rule 3). Message: "Bad request" is the reason phrase: the default. No code.',
    response: {
      status: 400,
      body: { error: 'Bad request', details: { query: ['is too long (maximum is 200 characters)'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['query', 'is too long (maximum is 200 characters)']] },
  },
  {
    id: 'doofinder/recommendations-forbidden-origin-403',
    source: 'Doofinder API',
    url: 'https://docs.doofinder.com/introduction/errors',
    note: 'The same page, "403 Forbidden — Access was denied even though authentication succeeded. Recommendations API specific variants:" this body, "The request Origin/Referer is not in the store\'s allowed domains list." No header shown. Kind: 403, forbidden (rule 1). Message: "Forbidden origin" says what was refused (the request\'s origin), not only the reason phrase (rule 2.1: a reason phrase restates only when it is bare): kept. Judgment call: a reader could read it as the reason phrase with one word added, naming only what failed, and give the default. No code (words, not a code token).',
    response: { status: 403, body: { error: 'Forbidden origin' } },
    expect: { kind: 'forbidden', message: 'Forbidden origin' },
  },
  {
    id: 'doofinder/recommendations-forbidden-ip-403',
    source: 'Doofinder API',
    url: 'https://docs.doofinder.com/introduction/errors',
    note: 'The same section\'s second variant: this body, "The client IP is on the store\'s blocklist." No header shown. Kind: 403, forbidden. Message: "Forbidden ip" says what was refused: kept, the same judgment call as the origin case. No code.',
    response: { status: 403, body: { error: 'Forbidden ip' } },
    expect: { kind: 'forbidden', message: 'Forbidden ip' },
  },

  // ───────────────────────────── Shout About Us ReviewData ─────────────────────────────
  {
    id: 'shoutaboutus-reviewdata/rate-limited-429',
    source: 'Shout About Us ReviewData API',
    url: 'https://docs.shoutaboutus.com/docs/rate-limiting',
    note: 'Shout About Us\'s ReviewData API (review collection for businesses) "Rate Limiting" page: "Rate Limit Exceeded Response (429)" with these headers and this response body. Kind: 429, rate-limited (and `rate_limited` is a throttling code, rule 1). Retry: `Retry-After: 14` decides (rule 4.1; the `X-RateLimit-Reset` epoch in milliseconds is outranked). Message: "Too many requests." leading the sentence restates the status and is dropped (rule 2.1, as InvoisX\'s "Too many requests. Please try again in 60 seconds." is read); "Please wait before retrying." is a plea after a reason phrase alone, which the thirty-second holdout left out of the generic pleas: kept. Judgment call: the thirtieth holdout reads "a reason phrase before \' - \' and … a plea to wait" as saying no more, and a reader could give the default; `suggestion` ("Reduce request rate or implement exponential backoff with jitter.") is advice for the developer, not the message. Fields: none (a 429 is no input\'s fault; `details` holds the limiter\'s figures, not field messages, rule 3). Code: `rate_limited` (rule 6).',
    response: {
      status: 429,
      headers: {
        'X-RateLimit-Limit': '180',
        'X-RateLimit-Window': '60s',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1738200123456',
        'Retry-After': '14',
        'Content-Type': 'application/json',
      },
      body: {
        error: {
          code: 'rate_limited',
          message: 'Too many requests. Please wait before retrying.',
          status: 429,
          details: {
            limit_per_minute: 180,
            window_seconds: 60,
            remaining: 0,
            reset_at: 1738200123456,
            endpoint: '/v1/reviews',
            method: 'POST',
            api_key: 'redacted',
          },
          suggestion: 'Reduce request rate or implement exponential backoff with jitter.',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Please wait before retrying', retry: 14, code: 'rate_limited' },
  },
] satisfies ConformanceCase[];
