import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-fifth unseen-API holdout, part A (14 January 2027): courier, last-mile and shipping APIs of regional carriers
// that no other case file uses: Sameday (the Romanian courier's API, through its own PHP SDK), Delivery Solutions (a
// last-mile delivery orchestration API) and ParcelValue (the Italian shipping platform's JSON:API), collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from the public
// material named in `url` and `note`: the vendor's own SDK test that feeds the client a raw response (Sameday's
// `SamedayBadRequestExceptionTest`, in the sameday-courier organisation's php-sdk), the vendor's reference page that
// prints two error bodies beside the statuses they come with (Delivery Solutions' "Authentication"), and the vendor's
// documentation repository, which prints whole HTTP exchanges recorded with Postman (status line, headers and body:
// ParcelValue's `parcelvalue/api` docs). Where a status is not printed beside the body, the note says where it came
// from (Sameday's body's own `code`, which its SDK's client test maps to the exception the test raises; Delivery
// Solutions' sentence that says which status an invalid and a missing key get). Three ParcelValue exchanges were found
// by an exact-string search that gave the file's text without its path or commit: the note names the file as far as the
// text shows it (its heading or its request) and the index id. Headers are copied as recorded, leaving out
// Content-length, Connection and Keep-Alive; no header was added, and the Sameday and Delivery Solutions bodies were
// printed without headers, so they have none. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: Stuart (its troubleshooting guide prints `CANT_GEOCODE_ADDRESS`, `OUT_OF_RANGE` and
// `ADDRESS_INVALID` bodies without a status, and its community "Error Navigation" post gives 422 only for other codes;
// its PHP client holds no fixtures), Borzo (Dostavista) (the stored copies of its API page stop before any error
// example; the code index holds only clients' code), Yandex Delivery (Express) (an error-code table and OpenAPI
// schemas, no body), GoGoX, Colisweb and Deliverect's dispatch codes (status tables without a body), iVoy (a body
// printed without a status), BOX NOW (a templated `{ "code": "string", "message": "string" }`), Packeta (a SOAP fault
// copied into the comments of an Elixir SOAP library the index gave without its repository, and with no status; its
// REST XML faults only in test authors' mocks), Nova Poshta (response classes and error-code enums only), Meest (its
// OpenAPI document, read in a client's repository, describes statuses without error bodies), Pathao (its 422 "Please
// fix the given errors" turns up only in interview projects that imitate it: not the vendor's), Shipday (official SDK
// repositories listed, no error body or issue found), Ninja Van (a rate-limit note and an unmerged connector pull
// request, no body), Skydropx, Glovo, Bosta, Delhivery, 99minutos, Paack, Cargus and J&T Express (no body with a status
// in the searched corpora), Shiptheory (its GitHub-hosted docs, 66,000 characters, were not read to their error section
// within the cap), and Sameday's other client tests (placeholder bodies such as `foo_body`). Sources already in the
// corpus were skipped (Envia, Shiprocket, Lalamove, InPost, Aramex's myFastway, Easyship, Onfleet, Uber Direct,
// DoorDash Drive, AfterShip, Sendcloud, Shippo, EasyPost, ShipEngine, Sendle, PostNL, DPD, GLS). No 429 or rate-limit
// header, no XML body and no non-English body turned up with a status in this domain within the cap; the part holds 9
// cases from 3 sources, well under the brief's aim of 25 from 8, because most of the 47 look-ups spent (of the 50
// allowed) went to carriers whose public material prints tables, schemas or clients' code, not a body with its status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-14-a`, on 4853c07, src/ unchanged: in the frozen copy /tmp/base55): 7/9 pass, 3 sources (kind
// 9/9, message 7/9, fields 9/9, retry 9/9, logId 0/0, code 0/0). Failing at first sight:
// parcelvalue/authorization-failed-401 (the message "Authorization failed." kept, where rule 2.1 reads a line made only
// of words that say something failed as generic, as "Login failed" and "Authentication failure" are: the default; a
// judgment call the note names) and parcelvalue/save-missing-meta-service-400 (the message "Missing required data:
// 'data.meta.service'." kept, a line that names only which input is missing, generic under rule 2.1 as "Missing
// required parameter: templateId" is; a judgment call the note names). Every other case passed as written, including
// the judgment calls on Sameday's Symfony form `children` (no path segment) and its "No data found" 400 (bad-request),
// Delivery Solutions' "Invalid Api Key!" (kept) and its 403 without a key (forbidden), ParcelValue's "Missing or
// invalid authorization header" (kept) and its price check's sentence on a 503 (kept). No expectation was changed after
// the run (Prettier's line breaks were applied before it).

