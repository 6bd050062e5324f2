import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KI (10 March 2027): developer-docs "Errors" pages of long-tail vertical
// SaaS APIs (property management and real estate, field service and trades, construction, fleet) that print a whole
// example error body with its status. Sources: BuildWorkPro (construction project management for subcontractors),
// ConstructionOnline (UDA Technologies' construction project management), Buildr (a CRM for construction sales),
// PlanoMatic (real-estate photography ordering, its order API), Hostex (a vacation-rental property management system,
// its OpenAPI v3), FleetRunnr (fleet and delivery management), Fleet-Up (fleet telematics), Fryte (an EV fleet
// route and charging planner) and the InnovateQ gateway (a job and site scheduling gateway for field work). Every body
// was copied from the vendor's own docs page named in `url`, as the page prints it with the status it ties it to (a
// heading, a status line, a table row naming the body's code, or a status member the page says mirrors the HTTP
// status); headers were copied only where the page prints them or states them for every error (BuildWorkPro's
// `application/problem+json`), none added. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: OwnerRez (its API v2 errors article lists each code and its status but prints no whole
// body), Guesty (status tables only), FieldCamp (its one envelope example, "jobNumber is required", is tied to no
// status), Guardhouse (its envelope example is tied to no status), Fleeticc (a body without its status), SU's channel
// manager API (HTTP status not given), ServicePower (a dispatch error body without its status), ServiceChannel, Holidu,
// Wialon, the FleetUp v2 docs on apifox, Realtyna, Borough and PlanOcore's endpoint pages (tables or placeholders
// only), Commercial Units (its 429 prints headers but no body), the Open Exchange HOA and HOALife docs (no error
// bodies), Housecall Pro (only n8n node pages turned up), Construction AI (a shape with placeholders), FleetRunnr's 422
// (its `errors` printed as "...") and its "5xx" example (no single status), Hostex's envelope example (a success) and
// BuildWorkPro's rate-limit page (headers described, no body). Buildium and ServiceTitan were looked for as SDK
// fixtures (LeadSimple/buildium, compwright/servicetitan): none within the cap. Skipped as already sources (found by
// the searches, not spent on): ApartmentIQ, PropOps, HolidayMate, Booking.com, Field Nation, Custom Trades CRM,
// Travtus, HireDispatcher, RealEstateAPI, Realie, RealtyAPI, ELIVAAS and Fleetio; of the brief's list Hostaway,
// Lodgify, Hospitable, Zillow, Spark API, Reapit and ServiceM8 are sources and were not looked up.
//
// The part holds 14 cases from 9 sources, one under the brief's aim of 15: all 38 look-ups of the cap were spent, many
// on pages that print only a status table or a body without its status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-ki`, on aa403dc as /tmp/base110/READY names it, src/ unchanged: in the frozen copy
// /tmp/base110, after `--check` reported the cases valid): 12/14 pass, 9 sources (kind 12/14, message 13/14, fields
// 14/14, retry 14/14, logId 1/1, code 4/4). Failing at first sight: hostex/too-many-attempts-200-error-code-429 (kept
// kind unknown and the unknown kind's default, "Try again. If the problem continues, contact support."; the case
// expects rate-limited, as a numeric code naming a 4xx beside a 2xx names the kind (rule 1, Twelve Data's `code:
// 429`), here under `error_code`, and "Too Many Attempts." as the message (rule 2.1; the message half is a judgment
// call its note names)); hostex/message-throttle-try-again-200-error-code-429 (kept kind unknown; the case expects
// rate-limited by the same row of rule 1; its message and its 60 s wait from the text were read). Every other case
// passed as written, including the judgment calls on BuildWorkPro's "email must be a valid address" (kept) and its
// item's `invalid_format` code, ConstructionOnline's closed `Message` string, Buildr's `X-Rate-Limited-For` (no retry
// time), PlanoMatic's `attr` fields and Fleet-Up's 50003 on a 400 (bad-request, the credential line kept).
//
// No expectation was changed after the run.

