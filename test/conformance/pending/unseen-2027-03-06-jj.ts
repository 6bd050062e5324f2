import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-sixth unseen-API holdout, part JJ (6 March 2027): nonprofit, fundraising, church-management, membership
// and association-management APIs that no other case file uses: Givebutter (a nonprofit fundraising platform, its REST
// API), Wild Apricot (membership and association management, its API v2), Raisely (peer-to-peer fundraising), the
// Virtuous Raise API (Virtuous' donation and giving API for nonprofits), Membership.io (a membership and course
// platform, its JSON:API-style API) and MomoGood (Givergy's charity events and auctions platform, its events-auctions
// API). They were collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was
// copied from the vendor's own documentation, each page named in `url`: Givebutter's authentication page (its 401 and
// 403 bodies, each printed under its status), Wild Apricot's "API status codes" help article (a 400 printed as "HTTP
// 400 Bad request { … }", in JavaScript notation: written here as the JSON it stands for, unquoted keys quoted and the
// trailing comma dropped), Raisely's error-handling page (a 400 printed with `// …` comments and one missing comma:
// comments removed, the comma added, nothing else changed), Virtuous' Raise error-handling page (a ProblemDetails 400
// and its validation variant, both naming 400 in `status` and in the text), Membership.io's error-handling and JSON:API
// pages (a 404, two 422s and a 429, each naming its status in the item's `status` and in the text) and MomoGood's
// errors page (a 403 printed under "Example: 403 on a Custom Data Export path"). No header was added: the pages that
// mention one (Membership.io's Retry-After and X-Request-ID, Givebutter's Retry-After) print no value. Every `expect`
// was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Neon CRM (its API v2 response-codes page lists error codes and texts in tables, no body),
// Bloomerang (an error-code list, no body), Text In Church (its one printed body, an `error` object holding `msg`,
// `code: 500` and `page`, is tied to no status: "a standard HTTP response code for 400 or above"), Givebutter's newer
// errors page (a template, `type: "error_type"`, `message: "Human-readable error description"`) and its rate-limit page
// (no body), the Virtuous Raise rate-limit page (assumptions, no body). Searches for Pushpay, Breeze ChMS, Elvanto,
// Rock RMS, Every.org, GlobalGiving, JustGiving, Candid, Mobilize, Beacon CRM, Donorfy, Little Green Light, Memberful
// and ChurchTools, and the givebutter-php SDK's tests (listed, not read), found nothing citable with a whole body and
// its status within the cap. Skipped as already sources: Blackbaud SKY API, Planning Center, Tithe.ly, Donorbox,
// Classy, NationBuilder, Action Network, NGP VAN (EveryAction), ChurchCRM, ChurchSuite, CiviCRM, Open Collective and
// betterplace.org (not looked up), and FundraisingBox, DonorAtlas and CharityStack, whose error pages the searches
// surfaced again.
//
// The part holds 11 cases from 6 sources, under the brief's aim of 15–30 (at least 5 sources met): all 35 look-ups of
// the cap were spent, most on vendors whose pages list codes in tables and print no body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-06-jj`, on 4adb57b, src/ unchanged: in the frozen copy /tmp/base106; `--check` first reported
// 4939 valid cases, 1830 sources): 9/11 pass, 6 sources (kind 11/11, message 10/11, fields 10/11, retry 11/11, logId
// 0/0, code 4/4). Failing at first sight: wild-apricot/contact-details-validation-400 (the kit kept the `Email` item as
// a field error but made none of the `Country of origin` item; the case reads each `details` item's `key` as its field,
// spelled as the server sent it, rule 3: a judgment call its note names, since `restriction` is no listed message
// member, though the kit read it for `Email`); raisely/two-required-fields-400 (the kit kept "2 fields are invalid
// (profileUuid,userUuid)"; the case reads a count of the failures that names only inputs by their keys as saying no
// more than the status, rule 2.1's "6 violations failed" and "The following field is invalid: email", and gives the
// default: a judgment call its note names, as Raisely says its `detail` can be shown to the end user). Every other case
// passed as written, including the judgment calls on Wild Apricot's "Contact details validation error." (the default),
// Raisely's item `message` over its `detail`, Virtuous Raise's "The 'amount' field must be greater than zero." (kept)
// and MomoGood's placeholder line (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Givebutter ─────────────────────────────
  {
    id: 'givebutter/unauthenticated-401',
    source: 'Givebutter',
    url: 'https://docs.givebutter.com/api-reference/authentication',
    note: 'The "Authentication Errors" section prints under "401 Unauthorized" ("Your API key is missing, invalid, or revoked.") the body `{ "message": "Unauthenticated." }`, Laravel\'s stock text. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Unauthenticated." is a lone word that restates the 401 (rule 2.1: "Unauthenticated" is a lone word): the default.',
    response: { status: 401, body: { message: 'Unauthenticated.' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'givebutter/action-unauthorized-403',
    source: 'Givebutter',
    url: 'https://docs.givebutter.com/api-reference/authentication',
    note: 'The same section prints under "403 Forbidden" ("Your API key is valid but lacks permission for this resource.") the body `{ "message": "This action is unauthorized." }`, Laravel\'s wording of a refused policy. No header shown. Kind: 403, forbidden (rule 1). Message: a sentence that says what was refused, on a 403, whose phrase is "Forbidden": kept (rule 2.1, as "Not Authorized" sent with a 403 is).',
    response: { status: 403, body: { message: 'This action is unauthorized.' } },
    expect: { kind: 'forbidden', message: 'This action is unauthorized' },
  },

  // ───────────────────────────── Wild Apricot ─────────────────────────────
  {
    id: 'wild-apricot/contact-details-validation-400',
    source: 'Wild Apricot',
    url: 'https://support.wildapricot.com/hc/en-us/articles/24302803480589-API-status-codes',
    note: 'The help article\'s 400 entry ("The response body will contain the following fields. Code: One-word summary of the error (e.g. Validation); Message: A high-level description of the error; Details: The field name, value, and specific violation") prints "HTTP 400 Bad request" and the body in JavaScript notation (unquoted keys, a trailing comma after the last item): written here as the JSON it stands for. No header shown. Kind: 400 with field errors and a validation code (`code: "Validation"`): validation (rule 1). Fields: each item of `details` names its field in `key` (a path-like member, rule 3) and its violation in `restriction`, which the page calls "the specific violation": `Email` and `Country of origin` (segments keep the server\'s spelling). Judgment call: `restriction` is no listed message member, and a reader could take `value` or nothing as the item\'s message. Message: "Contact details validation error." is a category line naming the record, as "Validation error" is (rule 2.1): the default; judgment call, a reader could keep it as naming what failed. Code: `Validation`, the `code` member (rule 6; no item carries a code of its own).',
    response: {
      status: 400,
      body: {
        code: 'Validation',
        message: 'Contact details validation error.',
        details: [
          { key: 'Email', value: 'someinvalid@valueforemail.comcom', restriction: 'Invalid email address.' },
          { key: 'Country of origin', value: 'USSA', restriction: 'Unexpected option.' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['Email', 'Invalid email address'],
        ['Country of origin', 'Unexpected option'],
      ],
      code: 'Validation',
    },
  },

  // ───────────────────────────── Raisely ─────────────────────────────
  {
    id: 'raisely/two-required-fields-400',
    source: 'Raisely',
    url: 'https://developers.raisely.com/docs/error-handling',
    note: 'The page\'s example of "a validation error that you might receive", an RFC 7807 body naming `status: 400` (and "HTTP status codes will be 4xx or 5xx", "Same as the HTTP status code of the response"). Printed with `// …` comments, a missing comma after the first item\'s `detail` and trailing commas: the comments were removed and the JSON repaired, nothing else changed. No header shown. Kind: 400 with field errors: validation (rule 1). Fields: each item of `errors` names its field in `field` and carries `message` ("profileUuid is a required field"), a type-level `detail` ("One or more values is missing or invalid") and `title` ("Invalid value"); the occurrence\'s text is `message` (rule 2.2: occurrence-specific text beats type-level text). Judgment call: a reader could give the item\'s `detail` as its message. Message: the envelope\'s `detail`, "2 fields are invalid (profileUuid,userUuid)", counts the failures and names only inputs by their keys (rule 2.1: a count of violations, "The following field is invalid: email"): the default. Judgment call: the page says `detail` "can be shown to the end user". No code stated: `code: "invalid value"` is two words, and whether it or the problem `type` is the code is open (rule 6). No logId: `instance` is a path (rule 5), though the page says to give it to Support.',
    response: {
      status: 400,
      body: {
        detail: '2 fields are invalid (profileUuid,userUuid)',
        code: 'invalid value',
        type: '/errors/types/invalid-value',
        status: 400,
        instance: '/errors/occurrence/4fa30ffb-72ba-41cd-b90f-943ca2f30999',
        time: '2020-11-02T10:18:35.242Z',
        errors: [
          {
            code: 'invalid value',
            message: 'profileUuid is a required field',
            status: 400,
            subcode: 'required',
            field: 'profileUuid',
            recordType: 'post',
            detail: 'One or more values is missing or invalid',
            title: 'Invalid value',
          },
          {
            code: 'invalid value',
            message: 'userUuid is a required field',
            status: 400,
            subcode: 'required',
            field: 'userUuid',
            recordType: 'post',
            title: 'Invalid value',
            detail: 'One or more values is missing or invalid',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['profileUuid', 'profileUuid is a required field'],
        ['userUuid', 'userUuid is a required field'],
      ],
    },
  },

  // ───────────────────────────── Virtuous Raise API ─────────────────────────────
  {
    id: 'virtuous-raise/amount-must-be-positive-400',
    source: 'Virtuous Raise API',
    url: 'https://docs.virtuous.org/raise/error-handling',
    note: 'The page\'s "base ProblemDetails envelope", the shape "every non-success response from the Raise API" uses, printed with `status: 400` ("matches the response\'s actual status"). No header shown. Kind: 400 without field errors and without a code: bad-request (rule 1; text never decides, though the sentence names an input). Message: `detail` beats `title` (rule 2.2); "The \'amount\' field must be greater than zero." names the input by its quoted key but says what its value must be, a rule about the value, which the rule row of 6 December 2026 leaves a sentence (NutrientAPI\'s "ingredients must be a non-empty array" was kept): kept. Judgment call: a reader could read it as a line naming only an invalid input and give the default. No code stated: the problem `type` is RFC 7231\'s section link, ASP.NET\'s default. No logId: `instance` is the request path (rule 5).',
    response: {
      status: 400,
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'Bad Request',
        status: 400,
        detail: "The 'amount' field must be greater than zero.",
        instance: '/api/Raise/give',
      },
    },
    expect: { kind: 'bad-request', message: 'must be greater than zero' },
  },
  {
    id: 'virtuous-raise/validation-problem-details-400',
    source: 'Virtuous Raise API',
    url: 'https://docs.virtuous.org/raise/error-handling',
    note: 'The page\'s "validation variant" (HttpValidationProblemDetails, "typically 400 Bad Request on a write endpoint"), printed with `status: 400`. No header shown. Kind: 400 with field errors: validation (rule 1). Fields: the `errors` map, each message its own error (rule 3): `amount` twice and `donor.email`. Message: "One or more validation errors occurred." is a generic summary (rule 2.1): the default.',
    response: {
      status: 400,
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: {
          amount: ['The amount field is required.', 'Amount must be greater than zero.'],
          'donor.email': ['A valid email address is required.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'The amount field is required'],
        ['amount', 'Amount must be greater than zero'],
        ['donor.email', 'A valid email address is required'],
      ],
    },
  },

  // ───────────────────────────── Membership.io ─────────────────────────────
  {
    id: 'membership-io/hub-not-found-404',
    source: 'Membership.io',
    url: 'https://docs.member.dev/reference/error-handling',
    note: '"When a request fails, Membership.io returns an errors array": the page\'s first example, its item naming `status: "404"`. `request_id: "01J..."` is the vendor\'s elided id, copied as printed. The page says the id is "usually" in X-Request-ID too, but prints no header: none given. Kind: 404, not-found (rule 1). Message: the lone item\'s `detail`, "Hub not found.", beats its `title`, the bare reason phrase (rule 2.2); "Hub not found" names what was not found, a sentence (the rule row of the fifth holdout: only the bare phrase restates the status): kept. Code: `hub_not_found` (rule 6). No logId stated: the printed id is elided.',
    response: {
      status: 404,
      body: {
        errors: [
          {
            status: '404',
            code: 'hub_not_found',
            title: 'Not Found',
            detail: 'Hub not found.',
            meta: { request_id: '01J...' },
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'Hub not found', code: 'hub_not_found' },
  },
  {
    id: 'membership-io/email-field-required-422',
    source: 'Membership.io',
    url: 'https://docs.member.dev/reference/error-handling',
    note: '"Validation errors use status 422. When available, source.pointer points to the invalid request body field": the page\'s example, its item naming `status: "422"`. No header shown. Kind: 422, validation (rule 1). Fields: the JSON:API pointer `/data/attributes/email` is `email` (rule 3\'s table), its message the item\'s `detail`. Message: `title` "Validation Error" is a category line and the only sentence is the field\'s (rules 2.1, 2.4): the default.',
    response: {
      status: 422,
      body: {
        errors: [
          {
            status: '422',
            title: 'Validation Error',
            detail: 'Field required',
            source: { pointer: '/data/attributes/email' },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['email', 'Field required']] },
  },
  {
    id: 'membership-io/validation-error-code-422',
    source: 'Membership.io',
    url: 'https://docs.member.dev/concepts/json-api',
    note: 'The JSON:API page\'s "Errors" example ("Each error has an HTTP status string, title, detail, optional code, and optional source pointer"), its item naming `status: "422"`; `request_id: "req_..."` is the vendor\'s elided id, copied as printed. No header shown. Kind: 422 with a field error and a validation code: validation (rule 1). Fields: `email` (the JSON:API pointer, rule 3). Message: the default (rules 2.1, 2.4), as in the error-handling page\'s example. Code: `validation_error`, the lone item\'s code (rule 6); no other code stands beside it.',
    response: {
      status: 422,
      body: {
        errors: [
          {
            status: '422',
            code: 'validation_error',
            title: 'Validation Error',
            detail: 'Field required',
            source: { pointer: '/data/attributes/email' },
            meta: { request_id: 'req_...' },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['email', 'Field required']], code: 'validation_error' },
  },
  {
    id: 'membership-io/rate-limited-429',
    source: 'Membership.io',
    url: 'https://docs.member.dev/reference/error-handling',
    note: '"When a per-endpoint rate limit is exceeded the response carries code rate_limited and a Retry-After header with the number of seconds until the window resets": the page\'s example, its item naming `status: "429"`. The header\'s value is not printed, so none is given (the body\'s 42 seconds would be a guess for it). Kind: 429, rate-limited (rule 1). Message: `detail` "Rate limit exceeded. Retry after 42 seconds." beats the `title`, the bare reason phrase (rule 2.2); the corpus keeps "Rate limit exceeded": kept. Retry: no header, no body hint; the wait written in the text, "Retry after 42 seconds" (rule 4.4): 42 s. Code: `rate_limited` (rule 6).',
    response: {
      status: 429,
      body: {
        errors: [
          {
            status: '429',
            code: 'rate_limited',
            title: 'Too Many Requests',
            detail: 'Rate limit exceeded. Retry after 42 seconds.',
            meta: { request_id: '01J...' },
          },
        ],
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 42, code: 'rate_limited' },
  },

  // ───────────────────────────── MomoGood ─────────────────────────────
  {
    id: 'momogood/custom-data-export-forbidden-403',
    source: 'MomoGood',
    url: 'https://developers.momogood.com/events-auctions/errors',
    note: 'The errors page ("All errors return a JSON body of the form `{ code, message, extra }`") prints under "Example: 403 on a Custom Data Export path" the body "you\'ll get if you call a Custom Data Export endpoint with a session that isn\'t the configured service user"; "the exact message text varies per integration namespace", and the vendor prints `<namespace>` in its place: copied as printed. `extra` is the caller\'s own user UUID ("useful when contacting support"), the vendor\'s placeholder `11111111-…`. No header shown. Kind: 403, forbidden (rule 1). Message: "Access forbidden: not a <namespace> client" says what was refused; the angle brackets around a word are text, not markup (rule 2.5); the words before the colon reword the 403\'s phrase and a reader may drop them (rule 2.1), so the expected substring is the part after them: kept. No code stated: `forbidden` only restates the status (rule 6). No logId stated: `extra` names the user, not the occurrence.',
    response: {
      status: 403,
      body: {
        code: 'forbidden',
        message: 'Access forbidden: not a <namespace> client',
        extra: '11111111-2222-3333-4444-555555555555',
      },
    },
    expect: { kind: 'forbidden', message: 'not a <namespace> client' },
  },
] satisfies ConformanceCase[];
