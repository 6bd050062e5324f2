import { DEFAULT, type ConformanceCase } from '../types';

// Forty-seventh unseen-API holdout, part B (6 January 2027): documentation, developer-portal and knowledge-base
// platforms, from APIs that no other case file uses: the GitBook API (its current REST API and the 2015 API guide),
// ReadMe (the error responses of its API, with their poems), Stoplight Prism (Stoplight's open-source mock and
// validation server, which answers in RFC 7807 problem details) and the SmartBear problems registry (the problem types
// SmartBear, SwaggerHub's vendor, publishes for its APIs' responses), collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`: the
// vendors' own documentation pages that print an error body (GitBook's "Errors" page and its 2015 API guide's
// `http.md`, ReadMe's error-code showcase at readme-error-codes.herokuapp.com, Prism's "Request Validation" guide, the
// registry's problem pages), Prism's own end-to-end test harness (`test-harness/specs/*.txt`: each file runs the real
// Prism binary with `curl -i` and states the exact response it must print) and two of Prism's pull requests whose
// review threads quote a harness file and the README's captured response. Where the status is not printed beside the
// body, the note says where it came from (the body's own `status`, `code` or `statusCode` member, Prism's "Errors"
// guide, the registry's "Recommended HTTP Status Code" column). ReadMe's showcase page reaches the index as text with
// the JSON punctuation of its rendered code blocks stripped (members, values and the status line survive; the braces
// and the poem list's closing bracket do not): they were supplied, and nothing else was. Headers are copied only where
// the source shows them (Prism's `Content-Type`, `Date` and `WWW-Authenticate`); Content-Length and Connection were
// left out as the brief asks, and no header was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: ReadMe's `rdme` CLI tests (nock replies a test author wrote, with a placeholder `suggestion:
// "...a suggestion to resolve the issue..."` and `help` naming a "fake-metrics-uuid": not recordings) and ReadMe's
// error-code table in its docs (code, status and message, no body); Document360 (its "API response format" and "HTTP
// status codes" pages describe the `success`/`errors`/`error_code` envelope, and no stored excerpt reached an error
// body); Slite (its own OpenAPI document, copied in api-evangelist/slite, gives error schemas whose members are enums,
// "Invalid apiKey" and `auth/unauthorized` among them, but no example: a body assembled member by member is not a
// body); Wiki.js (a captured `responseResult` with `errorCode: 6002` and `slug: "PageDuplicateCreate"` sits in a
// client's code comment without a status, as earlier parts also found); Nuclino (its "Response format and errors" page
// prints `{ status: "fail", message: "Not found" }` as "a 4xx error response" and `{ status: "error", message:
// "Unexpected server error" }` as "a 5xx": a status class, not a status); Prism captures in repositories the index gave
// without naming them (a Japanese README's 401 with its headers, a verbose `curl -v` of a 500 `VIOLATIONS` problem,
// README and test copies of `NO_PATH_MATCHED_ERROR`), and SDK tests that stub a Prism body (Telnyx's, a test author's);
// GitBook's 401 and 429 bodies (its rate-limiting page was not reached); and Mintlify, Guru, Archbee, Tettra,
// Helpjuice, KnowledgeOwl, ProProfs, Papyrs, Bump.sh (only its CLI's type declarations), SwaggerHub's Registry API
// (APIs.guru's listing, no error body), Redocly (lint-rule docs only), Scalar, XWiki REST, DokuWiki's JSON-RPC API (the
// stored page stops before its error format), TiddlyWiki and Docmost, for which no body with its status turned up
// within the cap. Sources already in the corpus were skipped (Postman API, Algolia for DocSearch, Zendesk, Freshdesk,
// Help Scout, MediaWiki, Atlassian Confluence, Notion, BookStack, Outline). The part holds 17 cases from 4 sources,
// under the brief's aim of 25 from 8: 58 of the 60 look-ups were spent, most of them on vendors in this domain that
// print status tables and schemas far more often than bodies. No XML body, no non-English body and no rate-limit
// headers turned up; ReadMe's bodies carry a poem, a list of strings beside the error that names no field.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-06-b`, on 19c18cb, src/ unchanged: in the frozen copy /tmp/base47): 13/17 pass, 4 sources
// (kind 16/17, message 15/17, fields 17/17, retry 17/17, logId 0/0, code 3/4). Failing at first sight:
// readme/project-empty-poem-400 (bad-request: `PROJECT_EMPTY`, an input left empty, not read as a missing input's code,
// rule 1; a judgment call the note names); stoplight-prism/unprocessable-entity-required-property-422 (the message
// "Should have required property 'name'": the lone `validation` item's Ajv report taken as a lone form-level sentence
// over the `detail`, where rule 2.3 names Ajv's reports developer text); smartbear-problems/validation-error-pointer-
// and-parameter-422 (the message "The request is not valid.", a line that says no more than the status, rule 2.1, kept
// instead of the default beside two field errors, rule 2.4); smartbear-problems/license-expired-503 (the code
// "https://problems-registry.smartbear.com/license-expired", the whole problem type URI, where rule 6 reads it by its
// last segment). Every other case passed as written, including the judgment calls on Prism's `detail` sentences, its
// bare `type: "NO_SERVER_MATCHED_ERROR"` as the code and its Fastify-era "Route not resolved, none path matched."
// (kept), SmartBear's `parameter: "petId"` as a field and "The service is currently unavailable" (kept), and ReadMe's
// poems (no field, no list of input messages). Prettier's quoting was applied before the run; no expectation was
// changed after it.

