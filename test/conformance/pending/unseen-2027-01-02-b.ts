import { DEFAULT, type ConformanceCase } from '../types';

// Forty-third unseen-API holdout, part B (2 January 2027): retail inventory, order management, multichannel listing,
// manufacturing (MRP) and warehouse (WMS/3PL) APIs that no other case file uses: Brightpearl (retail operations and
// order management), Katana MRP (manufacturing ERP), FlexGalaxy (WMS ingest and WES contract APIs), CISS InventoryPro
// (inventory), TradeGecko (inventory and order management, now QuickBooks Commerce), Shipwire (3PL fulfilment),
// Sellfern (seller order operations), Seller Labs (marketplace seller tools) and Maho Commerce (retail commerce
// platform), collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was
// copied from the public material named in `url` and `note`: recorded VCR cassettes of the vendors' live services
// (Brightpearl's `ws-use.brightpearl.com` and `oauth.brightpearl.com` in vicvans20/ruby-brightpearl, Shipwire's
// `api.beta.shipwire.com` sandbox in billr578/shipwire), a cassette TradeGecko's own client gem (tradegecko/gecko)
// recorded against TradeGecko's API running on its developers' machine (`api.lvh.me:3000`; the note says so), and the
// vendors' own reference pages that print an error body with its status (Katana's "HTTP status codes" page and its
// endpoint reference as exported in dougborg/katana-openapi-client, FlexGalaxy's two "Errors" pages, InventoryPro's
// "Errors", Sellfern's "Errors", Seller Labs' "Errors", Maho Commerce's "Error Responses"). Where a status is not
// printed beside the body, the note says where it came from (the body's own status member, or the vendor's status
// table for that code). The cassettes' YAML was read as YAML reads it (a single-quoted scalar folds its line breaks
// into spaces and keeps `\u003d` for the JSON parser, which makes it `=`); headers were trimmed to the ones a reader
// of the case needs (Date, Content-Type, ids, rate-limit and auth headers), and Content-Length, Connection and
// Transfer-Encoding were left out; Shipwire's two `WWW-Authenticate` values are joined with ", " as a fetch `Headers`
// joins them. No header was added that the source did not show. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Linnworks (two captured bodies in public issues, `{"Code":"-","Message":"Token is wrong."}`
// and `{"Code":"-","Message":"An internal error occurred. Please contact Linnworks support"}`, neither with a status,
// and no Linnworks page found giving one), Brightpearl's help-centre examples (`CMNC-404`, `CMNC-010`, `WHSB-038`:
// printed without a status) and its cassettes of a 200 with an empty `response` list and a second "Invalid instance
// token" 401 (no failure; one shape already taken), Katana's create-price-list 422 (its example string breaks a line
// inside a JSON string: not JSON as printed) and its rate-limit page's 429 body (none printed: only the status line and
// headers, taken alone), Veeqo (its docs repository VeeqoAPI/api-docs has a status table and no error body), Cin7 Core
// (DEAR) and Cin7 Omni (status tables only within the cap), Extensiv 3PL Central, Unleashed, ChannelAdvisor (Rithum),
// Ordoro, SkuVault, inFlow, Sellbrite, Flowspace, Finale Inventory (no error body found within the cap), TradeGecko's
// price-list 404 (a Rails development "Routing Error" page from the developers' local server, not the service's
// answer) and its rate-limit page (headers named, no response printed), Shipwire's multi-product create (a 200
// "Successful" carrying per-item errors: a partial success, not a failure) and its retire of a missing id (a 200
// "Successful"), EquityPOS and MetrixNest (templated bodies with `{ ... }`), Orchestro (not JSON as printed), S&S
// Activewear (a third party's notes, not the vendor's page). Sources already in the corpus were skipped (ShipBob,
// ShipHero, ShipStation, Shippo, EasyPost, Odoo, Zoho, Lightspeed Retail, Square, Printful, Rakuten RMS, Mainfreight,
// GuestManager). No XML body and no non-English body turned up in this domain within the cap; the part holds 22 cases
// from 9 sources, under the brief's aim of 25, because all 70 look-ups the brief allows were spent, most of them on
// vendors that print status tables rather than bodies.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-02-b`, on 4e137ad, src/ unchanged: in the frozen copy /tmp/base43): 17/22 pass, 9 sources
// (kind 22/22, message 18/22, fields 22/22, retry 22/22, logId 6/6, code 5/6). Failing at first sight:
// brightpearl/invalid-instance-token-401 and brightpearl/authorization-token-expired-401 (the 401's default, "Your
// session may have ended. Sign in and try again.": the sentence in Brightpearl's top-level `response` member not read,
// though text under a response's name at the top is the error's, rule 3, as AppsFlyer's `string_response` is);
// brightpearl/filter-cannot-be-parsed-500 (kept "The filter orderStatusId=BAD PARAM cannot be parsed as: INTEGER",
// which the case reads as a parser's or decoder's report, rule 2.3; a judgment call the note names);
// katana/validation-failed-city-max-length-422 (the code `UnprocessableEntityError`, the error's `name`, a class name
// that beside a code is the category, rule 1, taken over the explicit `code` and the lone item's `maxLength`, rule 6;
// wrong by either reading of the note's judgment call); maho-commerce/sku-required-400 (kept "SKU is required", which
// the case reads as a line naming only which input is missing, rule 2.1; a judgment call the note names). Every other
// case passed as written, including the judgment calls on Brightpearl's "You have not supplied an order type code"
// (kept) and its `invalid_client` on a 400, Katana's headers-only 429 (`Retry-After: 15`), FlexGalaxy's `trace_id`
// and Sellfern's `meta.request_id` (the support ids), Sellfern's `details.required_scope` (no field), Shipwire's `sku`
// members (no field) and its lone item sentences over the envelope's summaries, and TradeGecko's cassette recorded
// against its developers' server. No expectation was changed after the run (Prettier's line breaks and quotes were
// applied before it).

