import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-third unseen-API holdout, part IP (3 March 2027): error-response examples in API providers' own OpenAPI
// documents, as the repository APIs-guru/openapi-directory collects them, for providers whose folder names start with
// c or d. Two providers no other case file uses: the Canada Holidays API (canada-holidays.ca, Paul Craig's public
// holiday API; x-origin its own SwaggerHub document) and Dataflow Kit (dataflowkit.com, a hosted web scraper; x-origin
// api.dataflowkit.com/v1/swagger.yaml, the vendor's own). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the response `examples` of the providers' documents,
// each named in `url` with the commit find_files gave: Canada Holidays 1.8.0 (the "400" examples of GET
// /api/v1/holidays/{holidayId} and /api/v1/provinces/{provinceId}, and the `x-examples` of the `Error` schema that only
// those two 400s use) and 1.0 (the "404" example of GET /api/v1/holidays/{holidayId}); Dataflow Kit 1.3 (the "400",
// "401" and "500" `text/plain; charset=utf-8` examples that every operation repeats). YAML was converted to JSON as
// written (an unquoted ISO timestamp kept as its string). No header was added: neither document gives a header's
// example value for an error response (Dataflow Kit's media type is a content key, not a header example, so its text
// bodies go without a Content-Type). Every `expect` was written from the source and test/conformance/README.md before
// the kit was run.
//
// Looked for and dropped (no 4xx or 5xx response with a whole example body): D7 Networks (d7networks.com: a "500" with
// an empty schema), Chomp (chompthis.com: its error responses are descriptions only; the body is only linked),
// Chaingateway.io (200 examples only), CloudRF (cloudrf.com: its generated client has no error model, so the document
// was not read), ClickSend (clicksend.com: the first 40,000 of its 605,505 characters hold only 200 examples, and the
// rest was beyond the cap), Clarify (clarify.io 1.3.7: 4xx descriptions only), Debian Code Search and City Context
// (codesearch.debian.net, citycontext.com: no error model in their generated clients; not read). Not in the
// directory's index under the guessed folder: docspring.com, cognitedata.com, dyspatch.io, cybersource.com, dolby.io,
// daimler.com, criteo.com, cryptoapis.io, currencyscoop.com and clubhouse.io. Two later Canada Holidays bodies were
// left out as repeats: the 1.0 provinces 404, which prints the holidays 404's body, and the 1.0 `Error` schema's
// `x-examples`, the same body unwrapped. A find_string for `x-providerName: d` (to list providers) found nothing
// indexed, and three code searches found no directory file.
//
// Skipped as already sources (sources.txt, by name and domain): CircleCI, Clever, Codat, ConfigCat, Checkout.com,
// Cisco, Citrix, Climate (climate.com, an earlier openapi-directory part), Datadog, DigitalOcean, Discourse, Docker,
// DocuSign, Dropbox, Deutsche Bahn, dev.to (Forem), DeepL, DHL, DNSimple, Dwolla, Deel, Delighted, Dots, Daily,
// Deepgram, Doppler, Duffel, Chargebee, Cashfree, Commercetools, Conekta, Crossref, Contentful, Cronofy, Customer.io,
// CyberArk, Clockify, Clickatell, CloudConvert, Constant Contact, Cloudsmith and Tomorrow.io (ClimaCell).
//
// The part holds 10 cases from 2 sources, under the brief's aim of 15–30 from at least 5: most c and d documents in
// the directory print no error body, and the index could not list the providers, so each had to be guessed by its
// domain. 34 of the 38 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-03-ip`, on fe46f5b, src/ unchanged: in the frozen copy /tmp/base103; the `--check` run before
// it reported 4733 valid cases): 9/10 pass, 2 sources (kind 10/10, message 9/10, fields 10/10, retry 10/10, logId 0/0,
// code 0/0). Failing at first sight: canada-holidays/holiday-id-must-be-lte-32-400 (kept "Request/params/holidayId
// must be <= 32", the line after its leading "Bad Request: "; the case reads it as Ajv's report naming only the input
// by its path, rules 2.3 and 2.1, and gives the default, as the kit did for the two "Error: request.params.…" lines of
// the same API: not a judgment call on the rules, though the note names the x-examples source as one). Every other case
// passed as written, including the judgment calls on Ajv's enum line (the default), "No holiday with id “100”" (kept)
// and Dataflow Kit's "Invalid request URL" (kept).
//
// No expectation was changed after the run.
//
// It joined `cases/` with its own holdout's conventions, which read the Canada Holidays API's validator line ("Request/
// params/holidayId must be <= 32") as developer text: 10/10.

