import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-ninth unseen-API holdout, part KB (9 March 2027): shipping, courier and last-mile delivery APIs in
// emerging markets and Europe's long tail that no other case file uses: Packlink PRO (the Spanish multi-carrier
// shipping platform's API, api.packlink.com), Woop (the French last-mile delivery platform's retailer API) and
// XpressCover's XpressConnect (a parcel-insurance API for couriers: a judgment call on the domain, since it sells
// cover for shipments rather than moving them). They were collected to measure how the reader does at first sight on
// APIs it was never tuned on. Bodies were copied from: two Packlink client libraries' spec fixtures, wout/packlink.cr
// (Crystal; `WebMock.stub(...).to_return(status: …, body: read_fixture(…))`, the status read from the spec that serves
// the fixture, or, for two fixtures no spec that was read serves, from the fixture's own name, `post-400.json` and
// `all-400.json`, the convention its user spec keeps: a judgment call each case's note names) and vinted/packlink_lite
// (Ruby; its client spec serves `unauthorized.json` with 401); Woop's Stoplight docs (woop-it/stoplight-retailers, the
// error-handling page, whose body names its status in `statusCode` beside a table of statuses); XpressConnect's
// GitBook page "API Request/Response" (book.xpresscover.com), which prints the example error body and says the status
// is always 200. No header is shown by any source, so none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Melhor Envio (AstrotechLabs/melhorenvio-sdk's tests run live against the sandbox and assert
// only the SDK exception's message and code, not a body; melhorenvio/shipment-sdk-php's tests hold no error body);
// Packlink's `countries_error.json` in vinted/packlink_lite (its spec serves it with 401 in a context named "bad
// request", and wout/packlink.cr's client spec serves a like fixture with 500: the status is the test author's, so the
// body is kept once, as `services/all-400.json`, below); XpressBees (two of its PDF docs copied on Scribd print `{
// "status": false, "message": … }` and `{ "error": "Invalid user credentials", "code": "103" }` with no HTTP status);
// Rippey AI's error page (its stored text is flattened, its bodies' member names lost: they would have to be guessed);
// Paack, Yandex Delivery (express), GoGoX and Paazl (their error pages print tables of statuses, codes and messages,
// no body); Walmart's transportation-carrier errors (a fragment, `"errors": […]`, with no status; Walmart Marketplace
// is a source already). Searched without finding a whole body with its status: Borzo/Dostavista, Ninja Van, Loggi,
// Skydropx, Shipday, Delhivery, Colissimo (Karrio's parser only), bpost (the one tijsverkoyen/bpost test found checks
// an exception's own text; Karrio's parser only), Omniva (omniva-api-lib has no tests), Venipak. Skipped as already
// sources (sources.txt): GLS, PostNL, InPost, Aramex Connect NZ (myFastway), Shiprocket, Lalamove, Sameday, DPD, La
// Poste, Correos, PostNord, Sendcloud, Nova Poshta, Nash, Deliverect and Karrio.
//
// The part holds 7 cases from 3 sources, short of the brief's aim of 15–30 from at least 5: the cap of 38 look-ups was
// spent (38 of 38), most on carriers whose docs print tables without bodies or whose client tests assert one member.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-09-kb`, on 4b7e47a, src/ unchanged: in the frozen copy /tmp/base109; the `--check` run
// before it reported no problem): 5/7 pass, 3 sources (kind 6/7, message 6/7, fields 7/7, retry 7/7, logId 0/0, code
// 0/0). Failing at first sight: woop/invalid-payload-json-format-400 (kept "Invalid request payload JSON format"; the
// case reads hapi's stock line for a body that is not valid JSON as a parser's report on the request body, rule 2.3,
// and gives the default: a judgment call its note names); xpresscover/example-error-not-found-200 (kind unknown: the
// kit read neither `status: "ERROR"` nor `err_code: "404"` beside the 200; the case reads the code of a 4xx beside a
// 2xx as naming that status, rule 1's Twelve Data row, so not-found: a judgment call its note names, since the
// vendor's number may only match a status). Every other case passed as written, including the judgment calls on
// Packlink's fixture-named 400s, "Client already exists" on a 400 (bad-request, kept), "Country from and country to
// are required" (kept) and Werkzeug's 401 text (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with the hundred-and-tenth holdout's conventions, which read XpressCover's `err_code: "404"`
// beside its 200 as the status the body means: 7/7.