// Waits in `pending/`: 20/22 now (Brightpearl's text under `response` is read since, and Katana's LoopBack 4 envelope
// is no longer taken for Strapi's, whose `name` would be its code). Its misses are read both ways in the corpus: Maho
// Commerce's "SKU is required" (a line naming only the missing input) and Brightpearl's "The filter … cannot be parsed
// as: INTEGER" (Prometheus's and Meilisearch's parse reports are kept).

export default [
  // ───────────────────────────── Brightpearl ─────────────────────────────
  {
    id: 'brightpearl/invalid-instance-token-401',
    source: 'Brightpearl API',
    url: 'vicvans20/ruby-brightpearl/spec/fixtures/client_error_invalid.yml@1726fe54cdd4573a3fe42e25b7c4f7c2d2243246',
    note: 'A VCR cassette of `GET https://ws-use.brightpearl.com/public-api/barulu/order-service/order/1` with a bad bearer token (the first of its two interactions). Headers trimmed to Date, Content-Type, Ruid and the two throttle headers (Cache-Control, Expires, Message-Type, Pragma and Strict-Transport-Security left out). Kind: 401, unauthenticated (rule 1). Message: the sentence sits in the top-level `response` member, text under a response\'s name at the top being the error\'s (rule 3, AppsFlyer\'s `string_response`); "Invalid instance token" names the credential refused, kept as the corpus keeps "Invalid token" (the forty-first sample\'s credential lines); the token echoed after the colon stays part of the line. Judgment call: a reader could take it for a short line naming only what is invalid (rule 2.1) and give the default. Retry: none (a 401; the Brightpearl throttle headers are read only when the kind is rate-limited, rule 4.2). logId not checked: `Ruid` is no name rule 5 lists. No code.',
    response: {
      status: 401,
      headers: {
        Date: 'Thu, 27 Jan 2022 22:39:09 GMT',
        'Content-Type': 'application/json;charset=UTF-8',
        Ruid: 'cee9443d-a93c-4142-8c51-82c93e0a57ed',
        'Brightpearl-Next-Throttle-Period': '50704',
        'Brightpearl-Requests-Remaining': '197',
      },
      body: { response: 'Invalid instance token: INVALID_STUFF' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid instance token' },
  },
  {
    id: 'brightpearl/authorization-token-expired-401',
    source: 'Brightpearl API',
    url: 'vicvans20/ruby-brightpearl/spec/fixtures/client_error_expired.yml@1726fe54cdd4573a3fe42e25b7c4f7c2d2243246',
    note: "A VCR cassette of the same order request with an expired token (first interaction). Headers trimmed as in the invalid-token case. Kind: 401, unauthenticated. Message: the `response` member's sentence (rule 3, a response's name at the top holds the error's text): it says what happened to the credential, not only the status. Retry: none (not rate-limited). No code, logId not checked.",
    response: {
      status: 401,
      headers: {
        Date: 'Thu, 27 Jan 2022 22:39:08 GMT',
        'Content-Type': 'application/json;charset=UTF-8',
        Ruid: '10152c6f-bf14-4724-abf1-1b412d7e7821',
        'Brightpearl-Next-Throttle-Period': '51316',
        'Brightpearl-Requests-Remaining': '199',
      },
      body: { response: 'Authorization token expired' },
    },
    expect: { kind: 'unauthenticated', message: 'Authorization token expired' },
  },
  {
    id: 'brightpearl/order-type-code-not-supplied-400',
    source: 'Brightpearl API',
    url: 'vicvans20/ruby-brightpearl/spec/fixtures/order_post_error_missing_required.yml@ce971074935971ff768e188bdb643a8cf0fe940f',
    note: 'A VCR cassette of `POST …/order-service/order` with `{"reference":"#0001"}`. The YAML scalar folds "order\\n type code" into one space. Headers trimmed (Date, Content-Type, Ruid, throttle headers). Kind: a 400 whose `errors` list holds one item with no path-like member and an opaque code: no field errors, not a list of several messages, no validation code (rule 1: `ORDC-005` names nothing): bad-request. Message: the lone item\'s sentence (rule 2.2). Judgment call: "You have not supplied an order type code" says which input is missing, and a reader could put it beside "Missing required parameter: templateId" (rule 2.1) and give the default; it is kept as a whole sentence addressed to the person. Code: the lone item\'s `ORDC-005` (rule 6; a list of one error object is that object, rule 3). No retry; logId not checked.',
    response: {
      status: 400,
      headers: {
        Date: 'Wed, 26 Jan 2022 17:09:12 GMT',
        'Content-Type': 'application/json;charset=UTF-8',
        Ruid: 'b267cbcf-b9c4-4c67-bd34-c90e1a758c55',
        'Brightpearl-Next-Throttle-Period': '47165',
        'Brightpearl-Requests-Remaining': '199',
      },
      body: { errors: [{ code: 'ORDC-005', message: 'You have not supplied an order type code' }] },
    },
    expect: { kind: 'bad-request', message: 'You have not supplied an order type code', code: 'ORDC-005' },
  },
  {
    id: 'brightpearl/filter-cannot-be-parsed-500',
    source: 'Brightpearl API',
    url: 'vicvans20/ruby-brightpearl/spec/fixtures/order_search_bad_param.yml@ecc84a83dfb8c8d7567c55a0fa611410595e739a',
    note: 'A VCR cassette of `GET …/order-service/order-search?orderStatusId=BAD%20PARAM`: Brightpearl answers a bad filter value with a 500. The recorded JSON has `\\u003d` (an `=`) and the YAML folds "BAD\\n PARAM" into "BAD PARAM". Headers trimmed. Kind: 500, server; a code never turns a 5xx into a 4xx kind (rule 1). Message: "The filter orderStatusId=BAD PARAM cannot be parsed as: INTEGER" reports a conversion of the value to a type named in capitals, a parser\'s or decoder\'s report (rule 2.3: Swift\'s "Cannot initialize … from invalid String value", Keap\'s "could not be converted"): the default. Judgment call: a reader could keep it, since it names the filter the person sent. Code: the lone item\'s `CMNC-018` (rule 6). No retry; logId not checked.',
    response: {
      status: 500,
      headers: {
        Date: 'Wed, 26 Jan 2022 17:49:18 GMT',
        'Content-Type': 'application/json;charset=UTF-8',
        Ruid: '0629c47c-cbea-4009-bffa-b93777e3dd3c',
        'Brightpearl-Next-Throttle-Period': '41092',
        'Brightpearl-Requests-Remaining': '199',
      },
      body: {
        errors: [{ code: 'CMNC-018', message: 'The filter orderStatusId=BAD PARAM cannot be parsed as: INTEGER' }],
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'CMNC-018' },
  },
  {
    id: 'brightpearl/oauth-token-invalid-client-400',
    source: 'Brightpearl API',
    url: 'vicvans20/ruby-brightpearl/spec/fixtures/auth_request_token_error_invalid_client.yml@739d74535f930e46b5eff42eaf54278d4cbc3966',
    note: "A VCR cassette of `POST https://oauth.brightpearl.com/token/barulu` (authorization-code grant) with a wrong client secret. Headers trimmed to Date and Content-Type (Vary, Cache-Control, Strict-Transport-Security left out). Kind: OAuth's `invalid_client` is a credential code on a 400: unauthenticated (rule 1). Message: the body has only the code: the default (rule 2.1). Code: OAuth's `error` (rule 6).",
    response: {
      status: 400,
      headers: { Date: 'Wed, 02 Feb 2022 16:18:39 GMT', 'Content-Type': 'application/json;charset=UTF-8' },
      body: { error: 'invalid_client' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },

  // ───────────────────────────── Katana MRP ─────────────────────────────
  {
    id: 'katana/validation-failed-city-max-length-422',
    source: 'Katana MRP API',
    url: 'https://developer.katanamrp.com/reference/api-errors',
    note: 'Katana\'s "HTTP status codes" page prints this body under `HTTP/1.1 422 Unprocessable Entity` and `Content-Type: application/json`. Kind: 422, validation (and `VALIDATION_FAILED` is a validation code, rule 1). Fields: the `details` item names its field in `path` (".city", a JSON Schema dataPath: `city`, rule 3\'s table) and carries a message (an Ajv report in its wording; the field carries it either way, rule 2.4). Message: "The request body is invalid. See error object `details` property for more info." is a headline that sends the reader to a named member (rule 2.1): the default. Code: `VALIDATION_FAILED` only says validation, so it is the category beside the lone item\'s code `maxLength` (rule 6). Judgment call: a reader could take the envelope\'s `VALIDATION_FAILED` as the code, the item\'s `maxLength` being bound to a field.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: {
          statusCode: 422,
          name: 'UnprocessableEntityError',
          message: 'The request body is invalid. See error object `details` property for more info.',
          code: 'VALIDATION_FAILED',
          details: [
            {
              path: '.city',
              code: 'maxLength',
              message: 'should NOT be longer than 10 characters',
              info: { limit: 10 },
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['city', 'should NOT be longer than 10 characters']],
      code: 'maxLength',
    },
  },
  {
    id: 'katana/unauthorized-401',
    source: 'Katana MRP API',
    url: 'dougborg/katana-openapi-client/docs/katana-api-comprehensive/getallmanufacturingorders.md@a91a5a0d2b87c6e06e56a6892cd2b8710dddb192',
    note: 'An export of Katana\'s reference page "List all manufacturing orders" (GET https://api.katanamrp.com/v1/manufacturing_orders), which prints this body under "401 Response — Make sure you\'ve entered your API token correctly." (the same example Katana prints on every endpoint; unwrapped, unlike the `error` envelope its errors page describes: copied as printed). No header shown. Kind: 401, unauthenticated. Message: "Unauthorized" is the status\'s reason phrase (rule 2.1): the default. No code: `UnauthorizedError` names the status\'s class (rule 1, a `Name` that names a class).',
    response: { status: 401, body: { statusCode: 401, name: 'UnauthorizedError', message: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'katana/too-many-requests-429',
    source: 'Katana MRP API',
    url: 'dougborg/katana-openapi-client/docs/katana-api-comprehensive/getallmanufacturingorders.md@a91a5a0d2b87c6e06e56a6892cd2b8710dddb192',
    note: 'The same page\'s "429 Response — The rate limit has been reached. Please try again later." example. No header shown. Kind: 429, rate-limited. Message: "Too Many Requests" is the reason phrase: the default (rule 2.1). Retry: none (no header, no hint, rule 4). No code stated: `TooManyRequests` restates the status.',
    response: { status: 429, body: { statusCode: 429, name: 'TooManyRequests', message: 'Too Many Requests' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'katana/internal-server-error-500',
    source: 'Katana MRP API',
    url: 'dougborg/katana-openapi-client/docs/katana-api-comprehensive/getallmanufacturingorders.md@a91a5a0d2b87c6e06e56a6892cd2b8710dddb192',
    note: 'The same page\'s "500 Response — The server encountered an error. If this persists, please contact support" example. No header shown. Kind: 500, server. Message: the reason phrase: the default. No code stated.',
    response: { status: 500, body: { statusCode: 500, name: 'InternalServerError', message: 'Internal Server Error' } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'katana/rate-limited-retry-after-429',
    source: 'Katana MRP API',
    url: 'dougborg/katana-openapi-client/docs/katana-api-reference/api-rate-limiting.md@779d0bc46542f37fa3fe687c5d3cb1408584a7f0',
    note: 'An export of Katana\'s "Rate limiting" page, which prints, under "If you make more than the allowed requests", the response `HTTP/1.1 429 Too Many Requests`, `Content-Type: application/json`, `Retry-After: 15`, and no body; copied as printed, with no body (none was invented or borrowed from the 429 example of another page). Kind: 429, rate-limited. Message: no body: the default. Retry: `Retry-After: 15` (rule 4.1), 15 s after the default clock (no Date shown).',
    response: { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '15' } },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 15 },
  },

  // ───────────────────────────── FlexGalaxy ─────────────────────────────
  {
    id: 'flexgalaxy/wms-ingest-cross-warehouse-credential-403',
    source: 'FlexGalaxy API',
    url: 'https://docs.flexgalaxy.ai/dev/wms/errors.html',
    note: 'FlexGalaxy\'s WMS ingest "Errors" page prints this RFC 7807 body (the page says errors come as `application/problem+json`, but prints no header, so none is copied). Status: the body\'s own `status` (403), matching the page\'s table ("Credential valid but not authorized for this resource or warehouse"). Kind: 403, forbidden. Message: RFC 9457 `detail` beats `title` (rule 2.2). logId: `trace_id`, a body id of `traceId`\'s shape (rule 5; the page: "Include it in every support request"); `instance` is a path, not an id. No code stated: the problem `type` URI ends in a fragment (`errors.html#cross-warehouse-credential`), and which part is its last segment is left in doubt by rule 6.',
    response: {
      status: 403,
      body: {
        type: 'https://docs.flexgalaxy.ai/dev/wms/errors.html#cross-warehouse-credential',
        title: 'Credential not authorized for this warehouse',
        status: 403,
        detail: "Credential 'ACME-TENANT-A' attempted to push for warehouse 'WH-Newark-03'.",
        instance: '/wms-ingest/v1/inventory/movements',
        trace_id: '01J7Y6K1NQ3W2C0X4V0R5T6E7N',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'attempted to push for warehouse',
      logId: '01J7Y6K1NQ3W2C0X4V0R5T6E7N',
    },
  },
  {
    id: 'flexgalaxy/wes-cross-warehouse-credential-403',
    source: 'FlexGalaxy API',
    url: 'https://docs.flexgalaxy.ai/dev/wes-contract/errors.html',
    note: "FlexGalaxy's WES contract \"Errors\" page (the warehouse-execution side of the same product) prints this body; no header printed. Status: the body's `status` (403), matching the page's table. Kind: forbidden. Message: `detail` over `title` (rule 2.2). logId: `trace_id` (rule 5). No code stated (as in the WMS case).",
    response: {
      status: 403,
      body: {
        type: 'https://docs.flexgalaxy.ai/dev/wes-contract/errors.html#cross-warehouse-credential',
        title: 'Credential not authorized for this warehouse',
        status: 403,
        detail: 'Credential WH-Tokyo-01/AcmeWES attempted to post for WH-Tokyo-02.',
        instance: '/wes/v1/realtime/movements',
        trace_id: '01J7Y6K1NQ3W2C0X4V0R5T6E7N',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'attempted to post for WH-Tokyo-02',
      logId: '01J7Y6K1NQ3W2C0X4V0R5T6E7N',
    },
  },

  // ───────────────────────────── CISS InventoryPro ─────────────────────────────
  {
    id: 'inventorypro/model-validation-failed-400',
    source: 'CISS InventoryPro API',
    url: 'https://cissltd.com/docs/api/errors/',
    note: 'InventoryPro\'s "Errors" page prints this body as its "Error Shape". Status: the body\'s own `statusCode` (400; "HTTP status code (mirrors the response status)"), and the page\'s table gives `validation_error` a 400. No header shown. Kind: a 400 with field errors and a validation code: validation (rule 1). Fields: the `details` map of field to messages (rule 3: a member that holds errors, its keys the fields). Message: "Model validation failed." is a generic summary (rule 2.1): the default. Code: `validation_error` (rule 6: with no item code beside it, the category is the only code).',
    response: {
      status: 400,
      body: {
        statusCode: 400,
        error: 'validation_error',
        message: 'Model validation failed.',
        details: {
          itemID: ['The itemID field is required.'],
          units: ['The field units must be greater than 0.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['itemID', 'The itemID field is required.'],
        ['units', 'The field units must be greater than 0.'],
      ],
      code: 'validation_error',
    },
  },

  // ───────────────────────────── TradeGecko ─────────────────────────────
  {
    id: 'tradegecko/product-name-blank-422',
    source: 'TradeGecko API',
    url: 'tradegecko/gecko/test/fixtures/vcr_cassettes/products_new_invalid.yml@99d30268265f7a54f973e23273fd72eab4d21db8',
    note: "A VCR cassette in TradeGecko's own Ruby client gem of `POST /products` with an empty `product[name]`, recorded against TradeGecko's API running on its developers' machine (`http://api.lvh.me:3000`): the vendor's server answering, though not the production host (a judgment call: said here). Headers trimmed to Date, Status, Content-Type, X-Request-Id and X-Runtime (X-Frame-Options, X-Xss-Protection, X-Content-Type-Options, X-Ua-Compatible, Cache-Control, Connection and Transfer-Encoding left out). Kind: 422, validation. Fields: Rails' `errors` map (rule 3). Message: only field messages: the default (rule 2.4). logId: `X-Request-Id` (rule 5). No code.",
    response: {
      status: 422,
      headers: {
        Date: 'Mon, 10 Mar 2014 05:17:10 GMT',
        Status: '422 Unprocessable Entity',
        'Content-Type': 'application/json; charset=utf-8',
        'X-Request-Id': '574f1a21-c102-4acf-82d5-bb47c0546115',
        'X-Runtime': '0.337702',
      },
      body: { errors: { name: ["can't be blank"] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', "can't be blank"]],
      logId: '574f1a21-c102-4acf-82d5-bb47c0546115',
    },
  },

  // ───────────────────────────── Shipwire ─────────────────────────────
  {
    id: 'shipwire/authorization-header-required-401',
    source: 'Shipwire API',
    url: 'billr578/shipwire/spec/support/vcr_cassettes/credentials_incorrect.yml@a396a86547dd99babbcf6333e81ff811f859b746',
    note: 'A VCR cassette of `GET https://api.beta.shipwire.com/api/v3/secret` with wrong Basic credentials. The YAML folds "header\\n (Basic)" into one space. Headers trimmed to Date, the two `WWW-Authenticate` values (joined with ", " as fetch joins repeated headers) and Content-Type (Server, Vary, Strict-Transport-Security, P3p and Content-Length left out). Kind: 401, unauthenticated. Message: `message` is a sentence that asks for a valid credential (rule 2); the parenthesised "(Basic)" names the scheme, no parser\'s report. No code (the body\'s `status` is the status), no retry.',
    response: {
      status: 401,
      headers: {
        Date: 'Tue, 09 Jun 2015 23:27:35 GMT',
        'WWW-Authenticate': 'Basic realm="Shipwire API", OAuth realm="Shipwire API"',
        'Content-Type': 'application/json',
      },
      body: { status: 401, message: 'Please include a valid Authorization header (Basic)', resourceLocation: null },
    },
    expect: { kind: 'unauthenticated', message: 'Please include a valid Authorization header' },
  },
  {
    id: 'shipwire/order-trackings-not-found-404',
    source: 'Shipwire API',
    url: 'billr578/shipwire/spec/support/vcr_cassettes/order_find_fail.yml@db6eff964014134531231e210484949eff667ad5',
    note: 'A VCR cassette of `GET https://api.beta.shipwire.com/api/v3/orders/0/trackings`. Headers trimmed to Date, X-Process-Time-Seconds and Content-Type. Kind: 404, not-found. Message: `message` (rule 2). No code, no logId header.',
    response: {
      status: 404,
      headers: {
        Date: 'Tue, 02 Jun 2015 19:45:08 GMT',
        'X-Process-Time-Seconds': '0.044669',
        'Content-Type': 'application/json',
      },
      body: { status: 404, message: 'Order not found.', resourceLocation: null },
    },
    expect: { kind: 'not-found', message: 'Order not found' },
  },
  {
    id: 'shipwire/order-cancel-not-found-404',
    source: 'Shipwire API',
    url: 'billr578/shipwire/spec/support/vcr_cassettes/order_cancel_fail.yml@ca8848de1d557a5931da71183dec119651617351',
    note: "A VCR cassette of `POST https://api.beta.shipwire.com/api/v3/orders/0/cancel` (the cancel endpoint answers without the trackings endpoint's full stop). Headers trimmed as in the trackings case. Kind: 404, not-found. Message: `message`. No code.",
    response: {
      status: 404,
      headers: {
        Date: 'Tue, 09 Jun 2015 23:30:05 GMT',
        'X-Process-Time-Seconds': '0.027268',
        'Content-Type': 'application/json',
      },
      body: { status: 404, message: 'Order not found', resourceLocation: null },
    },
    expect: { kind: 'not-found', message: 'Order not found' },
  },
  {
    id: 'shipwire/product-classification-not-detected-400',
    source: 'Shipwire API',
    url: 'billr578/shipwire/spec/support/vcr_cassettes/product_create_fail_with_invalid_classification.yml@fa14f56eca991866c0be51a96ca1695a69415f19',
    note: 'A VCR cassette of `POST https://api.beta.shipwire.com/api/v3/products` with `classification: "fake"`. The YAML folds "Product\\n Classification" into one space; the JSON\'s `\\/` are `/`. Headers trimmed to Date, X-Process-Time-Seconds, X-Request-Id and Content-Type. Kind: a 400 whose `errors` list holds one item with no path-like member (`sku` names the product the item is about, a record, not an input field: judgment call) and a numeric `code` that restates the status: no field errors, one message, no code: bad-request (rule 1). Message: the lone form-level sentence beats the envelope\'s "Invalid request" (rule 2.2; and that line is generic, rule 2.1). logId: `X-Request-Id` (rule 5). No code stated.',
    response: {
      status: 400,
      headers: {
        Date: 'Mon, 22 Jun 2015 20:36:37 GMT',
        'X-Process-Time-Seconds': '0.024903',
        'X-Request-Id': '756c2601321ce348b5d8251defd020e1',
        'Content-Type': 'application/json',
      },
      body: {
        status: 400,
        message: 'Invalid request',
        errors: [
          {
            message: 'Product Classification not detected. Please pass classification for each product.',
            type: 'error',
            code: 400,
            sku: 'N78',
          },
        ],
        resourceLocation: 'https://api.beta.shipwire.com/api/v3/products?offset=0&limit=0',
        resource: { offset: 0, total: 0, previous: null, next: null, items: [] },
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Product Classification not detected',
      logId: '756c2601321ce348b5d8251defd020e1',
    },
  },
  {
    id: 'shipwire/rate-unknown-sku-422',
    source: 'Shipwire API',
    url: 'billr578/shipwire/spec/support/vcr_cassettes/rate_find_fail.yml@c04cbd38c84df5fd58758f86914fec107b051dad',
    note: 'A VCR cassette of `POST https://api.beta.shipwire.com/api/v3/rate` for an order of SKU "FAKE-PRODUCT". The YAML folds the line breaks into spaces and reads `\'\'` as one quote. Headers trimmed as in the classification case. Kind: 422, validation (rule 1). Fields: none; the item carries `type`, `code` ("sku") and `message` and no path-like member (a `code` is never a field, rule 3). Message: the lone item\'s sentence beats the envelope\'s "One or more errors occurred processing this rate request.", a summary that only says errors occurred (rule 2.1, 2.2). Judgment call: a reader could take the item\'s `code: "sku"` as naming the field `sku`. logId: `X-Request-Id` (rule 5). No code stated: `sku` is the item\'s code but names an input rather than a condition (rule 6 leaves it in doubt).',
    response: {
      status: 422,
      headers: {
        Date: 'Mon, 22 Jun 2015 23:06:18 GMT',
        'X-Process-Time-Seconds': '0.031043',
        'X-Request-Id': '48a3356777f586d7bad8d2f6b81f9716',
        'Content-Type': 'application/json',
      },
      body: {
        status: 422,
        message: 'One or more errors occurred processing this rate request.',
        errors: [{ type: 'error', code: 'sku', message: "unknown SKU 'FAKE-PRODUCT'" }],
        resourceLocation: null,
      },
    },
    expect: { kind: 'validation', message: "unknown SKU 'FAKE-PRODUCT'", logId: '48a3356777f586d7bad8d2f6b81f9716' },
  },

  // ───────────────────────────── Sellfern ─────────────────────────────
  {
    id: 'sellfern/missing-scope-403',
    source: 'Sellfern API',
    url: 'https://docs.sellfern.com/developers/errors',
    note: 'Sellfern\'s "Errors" page prints this body as its "Error response shape" (the ellipsis in `request_id` is the page\'s). Status: the page\'s table gives `missing_scope` a 403 ("API key lacks the required scope"). No header shown. Kind: 403, forbidden (rule 1). Message: `error.message`, a sentence (rule 2). Fields: none; `details.required_scope` holds a scope token ("orders:read", code-shaped, rule 2.1), not a message, so the map is no field map (rule 3) — a judgment call. logId: `meta.request_id`, a body id by its name ("always safe to log and share with Sellfern support"; rule 5; judgment: under `meta`, beside the error object). Code: `missing_scope` (rule 6).',
    response: {
      status: 403,
      body: {
        success: false,
        error: {
          code: 'missing_scope',
          message: 'API key lacks the required scope for this endpoint.',
          details: { required_scope: 'orders:read' },
        },
        meta: { request_id: 'req_01HX...' },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'API key lacks the required scope for this endpoint',
      logId: 'req_01HX...',
      code: 'missing_scope',
    },
  },

  // ───────────────────────────── Seller Labs ─────────────────────────────
  {
    id: 'seller-labs/sample-error-400',
    source: 'Seller Labs API',
    url: 'https://docs.sellerlabs.com/errors',
    note: 'Seller Labs\' "Errors" page prints this "Sample Error Response" (the JSON\'s `\\/` are `/`). Status: the body\'s own `httpCode` ("400": "This will always match the actual HTTP status code"). No header shown. Kind: a 400 without fields or a code that says more: bad-request (rule 1). Message: `userMessage` ("suitable to be displayed to an end-user") says only "An Error Occurred", a generic summary (rule 2.1); `developerMessage` is for developers (rule 2.3): the default. No code stated: `code: "400-001"` carries the status in it (the thirty-seventh sample\'s least clear rules), and `status: "error"` is JSend\'s failure flag.',
    response: {
      status: 400,
      body: {
        status: 'error',
        user: '117',
        code: '400-001',
        httpCode: '400',
        error: {
          userMessage: 'An Error Occurred',
          developerMessage: 'An Error Occurred',
          documentation: 'http://docs.sellerlabs.com/errors#400-001',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Maho Commerce ─────────────────────────────
  {
    id: 'maho-commerce/sku-required-400',
    source: 'Maho Commerce API',
    url: 'https://mahocommerce.com/api/v2/errors/',
    note: 'Maho Commerce\'s "Error Responses" page (API v2, v26.7+) prints this body; status: the body\'s `status` (400), which its table reads "Bad request / validation error". No header shown. Kind: a 400 without field errors and without a code: bad-request (rule 1; text never decides). Message: `detail` over `title` (rule 2.2), but "SKU is required" names only which input is missing, generic under rule 2.1 ("Missing required parameter: templateId", EGi\'s "… is required" lines): the default; `title` "An error occurred" is generic too. Judgment call: a reader could keep "SKU is required". No code: the `type` only links RFC 2616\'s section 10 (a status section, no code).',
    response: {
      status: 400,
      body: {
        type: 'https://tools.ietf.org/html/rfc2616#section-10',
        title: 'An error occurred',
        status: 400,
        detail: 'SKU is required',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
