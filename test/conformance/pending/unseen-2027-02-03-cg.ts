import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-fifth unseen-API holdout, part CG (3 February 2027): print-on-demand, fulfilment, 3D-printing, maker and
// electronics-parts APIs that no other case file uses: the Digi-Key API, Mouser's Search API, Octopart's v3 REST API
// (now Nexar), Gelato's print-on-demand API and InvenTree (the electronics-parts inventory server). They were
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from
// the public material named in `url` and `note`: public issues that paste a captured response with its status (the
// digikey-api Python client's "HTTP response headers: … HTTP response body: …" lines, Part-DB's log of Mouser's
// answer, kitspace partinfo's superagent dump of Octopart's 403, the inventree-python client's HTTPError, which
// prints the status and the raw body), and Gelato's own API reference (dashboard.gelato.com/docs), which prints an
// error body beside its table of statuses. A body a client printed as text inside a Python dict (`'body': '{…}'`) is
// written back as the JSON it holds. Where the status is not printed beside the body it is taken from the client's
// code path or another capture of the same error (Mouser's 200), and `note` says so. Headers were copied only where
// the capture shows them (Digi-Key's 404, Octopart's 403); Transfer-Encoding, Connection, Content-Length and the CORS
// headers were left out and none was added. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: Printful, Prodigi (Pwinty), ShipBob, Shipwire, OctoPrint, Moonraker/Klipper, PrusaLink and
// Prusa Connect, Bambu Lab, Creality, Duet, Thingiverse, Adafruit IO, Particle, Blynk, Arduino IoT Cloud, Home
// Assistant, ThingSpeak, Ubidots, Onshape and Autodesk (already sources); Printify (only a client's "Printify SDK:
// 400 Bad Request" without the body), Lulu (its public OpenAPI file is 385 kB and the look-ups left could not reach
// its error examples), Cloudprinter (its docs print statuses, no error body), Shapeways, Scalable Press, Ultimaker's
// Digital Factory (Cura's logs show no body), Obico, Spoolman, SimplyPrint (its docs print `{ status: false, message:
// "No API key provided, or not logged in" }` and a permission twin, but no status for either), TME (Part-DB's 403
// without a body; Part-DB's TME client test mocks only success), Farnell/element14 (Part-DB's log cut before the
// body), Arrow, LCSC and EasyEDA (easyeda2kicad prints `{'success': False, 'code': 404, 'message': 'Component not
// found'}` without the HTTP status, and the client never checks it), JLCPCB, Nexar's GraphQL (only a 500 without its
// body), PartsBox (its docs print only a success), Losant, Notehub, Hologram and balena (nothing with a body and its
// status in the stored corpora); Digi-Key's documented 429 body (the stored copies of its FAQ and shared-concepts
// pages stop at `{ "Err…`), a second Digi-Key 401 whose reporter masked the request id (peeter123/digikey-api#53),
// and KiCost#331's curl of the same Octopart 403 body as kitspace's (its log line gives "403 90"), a duplicate of the
// case kept. Named by the brief and not reached within the look-ups: Gooten, Peecho, Sculpteo, Craftcloud, Treatstock
// and Golioth.
//
// The part holds 8 cases from 5 sources, well under the brief's aim of 25–35 from 8: the look-ups (52 of 60 spent)
// found the print-on-demand and 3D-printing vendors' error bodies either in sources the corpus already holds or
// without a status, and issue search gives the start of an issue only, so long pastes (Digi-Key's 404, Part-DB's
// Farnell log) were cut or lost.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-03-cg`, on 6057138, src/ unchanged: in the frozen copy /tmp/base74): 4/8 pass, 5 sources
// (kind 8/8, message 4/8, fields 8/8, retry 8/8, logId 2/2, code 1/1). Failing at first sight:
// digikey/invalid-client-id-401 (kept the type-level `ErrorMessage` "Invalid Client-Id", where the case reads
// `ErrorDetails` as the occurrence's text, as `detail` beats `title`, rule 2.2; a judgment call its note names);
// digikey/part-not-found-404-headers (kept `ErrorMessage` "The specified part was not found." over `ErrorDetails`
// "The specified part 300-8544-1-ND was not found", the same rule 2.2 reading);
// octopart/v3-forbidden-request-403-headers (kept "Forbidden request", which the case reads as the 403's reason
// phrase in other words, as the rule row of the 401's phrase reads "Unauthorized request": the default; a judgment
// call); inventree/create-part-type-error-500 (kept "Error details can be found in the admin panel", which the case
// reads as a pointer to where the server keeps its error log, developer text under rule 2.3; a judgment call). Every
// other case passed as written, including the judgment calls on Mouser's 200 (validation by the item's `Invalid`
// code, its `API Key` field and the default message), Gelato's generic "Invalid request body." and InvenTree's kept
// "API endpoint not found". No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Digi-Key API ─────────────────────────────
  {
    id: 'digikey/invalid-client-id-401',
    source: 'Digi-Key API',
    url: 'https://github.com/peeter123/digikey-api/issues/36',
    note: 'The issue pastes what the digikey-api client printed for a batch product details call: "HTTP response body: {…}" (the body\'s own `StatusCode: 401` and the issue\'s title "401 error on batch_product_details" give the status; the maintainer\'s thread says Digi-Key had retired that API for the key). No header shown. Kind: 401, unauthenticated (rule 1). Message: `ErrorDetails` is the occurrence\'s text beside the type-level `ErrorMessage` ("Invalid Client-Id"), as `detail` beats `title` (rule 2.2); it names a credential (the client id header), and a credential\'s name stays (rule 2.1). Judgment call: a reader could keep "Invalid Client-Id" as the sentence, or read the header\'s name as the API\'s key for it. logId: `RequestId` (rule 5). No code stated: `StatusCode` is the status, `ErrorResponseVersion` a version.',
    response: {
      status: 401,
      body: {
        ErrorResponseVersion: '3.0.0.0',
        StatusCode: 401,
        ErrorMessage: 'Invalid Client-Id',
        ErrorDetails: 'X-DIGIKEY-Client-Id invalid for requested resource',
        RequestId: '3ccc30b8-b424-49b9-9b79-fd38d3213c20',
        ValidationErrors: [],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'invalid for requested resource',
      logId: '3ccc30b8-b424-49b9-9b79-fd38d3213c20',
    },
  },
  {
    id: 'digikey/part-not-found-404-headers',
    source: 'Digi-Key API',
    url: 'https://github.com/peeter123/digikey-api/issues/25',
    note: 'The issue pastes the client\'s log of `product_details` for an obsolete part: "Exception when calling product_details_with_http_info: (404) Reason: Not Found", the response headers (a Python HTTPHeaderDict) and the body. Headers copied as shown except Transfer-Encoding, Connection and the four Access-Control-* headers. Trimmed: the stored copy of the issue stops after `ErrorDetails` (`…was not found","`); the members after it (in the other captures of this envelope, `RequestId` and `ValidationErrors: []`) are left out, nothing was added. Kind: 404, not-found (rule 1). Message: `ErrorDetails`, the occurrence\'s sentence, over the type-level `ErrorMessage` "The specified part was not found." (rule 2.2). logId: `X-DIGIKEY-REQUEST-ID`, a header named like a request id (rule 5; the body\'s own `RequestId` was cut off). Retry: none (a 404; X-RateLimit-Remaining is 986). No code stated.',
    response: {
      status: 404,
      headers: {
        Date: 'Thu, 28 Oct 2021 13:57:14 GMT',
        'Content-Type': 'application/json',
        Server: 'Kestrel',
        'X-RateLimit-Limit': '1000',
        'X-RateLimit-Remaining': '986',
        'X-DIGIKEY-REQUEST-ID': '61455b37-5c98-4c13-c530-f081fe27f53f',
      },
      body: {
        ErrorResponseVersion: '3.0.0.0',
        StatusCode: 404,
        ErrorMessage: 'The specified part was not found.',
        ErrorDetails: 'The specified part 300-8544-1-ND was not found',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The specified part 300-8544-1-ND was not found',
      logId: '61455b37-5c98-4c13-c530-f081fe27f53f',
    },
  },

  // ───────────────────────────── Mouser Search API ─────────────────────────────
  {
    id: 'mouser/invalid-unique-identifier-api-key-200',
    source: 'Mouser Search API',
    url: 'https://github.com/Part-DB/Part-DB-server/issues/1017',
    note: 'Part-DB\'s log pastes Mouser\'s answer to a keyword search inside its own exception: `Uncaught PHP Exception RuntimeException: "Unknown response format: {…}" at MouserProvider.php line 213` (the body copied as printed once, not its escaped repeat). Status: not printed beside it; 200, because Part-DB reads the body with Symfony\'s HttpClient, which throws a ClientException on any 4xx before the provider can parse it (Part-DB#904 shows that path for Mouser\'s 500), and Part-DB#820, the same "Unknown response format" error, logs `Response: "200 https://api.mouser.com/api/v2/search/keyword?…"`. No header shown. Kind: the item\'s `Code: "Invalid"` says an input\'s value is invalid (rule 1: a code outranks a 2xx), and the item names its input in `PropertyName` (rule 3): validation. Judgment call: the input is the API key, a credential, so a reader could read unauthenticated; or read "Invalid" alone as no code and the 200 as unknown. Fields: `API Key` with "Invalid unique identifier." (the server\'s spelling kept). Message: only a field message: the default (rule 2.4). Code: `Invalid`, the item\'s (rule 6; `ResourceKey` is a message key).',
    response: {
      status: 200,
      body: {
        Errors: [
          {
            Id: 0,
            Code: 'Invalid',
            Message: 'Invalid unique identifier.',
            ResourceKey: 'InvalidIdentifier',
            ResourceFormatString: null,
            ResourceFormatString2: null,
            PropertyName: 'API Key',
          },
        ],
        SearchResults: null,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['API Key', 'Invalid unique identifier']],
      code: 'Invalid',
    },
  },

  // ───────────────────────────── Octopart API (v3) ─────────────────────────────
  {
    id: 'octopart/v3-forbidden-request-403-headers',
    source: 'Octopart API',
    url: 'https://github.com/kitspace/partinfo/issues/10',
    note: 'kitspace partinfo\'s superagent error for `GET https://octopart.com/api/v3/parts/match?apikey=…` with a newly issued key, dumped whole in the issue: `status: 403`, `text: \'{\\n  "__class__": "ClientErrorResponse",\\n  "message": "Forbidden request"\\n}\'` and the response headers (date and content-type copied; content-length 90 and connection left out; the dump is cut after them). KiCost#331 shows the same body by curl, its log line "403 90". Kind: 403, forbidden (rule 1). Message: "Forbidden request" is the 403\'s reason phrase in other words, as "Unauthorized request" is the 401\'s (the rule row of the 401\'s phrase): the default. Judgment call: a reader could keep it as what was refused. No code stated: `__class__` names the response\'s class, no code member (rule 6).',
    response: {
      status: 403,
      headers: { date: 'Fri, 31 May 2019 19:25:23 GMT', 'content-type': 'application/json' },
      body: { __class__: 'ClientErrorResponse', message: 'Forbidden request' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Gelato API ─────────────────────────────
  {
    id: 'gelato/order-create-invalid-request-body-400',
    source: 'Gelato API',
    url: 'https://dashboard.gelato.com/docs/orders/v2/create',
    note: 'Gelato\'s API reference for `POST https://api.gelato.com/v2/order/create`, "Response Messages": "Error response example: { "message": "Invalid request body." }" above the table "HTTP Status Code | Message", whose 400 row reads "Invalid request body.". No header shown. Kind: a 400 without fields or a code: bad-request (rule 1). Message: "Invalid request body" is listed as generic (rule 2.1, Firecrawl\'s): the default. No code.',
    response: { status: 400, body: { message: 'Invalid request body.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'gelato/order-cancel-order-not-found-404',
    source: 'Gelato API',
    url: 'https://dashboard.gelato.com/docs/orders/v2/cancel/',
    note: 'Gelato\'s API reference for `POST https://api.gelato.com/v2/order/cancel`, "Response Messages": "Error response example: { "message": "Order not found." }" above the table whose 404 row reads "Order not found.". No header shown. Kind: 404, not-found (rule 1). Message: "Order not found." names what was not found, a sentence as "Resource not found" is (the fifth holdout\'s row: only the bare reason phrase restates the status). No code.',
    response: { status: 404, body: { message: 'Order not found.' } },
    expect: { kind: 'not-found', message: 'Order not found' },
  },

  // ───────────────────────────── InvenTree API ─────────────────────────────
  {
    id: 'inventree/create-part-type-error-500',
    source: 'InvenTree API',
    url: 'https://github.com/sparkmicro/Ki-nTree/issues/190',
    note: "The inventree-python client's HTTPError pasted in the issue: `{'detail': 'Error occurred during API request', 'url': 'https://inventree-server.tld/api/part/', 'method': 'POST', 'status_code': 500, 'body': '{…}', …}`; the `body` string is the JSON written back here (`\\'` read as a quote). A collaborator reproduces it (an IPN regex setting that part creation did not satisfy). No header copied (the dict's `headers` are the request's). Kind: 500, server (rule 1). Message: \"Error details can be found in the admin panel\" only points to where the server keeps its error log (rule 2.3: a pointer to the server's logs): the default. Judgment call: a reader could read it as a sentence for an administrator. No code stated: `error` holds an exception's class name (`TypeError`), developer text (rule 2.3), and `error_class` its repr; `path` at the top is the URL path, no field (rule 3).",
    response: {
      status: 500,
      body: {
        error: 'TypeError',
        error_class: "<class 'TypeError'>",
        detail: 'Error details can be found in the admin panel',
        path: '/api/part/',
        status_code: 500,
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'inventree/api-endpoint-not-found-404',
    source: 'InvenTree API',
    url: 'https://github.com/30350n/inventree-part-import/issues/97',
    note: 'The inventree-python client\'s HTTPError pasted in the issue (InvenTree 1.2.6, whose parameter templates had moved): `\'status_code\': 404, \'body\': \'{"detail": "API endpoint not found", "url": "http://<server>/api/part/parameter/template/?format=json"}\'`; the `body` string is the JSON written back here. The reporter replaced the host with `<server>`; the value is copied as pasted. No header copied. Kind: 404, not-found (rule 1). Message: `detail`, "API endpoint not found", a line that says what was not found (rule 2.1 keeps "Resource not found"). Judgment call: a reader could read it as a routing message for the developer and give the default. No code; `url` is no field.',
    response: {
      status: 404,
      body: {
        detail: 'API endpoint not found',
        url: 'http://<server>/api/part/parameter/template/?format=json',
      },
    },
    expect: { kind: 'not-found', message: 'API endpoint not found' },
  },
] satisfies ConformanceCase[];
