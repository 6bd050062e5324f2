import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-sixth unseen-API holdout, part CM (4 February 2027): electronic identity, e-signature and trust-service APIs,
// European and worldwide, that no other case file uses as a source: PandaDoc (a US document and e-signature API),
// Oneflow (a Swedish contract and e-signature API), Clicksign (a Brazilian e-signature API) and LibreSign (an
// open-source e-signature app for Nextcloud, by LibreCode). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`: the
// vendors' own documentation where it prints a body for a stated status (PandaDoc's "Erroneous Request" page and its
// changelog, Oneflow's "Creating a contract" page, Clicksign's "Mensagens de erro" page, read as the stored copies in
// the docs and pages corpora hold them), PandaDoc's own OpenAPI repository (PandaDoc/pandadoc-openapi-specification),
// whose Postman examples give each response its status line, Content-Type and body, and LibreSign's integration tests
// (Behat features run against a live Nextcloud), which assert the status and the members of each JSON answer. Where a
// status is not printed beside the body it is taken from the body itself or the page's own words, and `note` says so.
// Headers were copied only where the source shows them (PandaDoc's Postman examples give `Content-Type`); none was
// added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: BankID (Swedish BankID is already a source, so BankID Norway was not taken), Swisscom Trust
// Services, Smart-ID, IDkollen, Signable, Entrust Signhost, Dropbox Sign (HelloSign), Zoho Sign, Adobe Acrobat Sign,
// SignNow, DocuSign, BoldSign, Documenso, DocuSeal, SignatureAPI, PDF-Sign, Posten signering, Yoti, Onfido, Box (Box
// Sign) and Setu (its eSign API) are already sources; Signicat (its generic error page prints `invalid_token` without a
// status, and its validation example, `status: 400` with `invalidParams`, is not well-formed JSON in the stored copy,
// commas missing, and stops mid-list), Freja eID (only a client's table of codes and messages; the Verisec Java client
// holds no fixtures in the index), Mobile-ID of SK ID Solutions (mid-rest-java-client's fixtures are session states
// on a 200, no error bodies), Scrive (its error types appear only as an Elm enum; no body with a status), ZapSign (a
// status table, no body), Yousign, eversign/Xodo Sign, SignRequest, SignWell (a schema, no example), iLovePDF
// Signature, eID Easy, Dokobit, Criipto/Idura, FranceConnect, OpenSign, OneSpan Sign, SigningHub, SSL.com eSigner,
// Signaturit, Leegality, Digio and SignDesk (searches by name found no error body with its status in the stored
// corpora); Clicksign's v1.0 example `{ errors: ["Campo obrigatório send_email …"] }` (the page gives no status for
// it); LibreSign's OCS answers (its tests assert only `ocs.data.*`, so the OCS envelope would have had to be invented)
// and its pull request #77 fragment (no status). No XML body, no text body and no 5xx turned up.
//
// The part holds 15 cases from 4 sources, well under the brief's aim of 25 from 8: the cap of 60 look-ups (59 spent)
// went mostly to vendors whose pages print tables of codes or schemas rather than bodies, and the semantic searches of
// the docs corpus returned the same few pages (SignatureAPI, Signable, BoldSign: already sources) for most queries.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-04-cm`, on 6057138, src/ unchanged: in the frozen copy /tmp/base74): 12/15 pass, 4 sources
// (kind 14/15, message 13/15, fields 15/15, retry 15/15, logId 1/1, code 1/1). Failing at first sight:
// pandadoc/request-error-non-field-errors-400 (kept "Either template_id or form_id should be added to query.", a line
// that names only which inputs are missing by the API's names, the default by rule 2.1's row of 6 December 2026; a
// judgment call the note names); pandadoc/state-error-waiting-approval-400 (bad-request: `state_error` not read as a
// resource in the wrong state, which the case reads as a conflict after the thirty-fifth holdout's `invalid-job-state`;
// a judgment call the note names); pandadoc/permission-error-info-message-403 (kept `detail`, the type-level permission
// line, where the case reads `info_message`, the occurrence's explanation, as the message by rules 2.2 and 5's shapes).
// Every other case passed as written, including the judgment calls on LibreSign's 422s (validation by the status, the
// lone `errors` line kept, two lines the default, `title` kept), Oneflow's `parameter_problems` path, request id and
// numeric code, and Clicksign's JSON:API pointer. No expectation was changed after the run (Prettier's line breaks were
// applied before it).