// Waits in `pending/`: 13/17. Its misses are read both ways in the corpus: Prism's lone Ajv line "should have required
// property 'name'" over its `detail` (Fastify's same line is kept as the message), SmartBear's "The request is not
// valid." above two field errors (RFC 9457's own example keeps "Your request is not valid."), its problem type's code
// as the last segment of the URI (the corpus states whole URIs) and ReadMe's `PROJECT_EMPTY` as a validation code.

export default [
  // ───────────────────────────── GitBook API ─────────────────────────────
  {
    id: 'gitbook/page-not-found-in-space-404',
    source: 'GitBook API',
    url: 'https://gitbook.com/docs/developers/gitbook-api/errors',
    note: 'GitBook\'s "Errors" page: "GitBook also outputs an error message and an error code formatted in JSON" and this body (also in its Markdown copy, errors.md). Status: the body\'s own `error.code` (404), beside the page\'s "Codes in the 4xx range indicate incorrect or incomplete parameters". No header shown. Kind: 404, not-found (rule 1). Message: `error.message`, a sentence naming what was not found (not the bare reason phrase, rule 2.1). No code stated: the numeric `code` only restates the status (rule 6).',
    response: { status: 404, body: { error: { code: 404, message: 'Page not found in this space' } } },
    expect: { kind: 'not-found', message: 'Page not found in this space' },
  },
  {
    id: 'gitbook/legacy-api-not-found-404',
    source: 'GitBook API',
    url: 'GitbookIO/api-guide/http.md@1a2332be1de6f49cb5cba916b5c13c3b5192d122',
    note: 'The 2015 GitBook API guide (api.gitbook.com), "Error Format": "Error are returned as JSON:" and this body. Status: the body\'s own `code` (404). No header shown with it (the guide\'s `curl -i` example above is a 200). Kind: 404, not-found. Message: "Not found" is the bare reason phrase (rule 2.1): the default. No code stated: `code: 404` restates the status, and `error` here holds the reason phrase, not a code (rule 6).',
    response: { status: 404, body: { error: 'Not found', code: 404 } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── ReadMe ─────────────────────────────
  {
    id: 'readme/spec-not-found-poem-404',
    source: 'ReadMe API',
    url: 'https://readme-error-codes.herokuapp.com',
    note: "ReadMe's error-code showcase (\"Err on Side Of Whimsy\") prints each error as a request method, its JSON body and its status line; this one under \"404 Not Found\". The stored text strips the code block's braces and the poem list's closing bracket: supplied (members and values copied as shown; the page names the code `code`, where ReadMe's API docs name it `error`: copied as shown). No header shown. Kind: 404, not-found; `SPEC_NOT_FOUND` is a not-found code and agrees (rule 1). Message: `message`, a sentence for the person (rule 2); the `suggestion` beside it is advice, and the `poem` a list of lines that name no field (rule 3: no field error). Code: `SPEC_NOT_FOUND` (rule 6). Judgment call on provenance: the showcase is ReadMe's own page of its API's errors, not a capture.",
    response: {
      status: 404,
      body: {
        code: 'SPEC_NOT_FOUND',
        message: "The spec you specified (8ask23jlkasdf) doesn't match any of the existing ones in ReadMe",
        suggestion:
          'Your spec id is a 12-digit code that you can find in the API Reference section of the ReadMe dashboard.',
        poem: [
          "We couldn't find your spec",
          'But we found other things instead!',
          'Like change in the couch cushion',
          'And a monster under the bed',
        ],
      },
    },
    expect: {
      kind: 'not-found',
      message: "doesn't match any of the existing ones in ReadMe",
      code: 'SPEC_NOT_FOUND',
    },
  },
  {
    id: 'readme/project-empty-poem-400',
    source: 'ReadMe API',
    url: 'https://readme-error-codes.herokuapp.com',
    note: 'The same showcase, under "400 Bad Request" (a POST to log in). Braces and the poem\'s closing bracket supplied as in the case above. No header shown. Kind: `PROJECT_EMPTY` says the `project` input (the suggestion names "the `project` body param") is empty, a missing input: a validation code on a 400 (rule 1: "codes that say an input\'s value is invalid or missing", "a missing input is a validation code"): validation, with no field error (no member names the field by structure; the poem\'s lines name none, rule 3). Judgment call: a reader who reads only the listed words (`missing`, `required`, `invalid`) would call `EMPTY` unlisted and give bad-request. Message: "You must provide a project to log in to" is a sentence that says what to give and why; kept. Judgment call: a reader could take it for a line naming only what is missing (rule 2.1, "Missing \'name\' parameter") and give the default. Code: `PROJECT_EMPTY` (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'PROJECT_EMPTY',
        message: 'You must provide a project to log in to',
        suggestion:
          'Pass in a project via the `project` body param. You can find a list of projects in your ReadMe dashboard!',
        poem: [
          'Like a private speakeasy',
          'Asking for a password at the door',
          'We require you to tell us a project',
          'Before you can see more',
        ],
      },
    },
    expect: { kind: 'validation', message: 'You must provide a project to log in to', code: 'PROJECT_EMPTY' },
  },
  {
    id: 'readme/two-factor-code-required-poem-401',
    source: 'ReadMe API',
    url: 'https://readme-error-codes.herokuapp.com',
    note: 'The same showcase, under "401 Unauthorized" (a POST to log in); the page shows no code member for this one, and none is supplied. Braces and the poem\'s closing bracket supplied as above. No header shown. Kind: 401, unauthenticated (rule 1). Message: `message`, a sentence asking for the second factor (rule 2). No code.',
    response: {
      status: 401,
      body: {
        message: 'You must provide a two-factor code',
        suggestion: 'You can do it via the API using `token`, or via the CLI using `rdme login --2fa`',
        poem: [
          'Two-factor makes you safer',
          'But now logins make you groan',
          'Anytime you want to use a site',
          'You have to pull out your phone',
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: 'You must provide a two-factor code' },
  },
  {
    id: 'readme/stable-version-non-stable-poem-400',
    source: 'ReadMe API',
    url: 'https://readme-error-codes.herokuapp.com',
    note: 'The same showcase, under "400 Bad Request" (no code member shown). Braces and the poem\'s closing bracket supplied as above. No header shown. Kind: a 400 without a code and without field errors: bad-request (rule 1). The poem is four strings under a member that holds no errors: no list of messages about the input (rule 1) and no fields (rule 3: the items name none, and not every member is a list of strings). Message: `message`, a sentence (rule 2). No code.',
    response: {
      status: 400,
      body: {
        message: "You can't make a stable version non-stable",
        suggestion:
          'There must be one stable version at all times. So, rather than demoting this version, promote another version (1.0.0, 2.0.0, 2.0.1) to be the stable version and this version will automatically not be stable.',
        poem: [
          'The aliens arrived one day',
          "'To your documentation, we shall go'",
          'But because none of your docs were stable',
          "We weren't sure which version to show",
        ],
      },
    },
    expect: { kind: 'bad-request', message: "You can't make a stable version non-stable" },
  },

  // ───────────────────────────── Stoplight Prism ─────────────────────────────
  {
    id: 'stoplight-prism/unprocessable-entity-required-property-422',
    source: 'Stoplight Prism',
    url: 'stoplightio/prism/docs/guides/02-request-validation.md@cf8f8ddc3d66501cb2c994696e19bfe43207570d',
    note: 'Prism\'s "Request Validation" guide: a POST missing the required `name`, answered "HTTP/1.1 422 Unprocessable Entity" with these headers and this body. Headers kept: content-type and Date (content-length and Connection left out). Kind: 422, validation (rule 1). Fields: none. The lone `validation` item\'s `location: ["body"]` names only the part of the request (rule 3: a location naming "body" is no field; a FastAPI-style leading `body` leaves no segment), and its text, Ajv\'s "should have required property \'name\'", names the property inside the text, where no rule reads a path (rule 3 reads class-validator\'s leading path only); the item is form-level and Ajv\'s report developer text (rule 2.3). Message: `detail` beats the generic `title` "Invalid request." (rules 2.1, 2.2): its sentence says why Prism answered itself. Judgment call: a reader could call "Your request is not valid …" generic and the rest a note to the developer, and give the default. No code stated: `type: "UNPROCESSABLE_ENTITY"` restates the 422\'s reason phrase (rule 6, as a problem type `gateway-timeout` on a 504), and the item\'s `code: "required"` is a validator keyword whose standing as the response\'s code rule 6 leaves in doubt.',
    response: {
      status: 422,
      headers: { 'content-type': 'application/problem+json', Date: 'Fri, 05 Jul 2019 07:56:18 GMT' },
      body: {
        type: 'UNPROCESSABLE_ENTITY',
        title: 'Invalid request.',
        detail:
          'Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.',
        status: 422,
        validation: [
          {
            message: "should have required property 'name'",
            severity: 'Error',
            code: 'required',
            location: ['body'],
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'no HTTP validation response was found in the spec' },
  },
  {
    id: 'stoplight-prism/no-server-matched-404',
    source: 'Stoplight Prism',
    url: 'stoplightio/prism/docs/guides/02-request-validation.md@cf8f8ddc3d66501cb2c994696e19bfe43207570d',
    note: 'The same guide, "Server Validation": a request whose `__server` is not among the document\'s servers "will give you the following error". Status: the body\'s own `status` (404), as Prism\'s "Errors" guide (docs/guides/06-errors.md) gives for NO_SERVER_MATCHED_ERROR ("Returned Status Code: 404"). No header shown. Kind: 404, not-found. Message: `detail`, the occurrence\'s sentence, over the `title` (rule 2.2). Code: `NO_SERVER_MATCHED_ERROR`, the problem `type`, here a bare code rather than a URI, and the only code (rule 6: "a problem type URI is the code when there is no other"). Judgment call: a reader could hold that rule 6 names only a URI `type` and state no code.',
    response: {
      status: 404,
      body: {
        type: 'NO_SERVER_MATCHED_ERROR',
        title: 'Route not resolved, no server matched.',
        status: 404,
        detail: "The server url http://nonsense.com/api hasn't been matched with any of the provided servers",
      },
    },
    expect: {
      kind: 'not-found',
      message: "hasn't been matched with any of the provided servers",
      code: 'NO_SERVER_MATCHED_ERROR',
    },
  },
  {
    id: 'stoplight-prism/invalid-security-scheme-401',
    source: 'Stoplight Prism',
    url: 'stoplightio/prism/test-harness/specs/security/security-scheme-validation-AC-2.oas3.txt@cf8f8ddc3d66501cb2c994696e19bfe43207570d',
    note: 'Prism\'s end-to-end harness: `curl -i http://localhost:4010/todos` without credentials against a document whose only security scheme is HTTP Basic, and the response Prism must print: "HTTP/1.1 401 Unauthorized", a `www-authenticate` header and this body. Header kept as shown. Kind: 401, unauthenticated (rule 1). Message: `detail` over the `title` "Invalid security scheme used" (rule 2.2); "fullfil" is Prism\'s spelling. No code stated: `type: "UNAUTHORIZED"` restates the 401 (rule 6). The body\'s `headers` member echoes the header; it names no field (rule 3: not a list of messages).',
    response: {
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="*"' },
      body: {
        type: 'UNAUTHORIZED',
        title: 'Invalid security scheme used',
        status: 401,
        detail:
          'Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.',
        headers: { 'WWW-Authenticate': 'Basic realm="*"' },
      },
    },
    expect: { kind: 'unauthenticated', message: 'does not fullfil the security requirements' },
  },
  {
    id: 'stoplight-prism/not-acceptable-406',
    source: 'Stoplight Prism',
    url: 'https://github.com/stoplightio/prism/pull/545',
    note: "A review thread of Prism's pull request \"docs: add errors page\" quotes the harness file test-harness/specs/E2E-Accept-Content-Negotiation-AC-6.oas2.txt: the expected response's `content-type: application/problem+json` header and this body, as changed by the pull request (the title gained its full stop; the lines above the header are outside the quoted hunk). Status: the body's own `status` (406), as Prism's \"Errors\" guide gives for NOT_ACCEPTABLE. Header kept: content-type (content-length and Connection left out). Kind: 406, bad-request (rule 1). Message: `detail`, the occurrence's sentence, over the `title` (rule 2.2). No code stated: the type URI's last segment `NOT_ACCEPTABLE` restates the 406's reason phrase (rule 6).",
    response: {
      status: 406,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'https://stoplight.io/prism/errors#NOT_ACCEPTABLE',
        title: 'The server cannot produce a representation for your accept header.',
        status: 406,
        detail: 'Unable to find content for application/json',
      },
    },
    expect: { kind: 'bad-request', message: 'Unable to find content for application/json' },
  },
  {
    id: 'stoplight-prism/route-not-resolved-fastify-500',
    source: 'Stoplight Prism',
    url: 'https://github.com/stoplightio/prism/pull/244',
    note: "A review thread of Prism's pull request #244 (Prism 3's README) quotes the response Prism printed for a URL the document does not have: its headers and this body (Prism 3 then answered through Fastify's default error shape). Status: the body's own `statusCode` (500); the status line sits above the quoted hunk. Headers kept: Date and content-type (Connection and content-length left out). Kind: 500, server (rule 1). Message: \"Route not resolved, none path matched.\" is a sentence from the server about the request it could not route, not a stack trace, a class or infrastructure (rule 2.3), and the body is JSON, not a proxy's text (rule 2.6); kept. Judgment call: a reader could call a router's report developer text and give the default. No code: `error` holds the 500's reason phrase.",
    response: {
      status: 500,
      headers: { Date: 'Wed, 10 Apr 2019 10:18:53 GMT', 'content-type': 'application/json; charset=utf-8' },
      body: { error: 'Internal Server Error', message: 'Route not resolved, none path matched.', statusCode: 500 },
    },
    expect: { kind: 'server', message: 'Route not resolved, none path matched' },
  },

  // ───────────────────────────── SmartBear problems registry ─────────────────────────────
  {
    id: 'smartbear-problems/validation-error-pointer-and-parameter-422',
    source: 'SmartBear problems registry',
    url: 'SmartBear-DevRel/problems-registry/src/pages/validation-error.md@0e0e6e670ddef06a318f69fb816ec37ad86a17f7',
    note: 'The registry\'s "Validation Error" page: "Example of an `validation-error` problem details" (type URI https://problems-registry.smartbear.com/validation-error, "Recommended HTTP Status Code: 422"). Status: the body\'s own `status` (422). No header shown. Kind: 422, validation. Fields: the first item names `name` by a JSON Pointer (`#/name`, rule 3\'s table), the second `petId` by `parameter`, a path-like member (rule 3 lists `param` and `source.parameter`; judgment call: a reader who reads `parameter` only under `source` or on a lone error object would leave the second item form-level and list one field). Message: `detail` "The request is not valid." says no more than the status (rule 2.1, as "The request was invalid."), and `title` "Validation Error" is a category line: the fields carry the text, the default summarizes (rule 2.4). No code stated: `code: "422-02"` carries the status in its digits, which rule 6 leaves in doubt, and the type names only "validation".',
    response: {
      status: 422,
      body: {
        type: 'https://problems-registry.smartbear.com/validation-error',
        title: 'Validation Error',
        detail: 'The request is not valid.',
        status: 422,
        code: '422-02',
        errors: [
          { detail: 'Your request does not contain the required property {name}', pointer: '#/name' },
          { detail: 'the path parameter does not conform to the expect format', parameter: 'petId' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'does not contain the required property'],
        ['petId', 'does not conform to the expect format'],
      ],
    },
  },
  {
    id: 'smartbear-problems/already-exists-409',
    source: 'SmartBear problems registry',
    url: 'SmartBear-DevRel/problems-registry/src/pages/already-exists.md@e37573df8494d8abf63766022a06cccbdb888873',
    note: 'The registry\'s "Already Exists" page: "Example of an `already-exists` problem details" ("Recommended HTTP Status Code: 409"). Status: the body\'s own `status` (409). No header shown. Kind: 409, conflict (rule 1; the type\'s `already-exists` agrees). Message: `detail`, a sentence saying what happened (rule 2.2). No code stated: the explicit `code: "409-01"` carries the status (rule 6 leaves it in doubt) and outranks the type URI.',
    response: {
      status: 409,
      body: {
        type: 'https://problems-registry.smartbear.com/already-exists',
        title: 'Already exists',
        detail: 'The resource being created already exists.',
        status: 409,
        code: '409-01',
      },
    },
    expect: { kind: 'conflict', message: 'The resource being created already exists' },
  },
  {
    id: 'smartbear-problems/unauthorized-typed-401',
    source: 'SmartBear problems registry',
    url: 'SmartBear-DevRel/problems-registry/src/pages/unauthorized.md@4e2fb1201978c95611acfecd9899a2c2d7f30109',
    note: 'The registry\'s "Unauthorized" page, the first of its two examples (with its own type URI). Status: the body\'s own `status` (401). No header shown. Kind: 401, unauthenticated. Message: `detail` over the `title` "Unauthorized" (a reason phrase, rules 2.1, 2.2). No code stated: `code: "401-01"` carries the status (rule 6 leaves it in doubt).',
    response: {
      status: 401,
      body: {
        type: 'https://problems-registry.smartbear.com/unauthorized',
        title: 'Unauthorized',
        detail: 'Access token not set or invalid, and the requested resource could not be returned',
        status: 401,
        code: '401-01',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Access token not set or invalid' },
  },
  {
    id: 'smartbear-problems/unauthorized-about-blank-401',
    source: 'SmartBear problems registry',
    url: 'SmartBear-DevRel/problems-registry/src/pages/unauthorized.md@4e2fb1201978c95611acfecd9899a2c2d7f30109',
    note: 'The same page\'s second example: the same problem with `type: "about:blank"` (its table: "about:blank | See HTTP Status Code", RFC 9457). Status: the body\'s own `status` (401). No header shown. Kind: 401, unauthenticated. Message: `detail` (rule 2.2). No code stated: `about:blank` is never a code, and `401-01` carries the status (rule 6).',
    response: {
      status: 401,
      body: {
        type: 'about:blank',
        title: 'Unauthorized',
        detail: 'Access token not set or invalid, and the requested resource could not be returned',
        status: 401,
        code: '401-01',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Access token not set or invalid' },
  },
  {
    id: 'smartbear-problems/service-unavailable-503',
    source: 'SmartBear problems registry',
    url: 'SmartBear-DevRel/problems-registry/src/pages/service-unavailable.md@d345545245c86d8f56157d99aa9f543da3a8c1e6',
    note: 'The registry\'s "Service unavailable" page: "Example of a `service-unavailable` problem details" (printed in a block marked yaml; it is JSON). Status: the body\'s own `status` (503). No header shown, so no Retry-After and no retry time (rule 4). Kind: 503, unavailable (rule 1). Message: "The service is currently unavailable" is a sentence, not the bare reason phrase "Service Unavailable" (rule 2.1 reads only the bare phrase as the status restated, as "Resource not found" is kept); kept. Judgment call: a reader could hold it says no more than the 503 and give the default. No code stated: `503-01` carries the status.',
    response: {
      status: 503,
      body: {
        type: 'https://problems-registry.smartbear.com/problems/service-unavailable',
        title: 'Service Unavailable',
        detail: 'The service is currently unavailable',
        status: 503,
        code: '503-01',
      },
    },
    expect: { kind: 'unavailable', message: 'The service is currently unavailable' },
  },
  {
    id: 'smartbear-problems/license-expired-503',
    source: 'SmartBear problems registry',
    url: 'SmartBear-DevRel/problems-registry/src/pages/license-expired.md@0f7f603fba8cc99cac658353d1f79cf7dd311c4b',
    note: 'The registry\'s "License Expired" page: "Example of an `license-expired` problem details" ("Recommended HTTP Status Code: 503"). Status: the body\'s own `status` (503). No header shown. Kind: 503, unavailable: a code never turns a 5xx into a 4xx kind other than rate-limited (rule 1), so the expired licence, which reads like a refusal, does not make it forbidden. Message: `detail`, two sentences for the person (rule 2.2). Code: the type URI\'s last segment, `license-expired`, the only code (rule 6: "a problem type URI is the code when there is no other", read by its last segment).',
    response: {
      status: 503,
      body: {
        type: 'https://problems-registry.smartbear.com/license-expired',
        title: 'License Expired',
        detail:
          'The service is unavailable as the license associated with your client or organization has expired. Please contact your SmartBear account manager or representative',
        status: 503,
      },
    },
    expect: {
      kind: 'unavailable',
      message: 'the license associated with your client or organization has expired',
      code: 'license-expired',
    },
  },
] satisfies ConformanceCase[];