// Scored in `cases/` with the rule row of 6 December 2026: read now 9/9 (a line naming only which input is missing or
// invalid, by the API's name for it, since that row; "Authorization failed." restates a 401 since the fifty-sixth
// holdout). No miss is left.

export default [
  // ───────────────────────────── Sameday ─────────────────────────────
  {
    id: 'sameday/validation-failed-form-children-400',
    source: 'Sameday API',
    url: 'sameday-courier/php-sdk/tests/Exceptions/SamedayBadRequestExceptionTest.php@67e8ef9dee5e579e2c447608d510bedbacfc360a',
    note: "The raw response Sameday's own PHP SDK (the sameday-courier organisation's) feeds `SamedayBadRequestException` in `testErrors`: FOSRestBundle's Symfony form errors. Judgment: a vendor's SDK test, not a recording; taken as the vendor's text (the messages are the API's, \"The given pickupPoint is invalid!\", beside Symfony's stock \"This value should not be null.\"). Status: the body's own `code` (400), and the SDK's `SamedayClientTest` maps a 400 to this exception. No header shown. Kind: a 400 that carries field errors: validation (rule 1). Fields: Symfony nests each form field's errors under `errors.children.<field>.errors`, and `children` leads no path (rule 3, Kimai's row), so `pickupPoint` (two messages, one item each, as the corpus lists two messages on one field) and `thirdParty.city`; the empty members (`contactPerson: {}`, `county: {}`) say nothing. Message: \"Validation Failed\" is a generic summary (rule 2.1) and no form-level sentence stands beside it: the default (rule 2.4). No code: `code` restates the status.",
    response: {
      status: 400,
      body: {
        code: 400,
        message: 'Validation Failed',
        errors: {
          children: {
            pickupPoint: {
              errors: ['The given pickupPoint is invalid!', 'This value should not be null.'],
            },
            contactPerson: {},
            thirdParty: {
              children: {
                county: {},
                city: {
                  errors: ['Invalid city.'],
                },
              },
            },
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['pickupPoint', 'The given pickupPoint is invalid!'],
        ['pickupPoint', 'This value should not be null.'],
        ['thirdParty.city', 'Invalid city.'],
      ],
    },
  },
  {
    id: 'sameday/no-data-found-for-current-user-400',
    source: 'Sameday API',
    url: 'sameday-courier/php-sdk/tests/Exceptions/SamedayBadRequestExceptionTest.php@67e8ef9dee5e579e2c447608d510bedbacfc360a',
    note: "The same SDK test, `testEmptyErrors`: the raw body of a bad request without field errors, whose `message` the SDK's exception takes as its own. Judgment as above (the vendor's SDK test, taken as the vendor's text). Status: the body's own `code` (400). No header shown. Kind: a 400 without a code and without field errors: bad-request (rule 1); \"No data found\" reads like a lookup that found nothing, but text never decides the kind (the other reading would be not-found). Message: a sentence for the person (rule 2). No code: `code` restates the status.",
    response: {
      status: 400,
      body: { code: 400, message: 'No data found for current user.' },
    },
    expect: { kind: 'bad-request', message: 'No data found for current user' },
  },

  // ───────────────────────────── Delivery Solutions ─────────────────────────────
  {
    id: 'delivery-solutions/invalid-api-key-401',
    source: 'Delivery Solutions API',
    url: 'https://docs.deliverysolutions.co/reference/authentication',
    note: 'The "Authentication" reference page prints two "Error Response" bodies and then says "Requests made with an invalid API key will return 401 Unauthorized response. Requests made without an API key will return 403 Forbidden."; this is the first body, whose `type` (UNAUTHORIZED) matches the 401. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Invalid Api Key!" says what was wrong with the credential, a credential line the corpus keeps ("Invalid token", "Invalid credentials"); judgment: a reader could take it for a short line naming only what is invalid (rule 2.1) and give the default. The lone item of `errors` repeats the envelope. No code stated: `type` is Delivery Solutions\' error code ("Error Code specific to the error which should be used for integration", its error model), but `UNAUTHORIZED` only restates the status, where rule 6 leaves doubt.',
    response: {
      status: 401,
      body: {
        type: 'UNAUTHORIZED',
        message: 'Invalid Api Key!',
        errors: [{ type: 'UNAUTHORIZED', message: 'Invalid Api Key!' }],
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid Api Key' },
  },
  {
    id: 'delivery-solutions/missing-api-key-403',
    source: 'Delivery Solutions API',
    url: 'https://docs.deliverysolutions.co/reference/authentication',
    note: 'The same page, the second body: its `type` (FORBIDDEN) matches the 403 the page gives a request "made without an API key". No header shown. Kind: a 403 whose code `FORBIDDEN` is a permission code, not a credential code: forbidden (rule 1); judgment: the request lacked a key, which asks for signing in, but rule 1 lets only a credential code make a 403 unauthenticated, and the text ("Invalid Api Key!") never decides. Message: "Invalid Api Key!" (kept, as in the 401 case; the same judgment). No code stated: `FORBIDDEN` restates the status.',
    response: {
      status: 403,
      body: {
        type: 'FORBIDDEN',
        message: 'Invalid Api Key!',
        errors: [{ type: 'FORBIDDEN', message: 'Invalid Api Key!' }],
      },
    },
    expect: { kind: 'forbidden', message: 'Invalid Api Key' },
  },

  // ───────────────────────────── ParcelValue ─────────────────────────────
  {
    id: 'parcelvalue/authorization-failed-401',
    source: 'ParcelValue API',
    url: 'parcelvalue/api/docs/Endpoints/Clients/ExamplesAuthentication.md@3090dd1c7629d3183646a7f9d8f6554444056bb8',
    note: 'The "Wrong credentials" exchange of `POST /v3-testing/clients/authentication` as ParcelValue\'s docs record it (status line, headers, body). Headers as recorded, leaving out Content-length, Keep-Alive and Connection. Kind: 401, unauthenticated (rule 1). Message: the lone error\'s `detail` is "Authorization failed.", a line made only of words that say something failed, generic however they are arranged (rule 2.1, the twenty-eighth holdout\'s row; "Login failed", "Authentication failure"), and `title` is the reason phrase: the default. Judgment: a reader could keep "Authorization failed." as naming what failed. No code: the item\'s `status` restates the status, and `WWW-Authenticate`\'s `error="401"` is a number that restates it too. No logId.',
    response: {
      status: 401,
      headers: {
        Date: 'Thu, 24 Mar 2022 16:40:42 GMT',
        Server: 'Apache',
        'WWW-Authenticate': 'Bearer realm="api.parcelvalue.eu", error="401", error_description="Authorization failed."',
        'Content-Type': 'application/vnd.api+json',
      },
      body: {
        jsonapi: { version: '1.0' },
        errors: [{ status: 401, title: 'Unauthorized', detail: 'Authorization failed.' }],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'parcelvalue/missing-or-invalid-authorization-header-401',
    source: 'ParcelValue API',
    url: 'parcelvalue/api/docs/Endpoints/Clients/Current.md',
    note: 'The "No `Authorization` header" exchange of `GET /v999/clients/current` (2018) in an older stored version of the `/clients/current` page (heading "# `/clients/current`"); the exact-string search gave the text without its path or commit (index id 2521618273), and the page\'s heading, its link to the same docs and the realm `api.parcelvalue.eu` place it in parcelvalue/api, whose current `docs/Authentication.md` lists the same message. Headers as recorded, leaving out Content-length, Keep-Alive and Connection. Kind: 401, unauthenticated. Message: the lone error\'s `detail`, "Missing or invalid authorization header", says what was wrong with the credential the request carried, kept as the corpus keeps "Missing or bad access token or JWT"; judgment: a reader could read it as naming only what is missing or invalid and give the default (rule 2.1). No code: `WWW-Authenticate`\'s `error="authorization_exception"` sits in a header no rule reads for a code (rule 6 leaves doubt).',
    response: {
      status: 401,
      headers: {
        Date: 'Wed, 31 Oct 2018 15:21:06 GMT',
        Server: 'Apache',
        'WWW-Authenticate':
          'Bearer realm="api.parcelvalue.eu", error="authorization_exception", error_description="Missing or invalid authorization header"',
        'Content-Type': 'application/vnd.api+json',
      },
      body: {
        jsonapi: { version: '1.0' },
        errors: [{ status: 401, title: 'Unauthorized', detail: 'Missing or invalid authorization header' }],
      },
    },
    expect: { kind: 'unauthenticated', message: 'Missing or invalid authorization header' },
  },
  {
    id: 'parcelvalue/confirm-price-is-different-400',
    source: 'ParcelValue API',
    url: 'parcelvalue/api/docs/Endpoints/Shipments/ExamplesConfirm.md@2864eead67f35fd1285013844a9d54989888cf6a',
    note: 'The last exchange of the "confirm" examples: the shipment sent back with the rate it was quoted, answered with this 400 when the carrier\'s price changed. Headers as recorded, leaving out Content-length and Connection. Kind: a 400 without a code and without field errors: bad-request (rule 1); judgment: a quote gone stale reads like a conflict with the current state, but only 409/412 or a code would say so, and text never decides. Message: the lone error\'s `detail`, a sentence with the two prices (rule 2.2 over the `title`, a reason phrase). No code, no logId.',
    response: {
      status: 400,
      headers: {
        Date: 'Fri, 15 Oct 2021 15:54:40 GMT',
        Server: 'Apache',
        'Content-Type': 'application/vnd.api+json',
      },
      body: {
        jsonapi: { version: '1.0' },
        errors: [
          {
            status: 400,
            title: 'Bad Request',
            detail: 'Price is different. Original price: 123.45; updated price: 76.48',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Price is different. Original price: 123.45' },
  },
  {
    id: 'parcelvalue/price-is-different-503',
    source: 'ParcelValue API',
    url: 'parcelvalue/api/docs/Endpoints/Shipments/',
    note: 'Another stored version of a ParcelValue shipment example that ends with the same price check answered with a 503 (a request body with `estimatedDeliveryDate` and `"included": []`, then "HTTP/1.1 503 Service Unavailable"); the exact-string search gave the text without its path or commit (index id 2498268783). Headers as recorded, leaving out Content-length and Connection. Kind: 503, unavailable (rule 1; no code says more). Message: the lone error\'s `detail` is a sentence the app wrote in JSON; rule 2.6 sends only plain text on a 5xx to the default, so the sentence stays (judgment: a reader could call it misplaced on an outage status, but the rules read messages, not whether they fit the status). No retry (no header, no hint). No code.',
    response: {
      status: 503,
      headers: {
        Date: 'Mon, 14 Mar 2022 09:29:21 GMT',
        Server: 'Apache',
        'Content-Type': 'application/vnd.api+json',
      },
      body: {
        jsonapi: { version: '1.0' },
        errors: [
          {
            status: 503,
            title: 'Service Unavailable',
            detail: 'Price is different. Original price: 80.02; updated price: 76.21',
          },
        ],
      },
    },
    expect: { kind: 'unavailable', message: 'Price is different. Original price: 80.02' },
  },
  {
    id: 'parcelvalue/save-missing-meta-service-400',
    source: 'ParcelValue API',
    url: 'parcelvalue/api/docs/Endpoints/Shipments/',
    note: 'A stored version of a ParcelValue shipment example (the "save" request of `docs/Endpoints/Shipments/ExamplesSave.md`, with `booking: true` and an empty `meta`) answered with this 400 (18 February 2022); the exact-string search gave the text without its path or commit (index id 3120749127). Headers as recorded, leaving out Content-length and Connection. Kind: a 400 without a code and without field errors by structure (the item has no path member; `data.meta.service` sits inside the text, which rule 3 does not read): bad-request (rule 1). Message: "Missing required data: \'data.meta.service\'." names only which input is missing, generic under rule 2.1 ("Missing required parameter: templateId"): the default; judgment: a reader could keep it. No code.',
    response: {
      status: 400,
      headers: {
        Date: 'Fri, 18 Feb 2022 14:42:39 GMT',
        Server: 'Apache',
        'Content-Type': 'application/vnd.api+json',
      },
      body: {
        jsonapi: { version: '1.0' },
        errors: [{ status: 400, title: 'Bad Request', detail: "Missing required data: 'data.meta.service'." }],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
