import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-fourth unseen-API holdout, part IY (4 March 2027): shipping, carrier, last-mile and freight APIs that no
// other case file uses: the Pitney Bowes Shipping API (PB's shipping and address-validation APIs), Bringg (last-mile
// delivery orchestration), Nova Poshta (the Ukrainian carrier's JSON API) and PostNord (the Nordic carrier's REST API).
// They were collected to measure how the reader does at first sight on APIs it was never tuned on. Bodies were copied
// from: Pitney Bowes' "Error Object" page (two example bodies of its standard error object) and its "Legacy Error
// Formats" page (one example body per format), Bringg's "Errors" page (one example body), a GitHub issue of a Nova
// Poshta Python client whose maintainer pastes what the API answered to a bad key (a Python dict, written here as the
// JSON it was decoded from), and the test fixtures of a Karrio-style PostNord connector (`ErrorResponse`,
// `AuthErrorResponse`, `DeclarationRejectedResponse`, each parsed by the test into the carrier's code and message),
// cited by their find_string hits because the index answered without naming the repository. No page or fixture shows
// a header, so none was added. Statuses: Bringg's body names its own 400 and PostNord's gateway body its 403 (and the
// fixture's comment says so); Pitney Bowes prints no status beside its examples, so each is the 400 its "HTTP Status
// Codes" page gives for "a missing parameter, missing value, invalid structure, or malformed request"; Nova Poshta's
// and PostNord's other bodies come with no status at all, and each note names the status it uses as a judgment call.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Colissimo (a Karrio test's `ErrorResponse` is a multipart/mixed body whose boundary header
// and status are not shown: the wire response would have to be guessed), Cargonizer/Logistra (its error page prints
// placeholders, `<error>Error 1</error>`), project44 (its appendix prints the error schema with "string" in every
// member, no real body), Pitney Bowes' legacy format 3 (`address.not.verified`: the stored excerpt ends mid-sentence),
// the third item of Pitney Bowes' second standard example (cut off in the stored page: the case keeps the first two),
// a Nova Poshta issue's `errors` map and another's `errors` list (fragments of a body), a Nova Poshta Laravel package's
// reshaped array (the package's own output, not the wire body), DQE's token errors (no status printed), Bring's
// Shipping Guide error page (a table of codes, no body) and PostNord's partial-failure booking (a 2xx success with one
// failed item, not an error response). Nothing citable with a whole body: Royal Mail Click & Drop (only an unofficial
// client's PyPI page turned up), Flexport (a third party's skill page, no body), Freightos, Packlink, Boxtal,
// Skydropx, TrackingMore, PostGrid (its SDK tests are generated and mock generic errors), Delhivery (integration notes,
// no body), OptimoRoute, Routific, Tookan, Roadie, Borzo, CDEK and getAddress.io (searches found no printed error
// body). Skipped as already sources: Canada Post, Australia Post, Sendcloud, ShipEngine, ShipStation, ShipBob,
// Shiprocket, Loqate, Smarty, Geoapify, 17TRACK, GLS, DPD, InPost, Correios, Envia, Lalamove, Onfleet, EasyPost,
// Shippo, AfterShip, Easyship, Sendle, FedEx, DHL (so DHL eCommerce Americas' problem body, which turned up, was left
// out), USPS, Ship24, Postmen, Karrio, PostNL, Stuart, Uber Direct, ShipHero, Wolt, LocationIQ and Lob.
//
// The part holds 10 cases from 4 sources, under the brief's aim of 15–30 from at least 5: all 35 look-ups were spent,
// most on carriers whose docs give tables of codes and no body, or whose only bodies carry no status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-04-iy`, on c1ca48f, src/ unchanged: in the frozen copy /tmp/base104; `--check` first
// reported every case valid; the first normalizing run crashed because another collector's file,
// unseen-2027-03-04-iw.ts, vanished from the shared copy mid-run, and was run once more): 6/10 pass, 4 sources (kind
// 8/10, message 7/10, fields 9/10, retry 10/10, logId 1/1, code 3/5). Failing at first sight:
// pitney-bowes/missing-postal-code-400 (kept bad-request, "Either Invalid or missing street or stateProvince or
// postalcode." and no field; the case reads Pitney Bowes' `parameters`, "the fields that might be incorrect", as a
// path member as `fields` is (rule 3), so a validation failure with the field "fromAddress postalCode" and the default
// (rules 1, 2.4): a judgment call its note names); postnord/servicepoints-missing-parameter-400 (kind and message pass;
// kept no code, where the case takes the lone fault's `faultCode` "API-005" under `compositeFault.faults`, rule 6);
// postnord/edi-instruction-invalid-400 (kept bad-request and "Invalid indata object EdiInstruction"; the case reads the
// two faults as a 400 listing several messages about the input, validation by rule 1, and the envelope's line as a
// generic headline naming the request's schema object, the default by rule 2.1: the message is a judgment call its
// note names); postnord/declaration-rejected-400 (kept the bad request's default and no code, reading "The request
// could not be processed" as generic as the case does, but not the lone fault's "EDI must have been sent earlier" and
// "CNC-001", which rules 2.2 and 6 give). The three PostNord misses are one gap: the kit does not read PostNord's
// `compositeFault.faults` as the error list. Every other case passed as written, including the judgment calls on
// Pitney Bowes' "cityTown: may not be null" lines (validation, the default), its legacy `message` over
// `additionalInfo`, Bringg's MDN `type` (no code) and two clauses (bad-request), Nova Poshta's 200 with `success:
// false` (unknown, "API key incorrect") and PostNord's `xrequestid` read as the support id.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Dropped after the first run, by the holdout's maintainer: postnord/servicepoints-missing-parameter-400,
// postnord/edi-instruction-invalid-400 and postnord/declaration-rejected-400, three connector fixtures whose status
// was never recorded: the 400 each gave was chosen, not copied, and the project does not write a wire status it has
// not seen (the part IX collector dropped bodies printed without a status for the same reason). The part keeps 7
// cases from 4 sources; on the first run they read 6/7 (the Pitney Bowes miss above).