export default [
  // ───────────────────────────── BuildWorkPro ─────────────────────────────
  {
    id: 'buildworkpro/validation-failed-email-422',
    source: 'BuildWorkPro API',
    url: 'https://buildworkpro.com/api/concepts/errors/',
    note: 'The errors page\'s "Envelope" example: an RFC 9457 problem with `status: 422` (the page: "HTTP status code (also returned in the response status line)"); errors are "returned with Content-Type: application/problem+json", so that header is given. Kind: 422 with a field error, validation (rule 1). Fields: `errors[0]` names `email` (rule 3). Message: `detail` is the occurrence\'s text and beats `title` ("Validation failed", generic, rule 2.1); "email must be a valid address" starts with the input\'s name in small letters but says what its value must be, as Confluent\'s "records may not be empty" and go-openapi\'s "id in body must be of type uuid" stay (rule 2.1, the rows of the sixty-fourth and eighty-eighth holdouts): kept. Judgment call: a reader could read it as a line naming only an input by the API\'s key and give the default. Code: the envelope\'s `validation_failed` only says validation, so the lone item\'s `invalid_format` is the code (rule 6). logId: `request_id` (rule 5).',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://docs.buildworkpro.com/docs/api/concepts/errors#validation_failed',
        title: 'Validation failed',
        status: 422,
        detail: 'email must be a valid address',
        code: 'validation_failed',
        request_id: 'req_8f3c1b2a',
        errors: [{ field: 'email', code: 'invalid_format', message: 'must be a valid address' }],
      },
    },
    expect: {
      kind: 'validation',
      message: 'email must be a valid address',
      fields: [['email', 'must be a valid address']],
      logId: 'req_8f3c1b2a',
      code: 'invalid_format',
    },
  },

  // ───────────────────────────── ConstructionOnline ─────────────────────────────
  {
    id: 'constructiononline/no-http-resource-lead-404',
    source: 'ConstructionOnline API',
    url: 'https://help.constructiononline.com/developers/response-codes',
    note: 'The response-codes page\'s "Example": `GET https://api.constructiononline.com/api/Lead` answers "HTTP 404 Not Found" with this body (ASP.NET Web API\'s `Message` and `MessageDetail`). The page prints `Message` without its closing quote and comma (the URI ends "…/api/Lead" and the next line is `"MessageDetail"`); the string is closed where the printed text ends and nothing is added: a judgment call (ASP.NET Web API would end the line "…/api/Lead\'."; the case\'s substring holds either way). No header printed. Kind: 404, not-found (rule 1). Message: `Message` says no resource matches the address, kept as the corpus keeps ASP.NET Web API\'s line (SPTrans Olho Vivo\'s, 2sxc\'s); `MessageDetail` names a controller, the framework\'s detail for the developer (rule 2.3, as 2sxc\'s case reads it). Judgment call: a reader could read the stock routing text as the developer\'s and give the default. No code.',
    response: {
      status: 404,
      body: {
        Message: "No HTTP resource was found that matches the request URI 'https://api.constructiononline.com/api/Lead",
        MessageDetail: "No type was found that matches the controller named 'Lead'.",
      },
    },
    expect: { kind: 'not-found', message: 'No HTTP resource was found that matches the request URI' },
  },

  // ───────────────────────────── Buildr ─────────────────────────────
  {
    id: 'buildr/rate-limit-exceeded-429-x-rate-limited-for',
    source: 'Buildr API',
    url: 'https://buildr.dev/introduction/rate-limiting',
    note: 'The rate-limiting page\'s "Example": `HTTP/1.1 429 Too Many Requests`, `X-Rate-Limited-For: 5`, `Content-Type: application/json` and the body, copied whole. Kind: 429, and `rate_limit_exceeded` is a throttling code (rule 1): rate-limited. Message: only a code (rule 2.1): the default. Code: the `error` member holds the code (rule 6). Retry: `X-Rate-Limited-For` ("the number of seconds until the next API call will succeed", the page) is neither `Retry-After` nor a reset header rule 4 names, and the body holds no hint: no retry time. Judgment call: a reader could read the vendor\'s header as a delay in seconds (5).',
    response: {
      status: 429,
      headers: { 'X-Rate-Limited-For': '5', 'Content-Type': 'application/json' },
      body: { error: 'rate_limit_exceeded' },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, code: 'rate_limit_exceeded' },
  },

  // ───────────────────────────── PlanoMatic ─────────────────────────────
  {
    id: 'planomatic/order-validation-error-attr-400',
    source: 'PlanoMatic API',
    url: 'https://docs.planomatic.com/reference/validation-errors',
    note: 'The validation-errors page: "If any part of an order request doesn\'t pass validation … a 400 code error response will be returned", with this body (its `code: 400` mirrors the status). No header printed. Kind: a 400 with field errors, validation (rule 1; `status: "validation-error"` says the same as a category). Fields: each item names its input in `attr` ("The attribute specifies which part of the order request body did not pass validation", the page) beside its `message`; `attr` is not among rule 3\'s listed names, but a list of items that each name a field and carry a message is read under any name (rule 3): a judgment call. The messages are single words ("missing", "unrecognized"), the fields\' own lines. Message: only field messages (rule 2.4): the default. No code stated: `code` restates the status and `status` is a category.',
    response: {
      status: 400,
      body: {
        code: 400,
        status: 'validation-error',
        errors: [
          { attr: 'external_property_id', message: 'missing' },
          { attr: 'billing_entity_slug', message: 'unrecognized' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['external_property_id', 'missing'],
        ['billing_entity_slug', 'unrecognized'],
      ],
    },
  },

  // ───────────────────────────── Hostex ─────────────────────────────
  {
    id: 'hostex/too-many-attempts-200-error-code-429',
    source: 'Hostex OpenAPI',
    url: 'https://apidoc.hostex.io/reference/rate-limits',
    note: 'The rate-limits page\'s "Response on rate-limit hit": `HTTP/1.1 200 OK`, `Retry-After: 60`, `X-RateLimit-Scope: user` (the page\'s trailing comment `# or "endpoint"` dropped), `X-RateLimit-Window: 1m`, `X-RateLimit-Reason: user rate limit exceeded: 1200 requests per 1m` and the body, copied as printed; `request_id` is printed elided as "RT...". The errors page: "The HTTP status is 200 even for application-level errors." Kind: a numeric code of a 4xx beside a 2xx names it (rule 1, Twelve Data\'s `code: 429`): rate-limited. Message: "Too Many Attempts." (Laravel\'s throttle line) is not the 429\'s reason phrase, a sentence (rule 2.1): kept. Judgment call: a reader could read it as the reason phrase in other words and give the default, as one case written before does. Retry: `Retry-After: 60` (rule 4.1). Code: `error_code` 429 restates the status it names; not stated. logId not stated: the id is printed elided.',
    response: {
      status: 200,
      headers: {
        'Retry-After': '60',
        'X-RateLimit-Scope': 'user',
        'X-RateLimit-Window': '1m',
        'X-RateLimit-Reason': 'user rate limit exceeded: 1200 requests per 1m',
      },
      body: { error_code: 429, error_msg: 'Too Many Attempts.', request_id: 'RT...' },
    },
    expect: { kind: 'rate-limited', message: 'Too Many Attempts', retry: 60 },
  },
  {
    id: 'hostex/message-throttle-try-again-200-error-code-429',
    source: 'Hostex OpenAPI',
    url: 'https://apidoc.hostex.io/reference/rate-limits',
    note: 'The same page: "For Layer 3 (message throttle) the body explicitly tells you when to retry", with this body; "Exceeding a limit returns HTTP 200 with error_code: 429 in the body and a Retry-After header", but the header\'s value is not printed for this body, so none is given (a judgment call: the status is the page\'s rule for every limit, the headers are left out rather than guessed). `request_id` printed elided. Kind: `error_code: 429` beside a 200 (rule 1): rate-limited. Message: a plea to try again after a reason phrase alone stays the message (rule 2.1, the row restated for Enua\'s): kept. Retry: the wait written in the text, 60 s (rule 4.4). No code, no logId stated.',
    response: {
      status: 200,
      body: { error_code: 429, error_msg: 'Too many requests. Try again in 60 seconds.', request_id: 'RT...' },
    },
    expect: { kind: 'rate-limited', message: 'Too many requests. Try again in 60 seconds', retry: 60 },
  },

  // ───────────────────────────── FleetRunnr ─────────────────────────────
  {
    id: 'fleetrunnr/unauthorized-401',
    source: 'FleetRunnr API',
    url: 'https://docs.fleetrunnr.com/topic/topic-error-responses',
    note: 'The error-responses page, under "401 Unauthorized" ("The client doesn\'t have proper authentication headers"). No header printed. Kind: 401, unauthenticated (rule 1). Message: the 401\'s reason phrase with a period (rule 2.1): the default.',
    response: { status: 401, body: { message: 'Unauthorized.' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'fleetrunnr/payment-required-402',
    source: 'FleetRunnr API',
    url: 'https://docs.fleetrunnr.com/topic/topic-error-responses',
    note: 'The same page, under "402 Payment Required" ("The account doesn\'t have a valid subscription or has overdue payments"). Kind: a 402 with no code: bad-request ("any other 4xx that signing in, waiting or changing the input field by field would not fix", rule 1; AutoSend\'s 402 is read so). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 402, body: { message: 'Payment Required.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'fleetrunnr/forbidden-403',
    source: 'FleetRunnr API',
    url: 'https://docs.fleetrunnr.com/topic/topic-error-responses',
    note: 'The same page, under "403 Forbidden" ("The requested resource is not accessible"). Kind: 403, forbidden (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 403, body: { message: 'Forbidden.' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'fleetrunnr/not-found-404',
    source: 'FleetRunnr API',
    url: 'https://docs.fleetrunnr.com/topic/topic-error-responses',
    note: 'The same page, under "404 Not Found". Kind: 404, not-found (rule 1). Message: the reason phrase in small letters with a period (rule 2.1): the default.',
    response: { status: 404, body: { message: 'Not found.' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'fleetrunnr/too-many-requests-429',
    source: 'FleetRunnr API',
    url: 'https://docs.fleetrunnr.com/topic/topic-error-responses',
    note: 'The same page, under "429 Too Many Requests" ("The client has exceeded the API rate limit"). No header printed, so no retry time (rule 4). Kind: 429, rate-limited (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 429, body: { message: 'Too many requests.' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Fleet-Up ─────────────────────────────
  {
    id: 'fleet-up/incorrect-api-code-50003-400',
    source: 'Fleet-Up API',
    url: 'http://fin.fleet-up.com/Api/ResponseCodes',
    note: 'The response-codes page\'s example body; its table gives "50003 InvalidApiCodeForApp Failed because the API key supplied for the app was not found or invalid. (HTTP 400)", which ties the body to its status. `CachedUntilUTC` is printed as JSON `"\\/Date(1421799725525)\\/"`, which decodes to the string given. No header printed. Kind: a 400 whose only code is a number no row names (the name `InvalidApiCodeForApp` is the docs\', not the body\'s); text never decides (rule 1): bad-request. Judgment call: a reader following the docs\' table could read 50003 as a credential failure and make it unauthenticated. Message: the reason phrase leading the line is dropped (rule 2.1, "Bad Request: failed to process audio"; here after a dash), and "Incorrect ApiCode for this App." names a credential, which stays (rule 2.1): kept. Code: `Code`, a number, as a string (rule 6).',
    response: {
      status: 400,
      body: {
        Success: false,
        Message: 'Bad request - Incorrect ApiCode for this App.',
        CachedUntilUTC: '/Date(1421799725525)/',
        Code: 50003,
        Data: null,
      },
    },
    expect: { kind: 'bad-request', message: 'Incorrect ApiCode for this App', code: '50003' },
  },

  // ───────────────────────────── Fryte ─────────────────────────────
  {
    id: 'fryte/battery-level-start-422',
    source: 'Fryte Planner API',
    url: 'https://docs.fryte.com/planner/errors.md',
    note: 'The planner\'s errors page: "Validation errors (422) return additional detail about the affected fields", with this body (FastAPI\'s). The generic `{ "detail": "Human-readable error message" }` above it is a placeholder and was not taken. No header printed. Kind: 422 with a field error, validation (rule 1). Fields: `loc` `["body", "battery_level_start"]`; `body` names the part of the request, not a field (rule 3). Message: only a field message (rule 2.4): the default. No code stated (`type` is the item\'s pydantic rule).',
    response: {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'battery_level_start'],
            msg: 'Input should be greater than or equal to 0.1',
            type: 'greater_than_equal',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['battery_level_start', 'greater than or equal to 0.1']],
    },
  },

  // ───────────────────────────── InnovateQ gateway ─────────────────────────────
  {
    id: 'innovateq-gateway/editing-locked-409',
    source: 'InnovateQ Gateway API',
    url: 'https://gateway.innovateq.com.au/docs/errors',
    note: 'The errors page\'s "Shape" example, an RFC 7807 problem with `status: 409` ("status mirrors the HTTP status"; the catalog lists editing-locked as 409, "The job has progressed past the editable states"). `instance` is printed elided, "req_01HX…"; copied as printed. No header printed (the page says `instance` matches `X-Request-Id`, whose value is not shown). Kind: 409, conflict (rule 1). Message: `title` is the only sentence, and says what cannot be done: kept (rule 2.1). Code: the problem `type` URI, there being no other code (rule 6). logId not stated: the id is printed elided.',
    response: {
      status: 409,
      body: {
        type: 'https://gateway/errors/editing-locked',
        title: 'Editing is no longer allowed on this job',
        status: 409,
        instance: 'req_01HX…',
      },
    },
    expect: {
      kind: 'conflict',
      message: 'Editing is no longer allowed on this job',
      code: 'https://gateway/errors/editing-locked',
    },
  },
] satisfies ConformanceCase[];
