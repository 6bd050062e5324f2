import { DEFAULT, type ConformanceCase } from '../types';

// Forty-seventh unseen-API holdout, part C (6 January 2027): European parcel carriers and national postal services
// (shipping labels, tracking, pickup points), including their SOAP/XML services, that no other case file uses: La
// Poste's Suivi v2 tracking API (Okapi), DPD Netherlands' Shipper Webservices REST API, PostNL's Shipping API
// (labelling, locations and shipping status) and Sorted PRO (a UK multi-carrier shipping platform), collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from the public
// material named in `url` and `note`: recorded HTTP responses a PHP client keeps as test fixtures
// (firstred/postnl-api-php's `.http` files: a status line, the headers and the body as the server sent them, dated 2021
// and 2022), a pull request that quotes PostNL's reference page beside its status, a Python client's test fixture that
// keeps a La Poste answer (karrio's, whose long random `idShip` and La Poste's own French sentence mark it as the
// service's; judgment call, said in its note), and the vendors' own reference pages that print an error body with its
// status (DPD NL's REST login service, Sorted PRO's "400 - Invalid Request" page and its "Shipment Error Codes" page).
// Where a status is not printed beside the body, the note says where it came from (the body's own `returnCode`, the
// vendor's list of error codes by status). Headers were copied only where a recording shows them (the PostNL `.http`
// files), leaving out Content-Length and Connection; no header was added anywhere. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Packeta / Zásilkovna (a Slovak client's vitest keeps "literally what
// www.zasilkovna.cz/api/rest returned" for `IncorrectApiPasswordFault`, but the index gave the file without its
// repository and no status is stated anywhere; every other Packeta fault found was a test author's string), Colissimo
// (karrio's fixture keeps a real-looking MTOM multipart answer, `{"messages":[{"id":"30000","type":"ERROR",
// "messageContent":"Identifiant ou mot de passe incorrect"}]}`, but no status is stated for it in any source found),
// PostNord (its `compositeFault` bodies turned up only in a client's Python fixtures whose repository the index did not
// name, without a status), DPD France (karrio's `<Error><ErrorId>IpPermissionDenied</ErrorId>…` is a connector's
// fixture with no status and no vendor page printing it), DPD Germany and DPD Belgium (their pages print the SOAP login
// fault's codes in tables, never a fault body; DPD NL's other REST pages were not in the stored excerpts), La Poste's
// merged `error.json` sample (a type-inference file that joins a 400 and a quota error into one object: not a body),
// PostNL's `invalid.http` fixtures (a test author's non-JSON text) and its `nearestlocationsbypostcode-error400.http`
// (a recorded status line and headers around the documentation's example body with its member renamed; the
// documentation's own body is taken instead), Nova Poshta (clients' issues print only the `errors` array, never the
// whole body; its developer pages in the stored excerpts stop before any error), Royal Mail Click & Drop and Shipping
// API v2 (issues describe 401s and "Client id not registered" without a body), Econt, Sameday, Budbee, Swiss Post,
// Packlink, Mondial Relay and Omniva (searched: type definitions, code tables, an issue title and pages that stop
// before any body; no error body with a status), bpost and Austrian Post (clients' and a connector's test files listed,
// none a recording) and Speedy, Posti, Instabox, Chronopost, Evri, Correos, CTT, Poste Italiane, BRT, Parcelforce, FAN
// Courier, Shippypro and Boxtal (never reached a search of their own within the cap). Sources already in the corpus
// were skipped (DHL, UPS, FedEx, Sendcloud, GLS, InPost, Hermes Germany, Canada Post, USPS, Australia Post, EasyPost,
// Shippo, the Cendris postcode check PostNL used). No SOAP fault, no XML body, no 401/403/404/429 and no rate-limit
// header turned up with a status; French and a 2xx that carries its error did. The part holds 8 cases from 4 sources,
// far under the brief's aim of 25 from 8, because 58 of the 60 look-ups were spent: this domain's vendors print tables
// of codes, keep their portals behind logins, or appear in the index only through connectors' fixtures that state no
// status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-06-c`, on 19c18cb, src/ unchanged: in the frozen copy /tmp/base47): 3/8 pass, 4 sources (kind
// 7/8, message 3/8, fields 7/8, retry 8/8, logId 4/4, code 4/4). Failing at first sight:
// laposte-suivi/invalid-tracking-number-400 (the default "Check your answers and try again.": La Poste's
// `returnMessage` not read as a message member by the shape of its name, rule 5, as `retMsg` and `resultMessage` are; a
// judgment call the note names); postnl/locations-request-format-invalid-400 (kept "Request format is invalid", which
// rewords the generic "Invalid request format", rule 2.1); postnl/shipping-status-no-shipment-found-200 (validation,
// with the `Warnings` list read as a field named `Warnings` holding "No shipment found", and the default message: a
// list of error-like items under a member's name is no field, rule 3, and a 2xx whose only text is a warning with a
// code naming no status is unknown with the warning's text, rules 1 and 2.3; a judgment call the note names);
// sorted-pro/invalid-request-invalid-email-400 and sorted-pro/validation-error-invalid-format-400 (kept the generic
// headlines "A provided property is invalid" and "A provided property has an invalid format" over the default, though
// only the field carries text, rules 2.1 and 2.4). Every other case passed as written, including the judgment calls on
// DPD's credential code on a 500 (server), its "Authentication failure, check delisId and password." (kept), PostNL's
// lone nested shipment error on a 200 (unknown, its sentence) and Sorted's lone item's codes over the envelope's. No
// expectation was changed after the run (Prettier's quoting of one note was applied before it).