export default [
  // ───────────────────────────── PandaDoc ─────────────────────────────
  {
    id: 'pandadoc/request-error-non-field-errors-400',
    source: 'PandaDoc API',
    url: 'https://developers.pandadoc.com/reference/erroneous-request',
    note: 'PandaDoc\'s "Erroneous Request" page: "If an error occurs during an API request, PandaDoc will return a 400 HTTP status with an error in this response format", then "Example Error Response". Status: 400, from that sentence. No header shown. Kind: a 400 whose only lines sit under Django REST framework\'s form-level key `non_field_errors` (rule 3: no path), so no field errors; `type: "request_error"` says only that the request was bad (rule 1: bad-request). Message: the one line, "Either template_id or form_id should be added to query.", names only which inputs are missing, by the API\'s names written as code (rule 2.1, the rule row of 6 December 2026: `order_id is missing`): the default. Judgment call: a reader could keep the line as a whole sentence telling what to add. No code stated: `type` is the only code-like member and rule 6 does not settle whether it is the code or a category.',
    response: {
      status: 400,
      body: {
        type: 'request_error',
        details: { non_field_errors: ['Either template_id or form_id should be added to query.'] },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'pandadoc/state-error-waiting-approval-400',
    source: 'PandaDoc API',
    url: 'https://developers.pandadoc.com/changelog?page=7',
    note: 'PandaDoc\'s changelog (the approval-workflow entry): "If a document is in \\"waiting_approval\\" or \\"rejected\\" status, you can\'t use Share Document call. Share Document endpoint will return HTTP 400 with one of the following error messages", then this body for "Waiting for Approval" (the "Rejected" twin differs only in the status name and was not taken). Status: 400, from that sentence. No header shown. Kind: `type: "state_error"` says the document is in the wrong state for the call, which rule 1 reads as a conflict (the thirty-fifth holdout\'s row: "a resource in the wrong state (`invalid-job-state`) is a conflict"), and a code outranks a 400. Judgment call: the other reading gives the 400 its bad-request, `state_error` being a category no row lists. Message: `detail`, a sentence that says what cannot be done and why (rule 2), kept though it quotes a status value (`document.waiting_approval`). No code stated (as above).',
    response: {
      status: 400,
      body: {
        type: 'state_error',
        detail: 'Cannot create session ID for a document in document.waiting_approval status',
      },
    },
    expect: { kind: 'conflict', message: 'Cannot create session ID for a document' },
  },
  {
    id: 'pandadoc/permissions-error-deleted-document-403',
    source: 'PandaDoc API',
    url: 'https://developers.pandadoc.com/changelog?page=7',
    note: 'PandaDoc\'s changelog (the Delete Document entry): "API returns following HTTP statuses: … \\"403 Forbidden\\" if a document is deleted. JSON response example if a document is already deleted:", then this body (the same entry is on page 9). Status: 403, from that list. No header shown. Kind: 403, forbidden (rule 1; `permissions_error` says the same). Message: `detail`, Django REST framework\'s permission sentence, kept as the corpus keeps it (it says what was refused, rule 2.1; not one of the listed generic lines). No code stated.',
    response: {
      status: 403,
      body: { type: 'permissions_error', detail: 'You do not have permission to perform this action.' },
    },
    expect: { kind: 'forbidden', message: 'You do not have permission to perform this action' },
  },
  {
    id: 'pandadoc/permission-error-info-message-403',
    source: 'PandaDoc API',
    url: 'PandaDoc/pandadoc-openapi-specification/postman/collections/PandaDoc API from OpenAPI Specification/Content Library Items/.resources/Content Library Item Details.resources/examples/Permission error.example.yaml@dc8521fd925dddaf1d488cf637bf1ceccf9c7c6c',
    note: 'PandaDoc\'s own Postman example "Permission error" for Content Library Item Details: `statusCode: 403`, `statusText: Forbidden`, header `Content-Type: application/json`, and the JSON body, copied whole (the two identical `links` items are the example\'s). Kind: 403, forbidden (rule 1). Message: `info_message`, which the example\'s schema describes as the "Human-readable explanation of the permission error", a message member by its name (rule 5\'s shapes, rule 2) that says what was refused this time, over `detail`, the type-level permission line (rule 2.2: occurrence-specific text beats type-level text). Judgment call: a reader who does not take `info_message` as a message member would give `detail`. No code stated.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: {
        type: 'permission_error',
        detail: 'You do not have permission to perform this action.',
        info_message: 'You are not allowed to send documents outside of your organization',
        links: [
          { rel: 'status', href: 'https://api.pandadoc.com/public/v1/documents/RsXrKarV524iCpjci9CMGa', type: 'POST' },
          { rel: 'status', href: 'https://api.pandadoc.com/public/v1/documents/RsXrKarV524iCpjci9CMGa', type: 'POST' },
        ],
      },
    },
    expect: { kind: 'forbidden', message: 'You are not allowed to send documents outside of your organization' },
  },
  {
    id: 'pandadoc/authentication-error-401',
    source: 'PandaDoc API',
    url: 'PandaDoc/pandadoc-openapi-specification/postman/collections/PandaDoc API from OpenAPI Specification/Contacts/.resources/Create contact.resources/examples/Authentication error.example.yaml@90dd75d7a6e6f983361c1239e8d37d78a76437fa',
    note: 'PandaDoc\'s own Postman example "Authentication error" for Create contact: `statusCode: 401`, `statusText: Unauthorized`, header `Content-Type: application/json`, body copied whole. Kind: 401, unauthenticated (rule 1). Message: Django REST framework\'s "Authentication credentials were not provided.", kept as the corpus keeps it in most cases (the sixty-sixth holdout\'s sample records the split: a second reader read it as the 401\'s phrase in other words). Judgment call: that other reading gives the default. No code stated.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { type: 'authentication_error', detail: 'Authentication credentials were not provided.' },
    },
    expect: { kind: 'unauthenticated', message: 'Authentication credentials were not provided' },
  },
  {
    id: 'pandadoc/throttled-429',
    source: 'PandaDoc API',
    url: 'PandaDoc/pandadoc-openapi-specification/postman/collections/PandaDoc API from OpenAPI Specification/Contacts/.resources/Create contact.resources/examples/Too Many Requests.example.yaml@dc8521fd925dddaf1d488cf637bf1ceccf9c7c6c',
    note: 'PandaDoc\'s own Postman example "Too Many Requests" for Create contact: `statusCode: 429`, header `Content-Type: application/json`, body copied whole. Kind: 429, rate-limited (rule 1; `throttled` says the same). Message: Django REST framework\'s "Request was throttled.", a sentence that says what happened, kept as the corpus keeps it (not a bare reason phrase, rule 2.1). Retry: none (no header, no hint, no wait in the text; rule 4). No code stated.',
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/json' },
      body: { type: 'throttled', detail: 'Request was throttled.' },
    },
    expect: { kind: 'rate-limited', message: 'Request was throttled' },
  },
  {
    id: 'pandadoc/not-found-404',
    source: 'PandaDoc API',
    url: 'PandaDoc/pandadoc-openapi-specification/postman/collections/PandaDoc API from OpenAPI Specification/Content Library Items/.resources/Content Library Item Details.resources/examples/Not found.example.yaml@90dd75d7a6e6f983361c1239e8d37d78a76437fa',
    note: 'PandaDoc\'s own Postman example "Not found" for Content Library Item Details: `statusCode: 404`, header `Content-Type: application/json`, body copied whole. Kind: 404, not-found (rule 1: a code never turns a 404 into anything else, so `request_error` does not). Message: "Not found" is the bare reason phrase of the status (rule 2.1): the default. No code stated.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: { type: 'request_error', detail: 'Not found' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'pandadoc/validation-error-detail-map-400',
    source: 'PandaDoc API',
    url: 'PandaDoc/pandadoc-openapi-specification/postman/collections/PandaDoc API from OpenAPI Specification/Contacts/.resources/Create contact.resources/examples/Bad Request.example.yaml@90dd75d7a6e6f983361c1239e8d37d78a76437fa',
    note: "PandaDoc's own Postman example \"Bad Request\" for Create contact: `statusCode: 400`, header `Content-Type: application/json`, body copied whole (its fields, `count` and `order_by`, are list parameters, not the contact's: the example is shared across operations). Kind: a 400 with field errors and the validation code `validation_error` (rule 1): validation. Fields: `detail` holds a map of field to lists of messages (rule 3, Django REST framework's shape), `count` and `order_by`. Message: only field messages: the default (rule 2.4). No code stated.",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        type: 'validation_error',
        detail: { count: ['A valid integer is required.'], order_by: ['value is not a valid choice.'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['count', 'A valid integer is required'],
        ['order_by', 'value is not a valid choice'],
      ],
    },
  },

  // ───────────────────────────── Oneflow ─────────────────────────────
  {
    id: 'oneflow/duplicate-participant-parameter-problems-400',
    source: 'Oneflow API',
    url: 'https://developer.oneflow.com/docs/creating-a-contract',
    note: 'Oneflow\'s developer page "Creating a contract", section "General error format", example body; the page\'s attribute table says `status` is "The HTTP status code of the error" and `request_id` "The unique ID for the error you can provide to our support". Status: 400, from the body\'s own `status`. Copied as stored, but for the printed trailing comma after the last member (dropped; JSON has none) and the email address, which the stored copy holds as "[email protected]" (the page host\'s address obfuscation; kept as stored). No header shown. Kind: a 400 with a field error (rule 1: validation); the duplicate is said only in text, which never decides (rule 1). Fields: `parameter_problems` is a map of path to messages (rule 3, under any name), `parties[1].participants[2].email` read as `parties.1.participants.2.email`. Message: `detail`, a sentence for the person (rule 2). logId: `request_id` (rule 5). Code: `error_code` 4000003, an explicit code member over the problem `type` URI (rule 6), as a string.',
    response: {
      status: 400,
      body: {
        detail:
          'You tried to add two identical participants to a contract. Check the documentation on how to avoid adding two participants to the same contract.',
        parameter_problems: {
          'parties[1].participants[2].email': [
            'You tried to add a duplicate participant with the email address [email protected].',
          ],
        },
        request_id: 'eLT8KV5aJj9qJK6q9vPojhqwnr4X8aM6FvCGC9iY42TH1szQt5GaIA==',
        status: 400,
        title: 'Bad Request',
        error_code: 4000003,
        type: 'https://api.oneflow.com/v1/error_codes/4000003',
      },
    },
    expect: {
      kind: 'validation',
      message: 'You tried to add two identical participants to a contract',
      fields: [['parties.1.participants.2.email', 'You tried to add a duplicate participant']],
      logId: 'eLT8KV5aJj9qJK6q9vPojhqwnr4X8aM6FvCGC9iY42TH1szQt5GaIA==',
      code: '4000003',
    },
  },

  // ───────────────────────────── Clicksign ─────────────────────────────
  {
    id: 'clicksign/filename-required-pointer-400',
    source: 'Clicksign API',
    url: 'https://developers.clicksign.com/v3.0/docs/mensagens-de-erro',
    note: 'Clicksign\'s "Mensagens de erro" page (API v3.0; the same example on the v2.1 and current pages): "Seguindo a especificação JSONAPI, todas as mensagens de erro incluirão detalhes no corpo da resposta", then "Exemplos de retorno de requisição inválida", the first example copied whole (the stored copy cuts the second). Status: 400, from the item\'s own `status` and the page\'s table (400 BAD REQUEST). No header shown. Kind: a 400 with a field error (rule 1): validation. Fields: the JSON:API `source.pointer` `/data/attributes/filename` is `filename` (rule 3), its `detail` "filename deve ser informado(a)" ("filename must be given") the field\'s message. Message: only a field message: the default (rule 2.4). No code stated: `bad_request` only restates the status (rule 6: a category).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'bad_request',
            status: 400,
            source: { pointer: '/data/attributes/filename' },
            detail: 'filename deve ser informado(a)',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['filename', 'deve ser informado']] },
  },

  // ───────────────────────────── LibreSign ─────────────────────────────
  {
    id: 'libresign/sign-page-invalid-user-422',
    source: 'LibreSign',
    url: 'LibreSign/libresign/tests/integration/features/sign/request.feature@04c75900344f035c0a5f070f10707822a58a10d3',
    note: 'LibreSign\'s Behat scenario "Request to sign with error using different authenticated account": a signer opens another account\'s link (`GET /apps/libresign/p/sign/<SIGN_UUID>`, not an OCS route) and "the response should have a status code 422", then "the response should be a JSON array with the following mandatory values": `action` 2000 and `errors` ["Invalid user"]. Body: the two members the test asserts (it checks only these; the answer may hold more). No header shown. Kind: 422, validation (rule 1: every 422; `action` is a number no rule reads). Judgment call: nothing in the input is wrong (the wrong person is signed in), so a reader could prefer forbidden; rule 1 gives the 422 to validation and text never decides. Message: the lone form-level line in `errors` (rule 2.2), "Invalid user", a person\'s words, not an API key (rule 2.1: "Invalid phone number" stays). No code stated.',
    response: { status: 422, body: { action: 2000, errors: ['Invalid user'] } },
    expect: { kind: 'validation', message: 'Invalid user' },
  },
  {
    id: 'libresign/sign-page-not-logged-in-422',
    source: 'LibreSign',
    url: 'LibreSign/libresign/tests/integration/features/sign/request.feature@04c75900344f035c0a5f070f10707822a58a10d3',
    note: 'LibreSign\'s Behat scenario "Request to sign with error when the user is not authenticated": the link opened with no user (`as user ""`, `GET /apps/libresign/p/sign/<SIGN_UUID>`), status 422 asserted, mandatory values `action` 1000 and `errors` ["You are not logged in. Please log in."]. Body: the asserted members. No header shown. Kind: 422, validation (rule 1). Judgment call: the sentence asks the person to sign in, which a reader could read as unauthenticated; no credential code is sent (`action: 1000` is a number) and text never decides the kind (rule 1). Message: the lone line in `errors` (rule 2.2), a sentence for the person. No code stated.',
    response: { status: 422, body: { action: 1000, errors: ['You are not logged in. Please log in.'] } },
    expect: { kind: 'validation', message: 'You are not logged in' },
  },
  {
    id: 'libresign/sign-page-two-errors-422',
    source: 'LibreSign',
    url: 'LibreSign/libresign/tests/integration/features/sign/request.feature@04c75900344f035c0a5f070f10707822a58a10d3',
    note: 'LibreSign\'s Behat scenario "Request to sign with error when the authenticated user have an email different of signer": status 422 asserted, mandatory values `action` 1000 and `errors` ["User already exists. Please login.", "This is not your file"]. Body: the asserted members. No header shown. Kind: 422, validation (rule 1; also a list of several messages). Message: two form-level lines and no lone sentence (rule 2.2 reads only a lone one; the seventh holdout\'s re-derivation of Midtrans\' two form-level lines to the default): the default. Judgment call: a reader could take the first line. No code stated.',
    response: {
      status: 422,
      body: { action: 1000, errors: ['User already exists. Please login.', 'This is not your file'] },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'libresign/sign-page-link-expired-422',
    source: 'LibreSign',
    url: 'LibreSign/libresign/tests/integration/features/sign/request.feature@04c75900344f035c0a5f070f10707822a58a10d3',
    note: 'LibreSign\'s Behat scenario "Request to sign with error when the link was expired" (`maximum_validity` set to 1 second, the link opened 2 seconds later): status 422 asserted, mandatory values `action` 2000 and `errors` ["Link expired."]. Body: the asserted members. No header shown. Kind: 422, validation (rule 1; judgment call as above: nothing in the input can be changed, but rule 1 gives every 422 to validation). Message: the lone line in `errors` (rule 2.2), "Link expired.", which says what happened, kept (rule 2.1 lists no such line as generic). No code stated.',
    response: { status: 422, body: { action: 2000, errors: ['Link expired.'] } },
    expect: { kind: 'validation', message: 'Link expired' },
  },
  {
    id: 'libresign/sign-page-link-expired-renew-title-422',
    source: 'LibreSign',
    url: 'LibreSign/libresign/tests/integration/features/sign/request.feature@04c75900344f035c0a5f070f10707822a58a10d3',
    note: 'LibreSign\'s Behat scenario "Request to sign with success when is necessary to renew the link" (email identification, `renewal_interval` 1 second): the first visit after the interval has status 422 asserted, mandatory values `action` 4500 and `title` "Link expired" (the action that offers to renew it). Body: the asserted members. No header shown. Kind: 422, validation (rule 1). Message: `title`, the body\'s only text, "Link expired", kept as a line that says what happened (rule 2.1; not a reason phrase). Judgment call: a title alone could be read as a heading and given the default. No code stated.',
    response: { status: 422, body: { action: 4500, title: 'Link expired' } },
    expect: { kind: 'validation', message: 'Link expired' },
  },
] satisfies ConformanceCase[];