export default [
  // ───────────────────────────── Pitney Bowes Shipping API ─────────────────────────────
  {
    id: 'pitney-bowes/missing-postal-code-400',
    source: 'Pitney Bowes Shipping API',
    url: 'https://docs.shippingapi.pitneybowes.com/reference/error-object.html',
    note: 'Example 1 of the standard error object (sent when the request carries `X-PB-UnifiedErrorStructure: true`): "an error is returned for a shipment that did not include a postal code in the fromAddress". Status: none printed beside the example; 400 is the one the "HTTP Status Codes" page gives for "a missing parameter, missing value" (a judgment call). Kind: `parameters` is documented as "The fields that might be incorrect in the request", a path-like member as `fields` is (rule 3), so the item is bound to the field it names: validation (rule 1). Its path is kept as sent, "fromAddress postalCode": no canonical form splits segments on a space (rule 3: segments keep the server\'s spelling). The field\'s message is the item\'s `errorDescription` ("The reason for the failure"), `additionalInfo` being details beside it. Message: only a field message, so the default (rule 2.4). Code: the lone item\'s `errorCode` "1019003" (rule 6). Judgment calls: a reader could read `parameters` as no path member at all (then a bad request whose sentence names only inputs, the default), or split the path at the space into `fromAddress.postalCode`.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            errorCode: '1019003',
            errorDescription: 'Either Invalid or missing street or stateProvince or postalcode.',
            additionalInfo: 'postalCode field length field either exceeds allowed limit or is in invalid format',
            parameters: ['fromAddress postalCode'],
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['fromAddress postalCode', 'Either Invalid or missing street']],
      code: '1019003',
    },
  },
  {
    id: 'pitney-bowes/merchant-fields-may-not-be-null-400',
    source: 'Pitney Bowes Shipping API',
    url: 'https://docs.shippingapi.pitneybowes.com/reference/error-object.html',
    note: 'Example 2 of the standard error object: "multiple errors are returned for a merchant registration that included a merchant email but no merchant address". Trimmed: the stored page is cut inside the third item ("countryCode: m…"), so the case keeps the first two, whole. Status: none printed; 400 as the "HTTP Status Codes" page gives for a missing value (a judgment call). Kind: `validation.failed` is a validation code (rule 1: `ValidationFailure`, read without separators), and the 400 lists several messages about the input: validation. Fields: the items name no field (`parameters` is empty, and rule 3 knows a leading "name:" as a field only in class-validator\'s format), so both are form-level. Message: each line names only which input is missing, by the API\'s key ("cityTown: may not be null", rule 2.1 and the rule row of 6 December 2026): the default. Code: not stated (both items carry the same category-like code). Judgment call: a reader could bind "cityTown:" to a field, as Bean Validation\'s "property: message" lines are written.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            errorCode: 'validation.failed',
            errorDescription: 'cityTown: may not be null',
            additionalInfo: null,
            parameters: [],
          },
          {
            errorCode: 'validation.failed',
            errorDescription: 'postalCode: may not be null',
            additionalInfo: null,
            parameters: [],
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'pitney-bowes/legacy-invalid-service-parcel-combination-400',
    source: 'Pitney Bowes Shipping API',
    url: 'http://shipping.pitneybowes.com/reference/error-body-formats.html',
    note: '"Error Format 1" of the legacy formats (returned without the unified-error header, "for seven-digit error codes"): its example, a JSON array of one error object. Status: none printed; 400, as the "HTTP Status Codes" page gives for a missing value or invalid structure (a judgment call). An array of one error object is that object (rule 3). Kind: 400, a numeric code that names no kind, no field: bad-request (rule 1). Message: `message` "Invalid combination of Service Id and Parcel type." names the inputs in words and says what is wrong with them together: kept (rule 2.1), over `additionalInfo`, which no rule lists as a message member. Code: "1021141" (rule 6). Judgment call: a reader could prefer `additionalInfo` as the occurrence\'s own text (rule 2.2).',
    response: {
      status: 400,
      body: [
        {
          errorCode: '1021141',
          message: 'Invalid combination of Service Id and Parcel type.',
          additionalInfo: 'Invalid Combination of service, option and rate type. (NAE)',
        },
      ],
    },
    expect: {
      kind: 'bad-request',
      message: 'Invalid combination of Service Id and Parcel type',
      code: '1021141',
    },
  },
  {
    id: 'pitney-bowes/legacy-invalid-render-type-400',
    source: 'Pitney Bowes Shipping API',
    url: 'http://shipping.pitneybowes.com/reference/error-body-formats.html',
    note: '"Error Format 2" of the legacy formats: its example. Status: none printed; 400, as the "HTTP Status Codes" page gives for a missing or invalid value (a judgment call). Kind: `status: "ERROR"` only says it failed; the lone item\'s numeric code names no kind and no member names a field: bad-request (rule 1). Message: "Invalid value for renderType." names only which input is invalid, by the API\'s key in camel case (rule 2.1, as "Invalid jobId" and "Invalid value for parameter: amount"): the default. Code: the lone item\'s "40000072" (rule 6).',
    response: {
      status: 400,
      body: { status: 'ERROR', errors: [{ errorCode: '40000072', errorDescription: 'Invalid value for renderType.' }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '40000072' },
  },

  // ───────────────────────────── Bringg ─────────────────────────────
  {
    id: 'bringg/customer-and-team-not-found-400',
    source: 'Bringg',
    url: 'https://developers.bringg.com/docs/errors',
    note: "The page's \"Error response examples\" body; `status` in the body is 400 and the page's table gives `status` as the request's status code. No header shown. Kind: 400 with no code and no field: bad-request (rule 1: text never decides, though it says what was not found). Message: `title` \"Customer was not found by external id 11223344, Team was not found by external id 2977\" is the occurrence's sentence: kept. Code: not stated: the problem `type` is MDN's page for status 400, which only restates the status (rule 6 leaves doubt). Judgment calls: a reader could read the two clauses as a list of input problems (validation), or the MDN URI as the code.",
    response: {
      status: 400,
      body: {
        type: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400',
        title: 'Customer was not found by external id 11223344, Team was not found by external id 2977',
        status: 400,
        success: false,
      },
    },
    expect: { kind: 'bad-request', message: 'Customer was not found by external id 11223344' },
  },

  // ───────────────────────────── Nova Poshta API ─────────────────────────────
  {
    id: 'nova-poshta/api-key-incorrect-200',
    source: 'Nova Poshta API',
    url: 'https://github.com/semolex/novaposhta-python-client/issues/12',
    note: "The client's maintainer: \"This is the format I receive:\" followed by the decoded body as a Python dict (`False` written here as `false`), for a call made with a placeholder token (`NovaPoshtaApi('MY_TOKEN', …)` in the same comment). Status: not printed; 200 is a judgment call: Nova Poshta's JSON API reports failures in the body (`success: false` beside its `errors`, `warnings` and `…Codes` lists), and the client reads them from the parsed body. No header shown. Kind: a 2xx whose body says it failed (`success: false`) with no code (`errorCodes` is empty): unknown (rule 1). Message: the lone line in `errors`, \"API key incorrect\", names the credential and says it is wrong: kept (rule 2.1: a credential's name stays; rule 2.2: a lone sentence in the error list).",
    response: {
      status: 200,
      body: {
        success: false,
        data: [],
        errors: ['API key incorrect'],
        warnings: [],
        info: [],
        messageCodes: [],
        errorCodes: [],
        warningCodes: [],
        infoCodes: [],
      },
    },
    expect: { kind: 'unknown', message: 'API key incorrect' },
  },

  // ───────────────────────────── PostNord API ─────────────────────────────
  {
    id: 'postnord/invalid-api-key-403',
    source: 'PostNord API',
    url: "find_string hit 55170258393 (a Karrio-style PostNord connector's shipment tests: `AuthErrorResponse`)",
    note: 'The fixture\'s comment: "PostNord API-gateway / auth error envelope (403 not authorized for the product)"; the test parses it into code "Forbidden" and `details.status_code` 403. Status 403, as the comment and the body\'s `status_code` say. No header shown. Kind: 403, and `error_type` "Forbidden" only restates it: forbidden (rule 1: text never decides, so "Invalid API Key" does not make it a credential failure). Message: "Invalid API Key" names the credential: kept (rule 2.1). Support id: `xrequestid`, a body member named like a request id (rule 5: body members are found by the same shapes as headers). Code: not stated (`error_type` restates the status). Judgment call: a reader could read `xrequestid` as no listed name and leave the support id empty.',
    response: {
      status: 403,
      body: {
        error: {
          status_code: 403,
          error_type: 'Forbidden',
          message: 'Invalid API Key',
          xrequestid: '278b9442a7efatapi28363581782383141',
        },
      },
    },
    expect: { kind: 'forbidden', message: 'Invalid API Key', logId: '278b9442a7efatapi28363581782383141' },
  },
] satisfies ConformanceCase[];