// Scored in `cases/` the stop it was collected (6 December), at 8/8 (La Poste's `returnMessage` is a message by its
// shape, PostNL's lone `Warnings` item is the error and no field, and "Request format is invalid", "A provided
// property is invalid" and "… has an invalid format" are generic, since).

export default [
  // ───────────────────────────── La Poste: Suivi v2 (Okapi) ─────────────────────────────
  {
    id: 'laposte-suivi/invalid-tracking-number-400',
    source: 'La Poste Suivi API',
    url: 'karrioapi/karrio/modules/connectors/laposte/tests/laposte/test_tracking.py@2baad5efa859b6ea78040c084418253abbf441c5',
    note: "karrio's La Poste connector keeps this as its `ErrorResponse` for `GET /suivi/v2/idships/{idShip}`; the 64-character random `idShip` and La Poste's own French sentence (the same one its SPECS.md describes as the \"HTTP-level rejection\" for an invalid tracking-number format) mark it as the service's answer, not the author's (judgment call: a connector's fixture, not a cassette). Status: the body's own `returnCode` (400), which the connector reads as the HTTP status. No header shown, none added. Kind: a 400 without field errors and without a code (`returnCode` only restates the status; `idShip` is the value sent, no field error): bad-request (rule 1; text never decides). Message: `returnMessage`, a message member by the shape of its name (rule 5: `retMsg`, `resMsg`, `resultMessage`), two French sentences for the person, saying the number entered is not valid and asking to check it, in particular its length; kept (judgment call: a reader could take the first sentence for a line that names only what is invalid, but the second says what to do). No code, no logId.",
    response: {
      status: 400,
      body: {
        returnCode: 400,
        returnMessage:
          'Le numéro que vous avez saisi n’est pas valide. Nous vous invitons à vérifier votre saisie, en particulier le nombre de caractères.',
        lang: 'fr_FR',
        scope: 'open',
        idShip: 'WBZQ03ENZJ6BBBTEELZWITJTAGYKA19WR6OOJ6MIVZARY3OVPSX4A495YOMXBLKC',
      },
    },
    expect: { kind: 'bad-request', message: 'Le numéro que vous avez saisi n’est pas valide' },
  },

  // ───────────────────────────── DPD Netherlands: Shipper Webservices REST API ─────────────────────────────
  {
    id: 'dpd-nl-shipper/login-message-language-too-short-400',
    source: 'DPD Shipper Webservices REST API (DPD Netherlands)',
    url: 'https://integrations.dpd.nl/dpd-shipper/dpd-shipper-webservices-rest-api/login-service-rest-api',
    note: 'DPD NL\'s "Login Service" REST page prints this under "Code 400 – Bad Request" for `POST …/rest/services/LoginService/V2_1/getAuth`. No header shown, none added. It is ASP.NET Core\'s ValidationProblemDetails. Kind: a 400 whose `errors` map names a field: validation (rule 1). Fields: `messageLanguage` (the map\'s key, rule 3), its message the lone string. Message: `title` "One or more validation errors occurred." is a generic summary (rule 2.1) and only the field carries text: the default (rule 2.4). logId: `traceId` (rule 5), the whole value as sent, as the corpus reads ASP.NET\'s. No code: the problem `type` only links RFC 7231\'s section for 400 (rule 6 leaves it in doubt).',
    response: {
      status: 400,
      body: {
        errors: {
          messageLanguage: ["The field MessageLanguage must be a string or array type with a minimum length of '5'."],
        },
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        traceId: '00-0b341c5fcba7191aaaa9c6658eb168ce-e4caa9335af1ebe7-00',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['messageLanguage', "minimum length of '5'"]],
      logId: '00-0b341c5fcba7191aaaa9c6658eb168ce-e4caa9335af1ebe7-00',
    },
  },
  {
    id: 'dpd-nl-shipper/login-authentication-failure-500',
    source: 'DPD Shipper Webservices REST API (DPD Netherlands)',
    url: 'https://integrations.dpd.nl/dpd-shipper/dpd-shipper-webservices-rest-api/login-service-rest-api',
    note: 'The same page prints this under "Code 500 – Error" (the page\'s only error example besides the 400; a wrong delisId or password, by its text). No header shown, none added. The body\'s one member that is not null, `status`, holds the error object (rule 2.3, 37th holdout: the one member of a body that is not null); `type: "FaultCodeType"` names the fault\'s type, a category beside the code. Kind: 500, server: `DELICOM_ERR_AUTHENTICATION` is a credential code, but a code never turns a 5xx into a 4xx kind other than rate-limited (rule 1). Judgment call: a reader could let the credential code decide. Message: "Authentication failure" alone is a category line (rule 2.1, 32nd holdout), but the line goes on to say what to check, "check delisId and password": kept as the sentence (judgment call: the other reading gives the default for a category line with a developer\'s field names after it). Code: `DELICOM_ERR_AUTHENTICATION` (rule 6), the code DPD documents by that name. No logId.',
    response: {
      status: 500,
      body: {
        getAuthResponse: null,
        status: {
          type: 'FaultCodeType',
          code: 'DELICOM_ERR_AUTHENTICATION',
          message: 'Authentication failure, check delisId and password.',
        },
      },
    },
    expect: { kind: 'server', message: 'check delisId and password', code: 'DELICOM_ERR_AUTHENTICATION' },
  },

  // ───────────────────────────── PostNL: Shipping API ─────────────────────────────
  {
    id: 'postnl/locations-request-format-invalid-400',
    source: 'PostNL Shipping API',
    url: 'https://github.com/firstred/postnl-api-php/pull/86',
    note: 'The pull request quotes PostNL\'s reference page for `GET /shipment/v2_1/locations/nearest` (docs.api.postnl.nl) under "// Response 400", to make the client read an error with a single `Error` object. The values are the documentation\'s (a placeholder date and request id). No header shown, none added. Kind: a 400 without field errors; the numeric `ErrorCode` names no kind: bad-request (rule 1). Message: `ErrorDescription` "Request format is invalid" rewords "Invalid request format", a generic line (rule 2.1, 29th holdout): the default. logId: the top-level `RequestId` (rule 5: `requestId` in PascalCase), the body\'s own id. Code: `ErrorCode` "3000" (rule 6: the error\'s code member; a numeric code is a string in the model).',
    response: {
      status: 400,
      body: {
        Date: '2019-08-24T14:15:22Z',
        Error: { ErrorCode: '3000', ErrorDescription: 'Request format is invalid' },
        RequestId: '09fd61fe-0099-4349-b71d-dce5c2472be9',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '09fd61fe-0099-4349-b71d-dce5c2472be9', code: '3000' },
  },
  {
    id: 'postnl/labelling-no-label-direct-infeed-200',
    source: 'PostNL Shipping API',
    url: 'firstred/postnl-api-php/tests/Resources/responses/rest/labelling/error.http@838c79ff05c1f91c61a52f76a48346dc10a4691f',
    note: 'A recorded answer of the Labelling API (22 March 2022), kept as a raw HTTP response: status line `HTTP/1.1 200 OK`, the headers and the body (added with the client\'s PR #54, "failing test for errors in labelling service response shipment"). Headers copied as recorded but for Content-Length and Connection (the odd `Accept` is as recorded). Kind: a 200 whose error items carry only PostNL\'s numeric code "111", which names no HTTP status, and no field: unknown (rule 1: lines about no field on a 2xx say what failed, OCR.space\'s). Message: the lone item of the shipment\'s `Errors`, "No label available, Direct Infeed", the sentence of the one error (rule 2.2); the `Warnings` beside it are not the error (37th holdout). Judgment call: a reader could find nothing in a shipment record nested in `ResponseShipments` and give the default. No code stated (the item\'s "111" sits in a record of the result list, beside a warning\'s "500": rule 6 leaves doubt). No logId (no id in the body or headers).',
    response: {
      status: 200,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json;charset=UTF-8',
        Date: 'Tue, 22 Mar 2022 11:18:38 GMT',
      },
      body: {
        MergedLabels: [],
        ResponseShipments: [
          {
            Barcode: '3SPSQR2413284',
            Errors: [{ Code: '111', Description: 'No label available, Direct Infeed' }],
            Warnings: [{ Code: '500', Description: 'No partner found' }],
            Labels: [],
            ProductCodeDelivery: '4905',
          },
        ],
      },
    },
    expect: { kind: 'unknown', message: 'No label available, Direct Infeed' },
  },
  {
    id: 'postnl/shipping-status-no-shipment-found-200',
    source: 'PostNL Shipping API',
    url: 'firstred/postnl-api-php/tests/Resources/responses/rest/shippingstatus/nocurrentshipments.http@8fe5fbb1bb3ab22fecde104fbf8e21b369b3b6fb',
    note: 'A recorded answer of the ShippingStatus API (31 March 2021) for a barcode PostNL does not know, kept as a raw HTTP response with its status line `HTTP/1.1 200 OK`. Headers copied as recorded but for Connection. Kind: a 200; the only text is a warning whose code "2" names no HTTP status: unknown (rule 1). Message: `CurrentStatus` is empty (an empty member says nothing), so the body says only its warning, which then holds the error\'s text (rule 2.3, 37th holdout: a body that is only a `warning`): "No shipment found" (judgment call: the rule names a `warning`, this is a `Warnings` list of one; the other reading takes no warning for the error and gives the default). Text never decides the kind, so "not found" in words does not make it not-found. No code stated (a warning\'s number), no logId.',
    response: {
      status: 200,
      headers: {
        'Access-Control-Allow-Headers': 'origin, x-requested-with, accept, apikey, Content-Type',
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Max-Age': '3628800',
        'Cache-Control': 'private, max-age=0',
        'Content-Type': 'application/json;charset=UTF-8',
        Date: 'Wed, 31 Mar 2021 12:24:44 GMT',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Robots-Tag': 'noindex',
        'X-XSS-Protection': '1; mode=block',
      },
      body: { CurrentStatus: {}, Warnings: [{ Message: 'No shipment found', Code: '2' }] },
    },
    expect: { kind: 'unknown', message: 'No shipment found' },
  },

  // ───────────────────────────── Sorted PRO ─────────────────────────────
  {
    id: 'sorted-pro/invalid-request-invalid-email-400',
    source: 'Sorted PRO API',
    url: 'https://docs.sorted.com/pro/errors/invalid_request.html',
    note: 'Sorted PRO\'s "400 - Invalid Request" page prints this body ("The response body will contain details of the specific error"). No header shown, none added. Kind: a 400 whose lone item names its field and carries `invalid_email`, a code that begins with "invalid" and names an input: validation (rule 1); the envelope\'s `invalid_request` (OAuth\'s bad-request code) is the "parent" error Sorted describes, and the lone item\'s code outranks its envelope\'s (rule 6, 13th holdout). Judgment call: a reader letting `invalid_request` decide would say bad-request. Fields: `property` is a path-like member (rule 3), `addresses[0]…` canonical `addresses.0.contact.contact_details.email`. Message: "A provided property is invalid" is a generic headline (rule 2.1, as Bitly\'s "The value provided is invalid.") and only the field carries text: the default (rule 2.4). logId: `correlation_id` (rule 5). Code: `invalid_email`.',
    response: {
      status: 400,
      body: {
        correlation_id: '7d5d7038-2f6a-4c70-86b2-71cac1e752c3',
        code: 'invalid_request',
        message: 'A provided property is invalid',
        details: [
          {
            property: 'addresses[0].contact.contact_details.email',
            code: 'invalid_email',
            message: 'The provided email address is not valid',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['addresses.0.contact.contact_details.email', 'email address is not valid']],
      logId: '7d5d7038-2f6a-4c70-86b2-71cac1e752c3',
      code: 'invalid_email',
    },
  },
  {
    id: 'sorted-pro/validation-error-invalid-format-400',
    source: 'Sorted PRO API',
    url: 'https://docs.sorted.com/pro/api/shipments/shipment_errors.html',
    note: 'Sorted PRO\'s "Shipment Error Codes" page prints this as its "Example API Error Object". Status: the page\'s list of error codes by status files `validation_error` under "400 - Validation Error" ("a top-level code corresponding to standard HTTP error codes"). No header shown, none added. Kind: a 400 with a field error and the validation code `validation_error`: validation (rule 1). Fields: `property` names `addresses.0.contact.contact_details.email` (rule 3), its message quoting the value. Message: "A provided property has an invalid format" is generic (rule 2.1, "Invalid format") and only the field carries text: the default (rule 2.4). logId: `correlation_id` (rule 5). Code: the lone item\'s `invalid_format`, with `validation_error`, a code that only says "validation", its category (rule 6). `_links: null` says nothing.',
    response: {
      status: 400,
      body: {
        correlation_id: '6c4e6a77-feab-42ab-9d7b-f559dc1b90ca',
        code: 'validation_error',
        message: 'A provided property has an invalid format',
        details: [
          {
            property: 'addresses[0].contact.contact_details.email',
            code: 'invalid_format',
            message: "'test@something' is not a valid email address",
          },
        ],
        _links: null,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['addresses.0.contact.contact_details.email', 'is not a valid email address']],
      logId: '6c4e6a77-feab-42ab-9d7b-f559dc1b90ca',
      code: 'invalid_format',
    },
  },
] satisfies ConformanceCase[];