export default [
  // ───────────────────────────── Packlink PRO ─────────────────────────────
  {
    id: 'packlink/user-has-active-api-key-400',
    source: 'Packlink PRO',
    url: 'wout/packlink.cr/spec/fixtures/users/post-400.json@d667e18253792f0b6df87c2a7fbcb68c234800f7',
    note: 'spec/packlink/user_spec.cr ("can not activate the same user twice", @8bc797c01dfd5854a608b246d44447e9fa39f307) serves this fixture with 400 for POST https://apisandbox.packlink.com/v1/users/api/keys. Kind: a 400 with no code and no field-bound error (the lone item of `messages` names no field) is a bad request (rule 1). Message: the lone form-level sentence (rule 2.2), which names a credential (an API key), a person\'s line: kept. Judgment call: "apiKey" is written as code, but the line says what state the account is in, not which input is missing.',
    response: { status: 400, body: { messages: [{ message: 'User has an active apiKey' }] } },
    expect: { kind: 'bad-request', message: 'User has an active apiKey' },
  },
  {
    id: 'packlink/user-api-key-not-found-404',
    source: 'Packlink PRO',
    url: 'wout/packlink.cr/spec/fixtures/users/get-404.json@d667e18253792f0b6df87c2a7fbcb68c234800f7',
    note: 'spec/packlink/user_spec.cr ("raises a 404 if the user is nog activated yet") serves this fixture with 404 for GET https://apisandbox.packlink.com/v1/users/api/keys. Kind: 404, not-found (rule 1). Message: "User api key not found" says what was not found, more than the bare reason phrase (rule 2.1): kept.',
    response: { status: 404, body: { messages: [{ message: 'User api key not found' }] } },
    expect: { kind: 'not-found', message: 'User api key not found' },
  },
  {
    id: 'packlink/client-already-exists-400',
    source: 'Packlink PRO',
    url: 'wout/packlink.cr/spec/fixtures/registrations/post-400.json@d667e18253792f0b6df87c2a7fbcb68c234800f7',
    note: 'The fixture for a failed POST /v1/register. Status: the fixture\'s own name, `post-400`, as the same repository\'s user spec serves `users/post-400.json` with 400; registration_spec.cr (@14b5ad2e2f46b38b41fe0af6f693a71ba15e6169) serves only the success fixture, so this is a judgment call on the status. Kind: a 400 with no code and no field: bad-request (rule 1); "already exists" is text, and text never decides the kind (a duplicate code would make it a conflict): a judgment call. Message: the lone sentence (rule 2.2): kept.',
    response: { status: 400, body: { messages: [{ message: 'Client already exists' }] } },
    expect: { kind: 'bad-request', message: 'Client already exists' },
  },
  {
    id: 'packlink/country-from-and-to-required-400',
    source: 'Packlink PRO',
    url: 'wout/packlink.cr/spec/fixtures/services/all-400.json@d667e18253792f0b6df87c2a7fbcb68c234800f7',
    note: 'The fixture for GET /v1/services without the route\'s countries. Status: the fixture\'s own name, `all-400` (a judgment call, as for registrations/post-400); vinted/packlink_lite keeps the same body as spec/fixtures/countries_error.json in a context named "with bad request error" (which stubs it with 401, a test author\'s slip, so that copy is not a case). Kind: 400, no code, no field: bad-request (rule 1). Message: the inputs are named in a person\'s words ("Country from", "country to"), not by the API\'s keys (`from[country]`, `to[country]`), so the line stays (rule 2.1: "Name is required" stays): a judgment call.',
    response: { status: 400, body: { messages: [{ message: 'Country from and country to are required' }] } },
    expect: { kind: 'bad-request', message: 'Country from and country to are required' },
  },
  {
    id: 'packlink/unauthorized-401',
    source: 'Packlink PRO',
    url: 'vinted/packlink_lite/spec/fixtures/unauthorized.json@8c3528a1630127bf039aebb4dad668fcc5df5867',
    note: "spec/client_spec.rb (\"with authorization error\", same commit) serves this fixture with 401 for GET https://apisandbox.packlink.com/v1/services and expects the error to match /The server could not verify/. The text is Werkzeug's stock description of a 401, sent here as JSON. Kind: 401, unauthenticated (rule 1). Message: a sentence for the person that says what to check (the credentials, a bad API key), kept as the corpus keeps the same words in Patreon's JSON 401 (`patreon/unauthorized-jsonapi-401`): a judgment call, since a reader could read a framework's stock 401 text as the status in other words.",
    response: {
      status: 401,
      body: {
        message:
          "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad api key), or your browser doesn't understand how to supply the credentials required.",
      },
    },
    expect: { kind: 'unauthenticated', message: 'could not verify that you are authorized' },
  },

  // ───────────────────────────── Woop ─────────────────────────────
  {
    id: 'woop/invalid-payload-json-format-400',
    source: 'Woop',
    url: 'woop-it/stoplight-retailers/docs/Bases/Gestion-des-erreurs.md',
    note: 'The retailer API\'s error-handling page ("Gestion des erreurs") prints this body as the error format, beside a table whose 400 row reads "Éléments manquants et/ou incorrect dans le body de la requête"; the body names its status in `statusCode` (hapi/Boom\'s shape). No commit was recorded. Kind: 400 with no code (`error: "Bad Request"` is the reason phrase) and no field: bad-request (rule 1). Message: hapi\'s stock line for a body that is not valid JSON is a parser\'s report on the request body (rule 2.3: "Malformed JSON", "Invalid JSON document", "Invalid request json"), and the reason phrase beside it says no more than the status: the default. Judgment call: a reader could keep it as a sentence about the payload.',
    response: {
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request payload JSON format' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── XpressCover (XpressConnect) ─────────────────────────────
  {
    id: 'xpresscover/example-error-not-found-200',
    source: 'XpressCover XpressConnect API',
    url: 'https://book.xpresscover.com/overview/api-requestresponse',
    note: 'The "API Request/Response" page: "Regardless of success/error response, data is always formatted in JSON format, HTTP status code always 200", then "Example error response:" with this body (its parameter table names `error_code` and `error_msg`; the example, copied as printed, sends `err_code` and `err_msg`). Kind: a 2xx whose body says it failed (`status: "ERROR"`) and carries a code of a 4xx status, `err_code: "404"` (a code by its shape, rule 5\'s list): a numeric code of a 4xx beside a 2xx names it (rule 1, Twelve Data\'s `code: 429`): not-found. Judgment call: the page says each error code "defines a different error", so 404 may be the vendor\'s own number that happens to match a status. Message: "Not found" is the bare reason phrase (rule 2.1): the default. Code not stated: whether a code equal to the status it names is the code or only a category leaves doubt (rule 6).',
    response: { status: 200, body: { status: 'ERROR', err_code: '404', err_msg: 'Not found', errors: [] } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