export default [
  // ───────────────────────────── Canada Holidays API ─────────────────────────────
  {
    id: 'canada-holidays/holiday-id-should-be-lte-31-400',
    source: 'Canada Holidays API',
    url: 'APIs-guru/openapi-directory/APIs/canada-holidays.ca/1.8.0/openapi.yaml@d546df2b7e80c365265ae6aa05367e84b75dd215',
    note: 'An OpenAPI example, the provider\'s own document (x-origin its SwaggerHub API): GET /api/v1/holidays/{holidayId}, response "400" ("Bad Request"), example `/holidays/100` copied whole. Kind: 400, no code (the error\'s `status` repeats the 400), no field-bound error: bad-request (rule 1). Message: "Error: request.params.holidayId should be <= 31" is a request validator\'s report (Ajv\'s wording, as express-openapi-validator passes it on: rule 2.3) that names only the input by its path written as code (rule 2.1): the default. No field: the path sits in text, which no structure names (rule 3). Judgment call: a reader could take `holidayId` from the text as a field and call the 400 a validation failure.',
    response: {
      status: 400,
      body: {
        error: {
          message: 'Error: request.params.holidayId should be <= 31',
          status: 400,
          timestamp: '2020-04-28T03:59:56.605Z',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'canada-holidays/province-id-allowed-values-400',
    source: 'Canada Holidays API',
    url: 'APIs-guru/openapi-directory/APIs/canada-holidays.ca/1.8.0/openapi.yaml@d546df2b7e80c365265ae6aa05367e84b75dd215',
    note: 'An OpenAPI example, the provider\'s own document: GET /api/v1/provinces/{provinceId}, response "400" ("Bad Request"), example `/provinces/100` copied whole. Kind: 400, no code, no field-bound error: bad-request (rule 1). Message: "Error: request.params.provinceId should be equal to one of the allowed values: AB, …" is Ajv\'s enum report naming the input by its path (rules 2.3, 2.1): the default. Judgment call: the list of allowed values is useful to a person, and a reader could keep the line.',
    response: {
      status: 400,
      body: {
        error: {
          message:
            'Error: request.params.provinceId should be equal to one of the allowed values: AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT',
          status: 400,
          timestamp: '2020-04-28T04:02:38.813Z',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'canada-holidays/holiday-id-must-be-lte-32-400',
    source: 'Canada Holidays API',
    url: 'APIs-guru/openapi-directory/APIs/canada-holidays.ca/1.8.0/openapi.yaml@d546df2b7e80c365265ae6aa05367e84b75dd215',
    note: 'An OpenAPI example, the provider\'s own document: the `x-examples` entry `/holidays/100` of `components.schemas.Error`, which only the two "400" responses use, copied whole; the body names its own status, 400 (the newer validator wording of the same request). Judgment call: an `x-examples` extension rather than `example`, taken because it names its request and the body its status. Kind: 400, no code, no field: bad-request (rule 1). Message: "Bad Request: " is a reason phrase leading the line and is dropped (rule 2.1); "request/params/holidayId must be <= 32" is Ajv\'s report naming the input by its path (rule 2.3): the default.',
    response: {
      status: 400,
      body: {
        error: {
          message: 'Bad Request: request/params/holidayId must be <= 32',
          status: 400,
          timestamp: '2022-12-27T05:55:36.552Z',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'canada-holidays/no-holiday-with-id-404',
    source: 'Canada Holidays API',
    url: 'APIs-guru/openapi-directory/APIs/canada-holidays.ca/1.0/openapi.yaml@a157292cbf2504eedeb969daa3a66b5a27f7c309',
    note: 'An OpenAPI example, the provider\'s own document (version 1.0): GET /api/v1/holidays/{holidayId}, response "404" ("Not Found"), example `/holidays/100` copied whole (curly quotes as printed). Kind: 404, not-found (rule 1). Message: "No holiday with id “100”" says what was not found, for the person; the "Error: " before it is a generic label. Judgment call: the line quotes the id the request carried, and a reader could read it as naming only an input (rule 2.1) and give the default.',
    response: {
      status: 404,
      body: {
        error: { message: 'Error: No holiday with id “100”', status: 404, timestamp: '2020-04-27T05:41:10.710Z' },
      },
    },
    expect: { kind: 'not-found', message: 'No holiday with id' },
  },

  // ───────────────────────────── Dataflow Kit ─────────────────────────────
  {
    id: 'dataflow-kit/invalid-request-url-400-text',
    source: 'Dataflow Kit',
    url: 'APIs-guru/openapi-directory/APIs/dataflowkit.com/1.3/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document (x-origin api.dataflowkit.com/v1/swagger.yaml): POST /convert/url/pdf (and every other operation), response "400" ("Bad Request. Invalid payload specified."), `text/plain; charset=utf-8` example `invalidURL`. No header given (the media type is no header example). Kind: 400, no code: bad-request (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6), in words rather than a key: kept. Judgment call: it says only which input is wrong, and a reader could give the default (rule 2.1).',
    response: { status: 400, body: 'Invalid request URL' },
    expect: { kind: 'bad-request', message: 'Invalid request URL' },
  },
  {
    id: 'dataflow-kit/no-fields-to-scrape-400-text',
    source: 'Dataflow Kit',
    url: 'APIs-guru/openapi-directory/APIs/dataflowkit.com/1.3/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document: the same "400", `text/plain; charset=utf-8` example `noFields`. No header given. Kind: 400, no code: bad-request (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6): kept.',
    response: { status: 400, body: 'No fields to scrape' },
    expect: { kind: 'bad-request', message: 'No fields to scrape' },
  },
  {
    id: 'dataflow-kit/no-api-key-provided-401-text',
    source: 'Dataflow Kit',
    url: 'APIs-guru/openapi-directory/APIs/dataflowkit.com/1.3/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document: every operation\'s "401" ("Unauthorized. `api_key` parameter is missed or incorrect"), `text/plain; charset=utf-8` example `No_api`. No header given. Kind: 401, unauthenticated (rule 1). Message: a sentence as text on a 4xx (rule 2.6); a credential\'s name stays (rule 2.1): kept.',
    response: { status: 401, body: 'No API Key provided' },
    expect: { kind: 'unauthenticated', message: 'No API Key provided' },
  },
  {
    id: 'dataflow-kit/invalid-api-key-401-text',
    source: 'Dataflow Kit',
    url: 'APIs-guru/openapi-directory/APIs/dataflowkit.com/1.3/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document: the same "401", `text/plain; charset=utf-8` example `invalid`. No header given. Kind: 401, unauthenticated (rule 1). Message: "Invalid API key" names a credential, which says that signing in failed (rule 2.1): kept.',
    response: { status: 401, body: 'Invalid API key' },
    expect: { kind: 'unauthenticated', message: 'Invalid API key' },
  },
  {
    id: 'dataflow-kit/process-fetch-failed-500-text',
    source: 'Dataflow Kit',
    url: 'APIs-guru/openapi-directory/APIs/dataflowkit.com/1.3/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: "An OpenAPI example, the provider's own document: every operation's \"500\", `text/plain; charset=utf-8` example `fetchFailed`. No header given. Kind: 500, server (rule 1). Message: plain text on a 5xx is the developer's (rule 2.6), and the line reports an internal step that failed: the default.",
    response: { status: 500, body: 'Process fetch failed.' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'dataflow-kit/create-single-process-failed-500-text',
    source: 'Dataflow Kit',
    url: 'APIs-guru/openapi-directory/APIs/dataflowkit.com/1.3/openapi.yaml@4d66b23dc5948016b50e79b944a0b084c7000da7',
    note: 'An OpenAPI example, the provider\'s own document: the same "500", `text/plain; charset=utf-8` example `singleProcessFailed`. No header given. Kind: 500, server (rule 1). Message: plain text on a 5xx (rule 2.6): the default.',
    response: { status: 500, body: 'Create single process failed' },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
