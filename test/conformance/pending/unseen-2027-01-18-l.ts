import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-ninth unseen-API holdout, part L (18 January 2027): B2B SaaS long tail, niche vertical SaaS APIs (property
// management, restaurant and POS, salons and bookings, church and nonprofit, school, legal, construction, field
// service, fleet, agriculture, veterinary, dental and clinic, hotel PMS and channel managers). What the stored corpora
// held for this domain, after the corpus's ~2,900 sources and earlier parts' searches, came from fleet and delivery
// telematics and one booking API: Navixy's legacy JSON API v2 (GPS fleet tracking), Navixy's newer GraphQL API (the
// "Repository API", its business-data and tracking layer, with its identity service's token exchange), Overbooked (a
// booking and reservations API) and RxTrax (a pharmacy-delivery route-tracking API). They were collected to measure how
// the reader does at first sight on APIs it was never tuned on. Every body was copied from the public material named in
// `url` and `note`: Navixy's own documentation repositories (SquareGPS/navixy-api for API v2, Navixy/navixy-public-docs
// for the GraphQL API), which print each body with its HTTP status or a status table for its code; Overbooked's docs
// repository (overbooked-io/docs), whose errors page prints one body and a code-to-status table; and a public issue on
// RxTrax's tracker that pastes the body a client received. Where the status is not printed beside the body it is taken
// from the vendor's own table or prose for that code (Navixy v2's "Default HTTP code is 400" and its per-code column;
// Navixy GraphQL's "business logic errors … return HTTP 200 with the semantic status code in `extensions.status`") or
// from another report of the same error (RxTrax), and `note` says so. No header was shown by any source and none was
// added. Navixy's API v2 and its GraphQL API are counted as two sources: two products with separate endpoints,
// envelopes and docs trees, from one vendor. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: Tesla's Fleet API / vehicle-command proxy (500 bodies with statuses in
// teslamotors/vehicle-command#226, but Tesla's Owner API is already a source, same vendor and envelope), Somtoday (a
// 403 body in elisaado/somtoday-api-docs#12; already a source), Ed-Fi's Data Management Service (its E2E feature files
// print bodies with statuses; already a source), Rezdy (the only hit is a third party's hand-written test double),
// Mindbody (schemas only, as earlier parts found), Guesty (code tables, no body), Buildium, iiko, Loyverse, flespi,
// Webfleet, Smoobu, Beds24, BookingSync (the client's cassettes found are success recordings), Dentally, OwnerRez, RMS
// Cloud, Epos Now, Housecall Pro, ServiceTitan, Schoology (schoolopy#45 prints `403 Client Error: Forbidden` and no
// body), Route4Me and OptimoRoute: nothing with a body and its status in the stored corpora. Navixy's GraphQL tracking
// guide (a `VALIDATION_ERROR` naming `maxAge`) and its asset and geo-object guides' conflict bodies were left out:
// their files' paths could not be pinned within the look-up cap, and they repeat shapes kept here. No XML, HTML or text
// body turned up.
//
// The part holds 11 cases from 4 sources, well under the brief's aim of 25 from 8: the cap of 60 look-ups (55 spent)
// went mostly to vendors' documentation and issue searches that returned status tables, schemas or other vendors'
// pages; most vertical-SaaS names in the brief's domain are already sources or were looked for by earlier parts.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-18-l`, on 9ef3887, src/ unchanged: in the frozen copy /tmp/base59): 5/11 pass, 4 sources
// (kind 10/11, message 7/11, fields 8/11, retry 11/11, logId 6/6, code 8/8). Failing at first sight:
// navixy-graphql/validation-title-empty-200 (bound `title` to the error's `message` "Validation failed", a generic
// line, where the case gives the field `extensions.detail`, the occurrence's text, rules 2.2 and 3);
// navixy-graphql/permission-denied-403 (kept "Access denied", which the case reads as restating the 403 as "Access
// forbidden" does, rule 2.1; a judgment call its note names); navixy-graphql/device-not-found-200 and
// navixy-graphql/optimistic-lock-conflict-200 (kept the GraphQL `message`, "Device not found" and "Entity was modified
// by another request", where the case takes `extensions.detail`, the occurrence's sentence, rule 2.2; judgment calls
// their notes name); navixy-graphql/duplicate-identifier-200 (bound no field, where `extensions.field` names the one
// field the error is about, rule 3, as it did for the validation case); rxtrax/route-unavailable-invalid-map-400 (read
// a bad request, kept "Invalid request. Check missing parameters section of response." and bound no field, where the
// case reads the `invalid` map as two fields, a validation failure, and the pointing headline as generic, rules 1, 2.1
// and 3; a judgment call its note names). Every other case passed as written, including Navixy v2's "Database error"
// read as the default on a 500, its code 4 line kept on a 400, the JWT expiry as the default on a 401 with its
// `traceId`, the token exchange's `invalid_grant` and Overbooked's kept `"metadata"` line. No expectation was changed
// after the run (Prettier's line breaks were applied before it).

// Waits in `pending/`: 9/11 now (Navixy's GraphQL problem in `extensions`: its `detail` for the occurrence, its `field`
// for the field, since). Its misses: Navixy's "Access denied" on a 403 (read both ways in the corpus) and RxTrax's
// `invalid` map of codes under a pointing headline.

export default [
  // ───────────────────────────── Navixy API v2 (fleet tracking, JSON) ─────────────────────────────
  {
    id: 'navixy/database-error-1-500',
    source: 'Navixy API v2',
    url: 'SquareGPS/navixy-api/docs/backend-api/getting-started/errors.md@52778281f8781197bfd8287a12ab303cffb82eb3',
    note: 'Navixy\'s errors page prints this body as its "Example Error Response" ("When an error occurs, the response will be in the following format"). Status: not printed beside the body; the page\'s "Common Error Codes" table gives HTTP 500 for code 1 ("Database error"). No header shown. Kind: 500, server (rule 1). Message: "Database error" reports a database\'s failure, developer text (rule 2.3), and on a 5xx says no more than the status: the default. Judgment call: a reader could keep the two words as the line. No code stated: `status.code` is a vendor\'s number inside an object named `status`, which rule 6 names as no code member.',
    response: {
      status: 500,
      body: { success: false, status: { code: 1, description: 'Database error' } },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'navixy/user-or-api-key-not-found-4-400',
    source: 'Navixy API v2',
    url: 'SquareGPS/navixy-api/docs/backend-api/getting-started/authentication.md@119104ac2f7463908f7f4128919285fb18f9250f',
    note: 'Navixy\'s authentication page prints this body as the "Error Response" of `POST /api/key/create` and `/api/key/list` with a bad session hash. Status: not printed beside the body; the errors page (docs/backend-api/getting-started/errors.md) says "Default HTTP code is `400`" and its table leaves code 4 ("User or API key not found or session ended") without its own status, so 400. No header shown. Kind: a 400 without field errors whose numeric code 4 no rule sorts: bad-request (rule 1). Judgment call: the text says a credential was not found, but text never decides the kind, and rule 1 reads no number as a credential code. Message: `status.description`, a sentence for the person (rule 2.1). No code stated (a vendor\'s number under `status`).',
    response: {
      status: 400,
      body: { success: false, status: { code: 4, description: 'User or API key not found or session ended' } },
    },
    expect: { kind: 'bad-request', message: 'User or API key not found or session ended' },
  },

  // ───────────────────────────── Navixy GraphQL API (Repository API) ─────────────────────────────
  {
    id: 'navixy-graphql/unauthorized-jwt-expired-401',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-repository-api/error-handling.md@2d80bc76b83fa76661919e8247f58bddeae417e0',
    note: 'The error-handling page\'s "Unauthorized (401)" example ("The check runs before the query, so the response has no `data` field and the HTTP status is 401"); the GraphQL API\'s authentication page (api-docs/navixy-graphql-api/authentication.md) prints the same body "with HTTP status 401". No header shown. Kind: 401, unauthenticated (rule 1). Message: `message` and `detail` are "Jwt expired at 2026-09-02T09:05:00Z", a JWT\'s expiry, token internals (rule 2.3), and `title` "Unauthorized" is the reason phrase: the default. Code: `extensions.code` `UNAUTHORIZED` (rule 6: GraphQL\'s `extensions.code`, an explicit code over the problem `type`). logId: the GraphQL error\'s own `traceId` (rule 5); `instance` "/graphql" is a path, no id.',
    response: {
      status: 401,
      body: {
        errors: [
          {
            message: 'Jwt expired at 2026-09-02T09:05:00Z',
            extensions: {
              type: 'https://api.navixy.com/errors/unauthorized',
              title: 'Unauthorized',
              status: 401,
              detail: 'Jwt expired at 2026-09-02T09:05:00Z',
              instance: '/graphql',
              code: 'UNAUTHORIZED',
              traceId: '0af7651916cd43dd8448eb211c80319c',
              timestamp: '2026-09-02T09:07:12.000Z',
            },
          },
        ],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      code: 'UNAUTHORIZED',
      logId: '0af7651916cd43dd8448eb211c80319c',
    },
  },
  {
    id: 'navixy-graphql/validation-title-empty-200',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-repository-api/error-handling.md@2d80bc76b83fa76661919e8247f58bddeae417e0',
    note: 'The error-handling page\'s "Validation error (400)" example. Status: the page says "All business logic errors (such as `NOT_FOUND`, `CONFLICT`, or `VALIDATION_ERROR`) return HTTP 200 with the semantic status code in `extensions.status`", so 200 (judgment call: its HTTP table also lists 400 for "parse or validation error" of the GraphQL request itself, which this input check is not). No header shown. Kind: `VALIDATION_ERROR` on a 2xx, validation (rule 1: a validation code outranks any 2xx; `extensions.status` 400 agrees). Fields: `extensions.field` "title" names the one field the error is about (rule 3: an error object about one field; GraphQL `extensions` are searched as any body is), with the error\'s line; the GraphQL `path` points into the response and names no field. Message: `message` "Validation failed" is generic, and `detail` "Field \'title\' must not be empty" names only which input is wrong, quoted by its API name (rule 2.1 and the row of 6 December 2026, as "Field \'npn\' is required"): the default. Code: `VALIDATION_ERROR`. logId: `traceId`.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Validation failed',
            path: ['bdr', 'deviceCreate', 'input', 'title'],
            extensions: {
              type: 'https://api.navixy.com/errors/validation',
              title: 'Validation Error',
              status: 400,
              detail: "Field 'title' must not be empty",
              instance: '/graphql',
              code: 'VALIDATION_ERROR',
              field: 'title',
              traceId: '0af7651916cd43dd8448eb211c80319c',
              timestamp: '2025-01-15T14:30:00.000Z',
            },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['title', 'must not be empty']],
      code: 'VALIDATION_ERROR',
      logId: '0af7651916cd43dd8448eb211c80319c',
    },
  },
  {
    id: 'navixy-graphql/permission-denied-403',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-repository-api/error-handling.md@2d80bc76b83fa76661919e8247f58bddeae417e0',
    note: 'The error-handling page\'s "Permission denied (403)" example. Status: 403, from the GraphQL API\'s authentication page, whose table gives `PERMISSION_DENIED` "HTTP status 403" (and the error-handling page\'s "403: Authorization failed (forbidden)"). No header shown. Kind: 403, forbidden (rule 1; `PERMISSION_DENIED` agrees). Message: `message` and `detail` are "Access denied", which only restates the 403 as "Access forbidden" does (rule 2.1\'s generic lines), and `title` "Permission Denied" is a category line: the default. Judgment call: a reader could keep "Access denied" as the line, as a refusal in words. Code: `PERMISSION_DENIED`. logId: `traceId`.',
    response: {
      status: 403,
      body: {
        errors: [
          {
            message: 'Access denied',
            path: ['bdr', 'deviceDelete'],
            extensions: {
              type: 'https://api.navixy.com/errors/forbidden',
              title: 'Permission Denied',
              status: 403,
              detail: 'Access denied',
              instance: '/graphql',
              code: 'PERMISSION_DENIED',
              traceId: '0af7651916cd43dd8448eb211c80319c',
              timestamp: '2025-01-15T14:30:00.000Z',
            },
          },
        ],
      },
    },
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      code: 'PERMISSION_DENIED',
      logId: '0af7651916cd43dd8448eb211c80319c',
    },
  },
  {
    id: 'navixy-graphql/device-not-found-200',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-repository-api/error-handling.md@2d80bc76b83fa76661919e8247f58bddeae417e0',
    note: 'The error-handling page\'s "Entity not found (404)" example. Status: 200, as the page says of every business logic error, `NOT_FOUND` by name ("return HTTP 200 with the semantic status code in `extensions.status`"). No header shown. Kind: `NOT_FOUND` with `extensions.status` 404 beside a 2xx, not-found (rule 1: a not-found code, and a body naming its error status beside a 2xx). Message: `extensions.detail`, the occurrence\'s sentence, over the error\'s `message` "Device not found" (rule 2.2: occurrence-specific text beats type-level text, RFC 9457 `detail` over its summary). Judgment call: a reader could keep `message`, a sentence too. Code: `NOT_FOUND`. logId: `traceId`. No field: `path` points into the response, and `entityId` is a record\'s id.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Device not found',
            path: ['bdr', 'device'],
            locations: [{ line: 1, column: 9 }],
            extensions: {
              type: 'https://api.navixy.com/errors/not-found',
              title: 'Resource Not Found',
              status: 404,
              detail: "Device with ID '019a6a3f-793e-807b-8001-555345529b44' does not exist",
              code: 'NOT_FOUND',
              entityType: 'Device',
              entityId: '019a6a3f-793e-807b-8001-555345529b44',
              traceId: '0af7651916cd43dd8448eb211c80319c',
            },
          },
        ],
        data: { device: null },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'does not exist',
      code: 'NOT_FOUND',
      logId: '0af7651916cd43dd8448eb211c80319c',
    },
  },
  {
    id: 'navixy-graphql/optimistic-lock-conflict-200',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-graphql-api/optimistic-locking.md@378e7480ae55a5aa8e91fb632586c0f4d3c7e07a',
    note: 'The optimistic-locking page\'s "Handling conflicts" example ("The HTTP status code will be 200 because the request was successfully received and processed", printed with the body). No header shown. Kind: `CONFLICT` with `extensions.status` 409 beside a 2xx, conflict (rule 1: a body naming its error status beside a 2xx decides). Message: `extensions.detail` "Device was modified. Expected version 5, current version 6", the occurrence\'s sentence, over `message` "Conflict: entity was modified by another request" (rule 2.2). Judgment call: a reader could keep `message`. Code: `CONFLICT`. logId: `traceId` (rule 5). No field: `path` is the response\'s, `entityId` a record\'s id.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Conflict: entity was modified by another request',
            path: ['bdr', 'deviceUpdate'],
            extensions: {
              type: 'https://api.navixy.com/errors/conflict',
              title: 'Optimistic Lock Conflict',
              status: 409,
              detail: 'Device was modified. Expected version 5, current version 6',
              code: 'CONFLICT',
              entityType: 'Device',
              entityId: '550e8400-e29b-41d4-a716-446655440001',
              expectedVersion: 5,
              currentVersion: 6,
              traceId: '2cf7651916cd43dd8448eb211c80319e',
            },
          },
        ],
        data: null,
      },
    },
    expect: {
      kind: 'conflict',
      message: 'Expected version 5, current version 6',
      code: 'CONFLICT',
      logId: '2cf7651916cd43dd8448eb211c80319e',
    },
  },
  {
    id: 'navixy-graphql/duplicate-identifier-200',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-repository-api/error-handling.md@2d80bc76b83fa76661919e8247f58bddeae417e0',
    note: 'The error-handling page\'s "Duplicate (409)" example. Status: 200, as the page says of business logic errors (judgment call: the page names `NOT_FOUND`, `CONFLICT` and `VALIDATION_ERROR` "such as", and `DUPLICATE` is a uniqueness rule of the same layer). No header shown. Kind: `DUPLICATE`, a duplicate code, conflict (rule 1), and `extensions.status` 409 agrees. Fields: `extensions.field` "identifier" names the one field the error is about (rule 3), with the error\'s sentence. Message: the same sentence, in `message` and `detail` (rule 2.1; an error object about one field keeps its line as the message too, as Stripe\'s `param` does). Code: `DUPLICATE`. logId: `traceId`.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'A device identifier with this type, value, and namespace already exists',
            path: ['bdr', 'deviceCreate'],
            extensions: {
              type: 'https://api.navixy.com/errors/duplicate',
              title: 'Duplicate Entry',
              status: 409,
              detail: 'A device identifier with this type, value, and namespace already exists',
              instance: '/graphql',
              code: 'DUPLICATE',
              field: 'identifier',
              traceId: '0af7651916cd43dd8448eb211c80319c',
              timestamp: '2025-01-15T14:30:00.000Z',
            },
          },
        ],
      },
    },
    expect: {
      kind: 'conflict',
      message: 'A device identifier with this type, value, and namespace already exists',
      fields: [['identifier', 'already exists']],
      code: 'DUPLICATE',
      logId: '0af7651916cd43dd8448eb211c80319c',
    },
  },
  {
    id: 'navixy-graphql/token-exchange-invalid-grant-400',
    source: 'Navixy GraphQL API',
    url: 'Navixy/navixy-public-docs/api-docs/navixy-graphql-api/authentication.md@378e7480ae55a5aa8e91fb632586c0f4d3c7e07a',
    note: 'The GraphQL API\'s authentication page, "Token exchange failure (400)": the body its identity service\'s token endpoint returns when the RFC 8693 exchange fails ("Returned by the token endpoint when the exchange can\'t be completed"), printed under that heading; status 400 from the heading. No header shown. Kind: OAuth `invalid_grant` on a 400, a credential code, unauthenticated (rule 1). Message: `error_description` over `error` (rule 2.2); "Invalid token" names the credential that failed, a credential line the corpus keeps (rule 2.1, as "Token invalid." is). Judgment call: a reader could read two words as too short to be the line. Code: `invalid_grant` (rule 6: OAuth\'s `error`).',
    response: {
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid token' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid token', code: 'invalid_grant' },
  },

  // ───────────────────────────── Overbooked (booking API) ─────────────────────────────
  {
    id: 'overbooked/metadata-invalid-e013-400',
    source: 'Overbooked API',
    url: 'overbooked-io/docs/errors.md',
    note: 'Overbooked\'s errors page prints this body as its "Example error response", and its code table gives E013 status 400 ("Bad request"); the body\'s own `status` is 400 too. No header shown; the commit was not shown by the index. Kind: a 400 without field errors whose code `E013` no rule sorts (the table calls it "Bad request"): bad-request (rule 1). Message: the line `"metadata" is invalid, should be an object` names the input by its API key, quoted, but also says what its value must be; judgment call: kept as a rule about the value (as the fifty-seventh holdout\'s collector kept NutrientAPI\'s "ingredients must be a non-empty array"), where a reader holding to the row of 6 December 2026 would give the default. No field: the error object has no field member. Code: `E013` (rule 6: an explicit `code`).',
    response: {
      status: 400,
      body: { error: { code: 'E013', message: '"metadata" is invalid, should be an object', status: 400 } },
    },
    expect: { kind: 'bad-request', message: 'should be an object', code: 'E013' },
  },

  // ───────────────────────────── RxTrax (pharmacy delivery tracking) ─────────────────────────────
  {
    id: 'rxtrax/route-unavailable-invalid-map-400',
    source: 'RxTrax Tracking API',
    url: 'https://github.com/rxtrax/tracking/issues/10',
    note: 'A partner\'s comment on RxTrax\'s tracker: "The response we are getting at the moment: The below message is very generic", then this body, for a delivery posted to a route that does not deliver that day. Status: not printed beside the body; the body\'s own `code` is 400, and the same error is reported as "400 Error being returned when the route is not available for a particular day of the week" in rxtrax/tracking#80, where the maintainer answers that "400 is a standard http status response code for an invalid request" and that "the JSON payload in the missing=>invalid section has the details". An earlier part dropped this body for want of a status; this part takes it from #80. No header shown. Fields: `invalid` maps each input (`external_route_id`, and the pair written `delivery.external_route_id=>delivery_date`) to a string (rule 3: a map of path to messages, its values strings); judgment call: the values are rule names in snake case (`external_reference`, `route_available`), which rule 3 reads as each field\'s code and its words as the message, and a reader could read `invalid` as no errors member at all. Kind: a 400 carrying field errors, validation (rule 1). Message: "Invalid request.  Check missing parameters section of response." says the request failed and points to the list (rule 2.1): the default. No code stated (`code` 400 only restates the status).',
    response: {
      status: 400,
      body: {
        success: false,
        code: 400,
        data: null,
        message: 'Invalid request.  Check missing parameters section of response.',
        invalid: {
          external_route_id: 'external_reference',
          'delivery.external_route_id=>delivery_date': 'route_available',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['external_route_id', 'external_reference'],
        ['delivery.external_route_id=>delivery_date', 'route_available'],
      ],
    },
  },
] satisfies ConformanceCase[];
