import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-third unseen-API holdout, part IU (3 March 2027): error-response examples in API providers' own
// OpenAPI documents as APIs-guru's openapi-directory keeps them (`APIs/<provider>/<version>/openapi.yaml` or
// `swagger.yaml`), for providers whose folder names start with s through z, collected to measure how the reader does
// at first sight on APIs it was never tuned on. One source: WebScraping.AI (APIs/webscraping.ai/3.0.0/openapi.yaml at
// dec74da, whose `x-origin` is the vendor's own https://webscraping.ai/openapi.yml). Every body was copied from a
// response-level `example` under `components.responses` ("400", "402", "403", "429", "503", "504"), each used by the
// document's operations for that status code only; the status is the response key. YAML was converted to JSON as
// written (`status_code: 500` a number). No header: the document gives no example value for one. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Six of the document's eight error responses were taken (the brief's cap of six per provider). Left out: "500"
// (`{ message: "Some error" }`, the body the 504 case already carries, with a 5xx kind the 504 does not test) and
// "502" (marked "[DEPRECATED]" in its description, with the 503's body). Four of the six bodies are the document's
// placeholder `{ message: "Some error" }`: they are what the provider prints, and they test the kind each status gives
// with a generic line (rule 2.1 names Connexion's "Some Error").
//
// Looked for and dropped: The SMS Works (APIs/thesmsworks.co.uk/1.8.0/swagger.yaml: its errors give `ErrorModel` or
// `ExtendedErrorModel`, mostly under `default`, with no example), Spinitron (APIs/spinitron.com/1.0.0/openapi.yaml: its
// 404 and 422 give the `Error` and `ValidationError` schemas, no example at any level), Sakari
// (APIs/sakari.io/1.0.1/openapi.yaml: its errors sit under the ranges `4XX` and `5XX`, with no status, and its one
// whole body, `{ success: false, error: { code: "CONT-001", message: "Invalid mobile number" } }`, is printed in
// `info.description` with no status either), ThreatJammer (APIs/threatjammer.com/1.2.27/openapi.yaml, 337,503
// characters: the first page's 422s give FastAPI's `HTTPValidationError` schema with no example, and its 401, 403 and
// 429 are described in prose only), VTEX (APIs/vtex.local/: the Reviews and Ratings API's first page and the Customer
// Credit API's second, of 289,350 characters, hold examples on 200 responses only) and Velo Payments (a client's docs
// in a fork of the directory show its 403 as `correlationId`, `errors` and `httpStatusCode`, with examples on single
// properties only, not a whole body; the 2.35.57 document itself was not read). Listed but not read: Storecove (2.0.1)
// and VTEX's other 32 documents. Not in the index under the guessed folder: unicourt.com, splitwise.com.
// `find_string` does not reach APIs-guru's files (two strings found nothing of the directory's), and the `search`
// corpus pointed only at client docs. Skipped as already sources (sources.txt): Truora and Whapi (taken from this
// directory by earlier parts), SendGrid, Slack, Stripe, Spotify, Twilio, Twitter, Trello, Vimeo, Xero, Zoom, Zuora,
// Square, Smartsheet, SurveyMonkey, TomTom, Up, Uploadcare, UPS, Vercel, Vonage, Walmart, Weatherbit, Wikimedia, WSO2,
// Zapier, Yodlee, YNAB, Wise, Stack Exchange, Telnyx, Trustpilot, Typeform, Unsplash, Tailscale, Typesense, Weaviate,
// ThingsBoard, Salesforce, ServiceNow, Strava, Voucherify, WireMock, Stytch, Shopify, Sinch, SumUp, Tink, Tatum,
// TaxJar, Toggl, Todoist, Trakt, Twitch, Uber, UpCloud, USPS, Vultr, Webflow, Workable, Wufoo, Xendit, Yapily, Zammad,
// Zenvia, Zoho, Zettle, TfL and Sportradar. No XML, HTML or text body turned up.
//
// The part holds 6 cases from 1 source, far under the brief's aim of 15–30 from at least 5. 27 look-ups were made
// (10 `find_files`, 9 `read_file`, 6 `search`, 2 `find_string`); the tools' own budget for the session ran out at the
// 26th and 27th (a `search` and a `read_file` of VTEX's Message Center API), which were refused, so collecting stopped
// there, under the brief's cap of 38.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-03-iu`, on fe46f5b, the commit /tmp/base103/READY names, src/ unchanged: in the frozen copy
// /tmp/base103; `--check` first reported every case valid): 5/6 pass, 1 source (kind 6/6, message 5/6, fields 6/6,
// retry 6/6, logId 0/0, code 0/0). Failing at first sight: webscraping-ai/target-page-error-503 (kept "Some website
// error" from `status_message`; the case reads that line as the scraped page's status message, a report of what
// another server answered (rule 2.3), and as a placeholder as generic as "Some Error" (rule 2.1), and gives the
// default: a judgment call its note names). Every other case passed as written, including the judgment call on
// "Invalid CSS selector" (kept) and the four "Some error" placeholders (the default on a 402, 403, 429 and 504).
//
// No expectation was changed after the run.

export default [
  // ───────────────────────────── WebScraping.AI ─────────────────────────────
  {
    id: 'webscraping-ai/invalid-css-selector-400',
    source: 'WebScraping.AI',
    url: 'APIs-guru/openapi-directory/APIs/webscraping.ai/3.0.0/openapi.yaml@dec74da7a6785d5d5b83bc6a4cebc07336d67ec9',
    note: 'An OpenAPI example, the provider\'s own document: `components.responses["400"]` ("Parameters validation error"), which `/html`, `/selected` and `/selected-multiple` give for 400, prints `example: { message: "Invalid CSS selector" }` (schema `Error`, one `message`). No header given. Kind: a 400 with no code and no field-bound error: bad-request (rule 1; the description\'s "validation" is text, which never decides). Message: "Invalid CSS selector" names what is wrong in a person\'s words, not the parameter\'s key (`selector`), as "Invalid phone number" stays (rule 2.1): kept. Judgment call: a reader could take "CSS selector" for the input\'s name and give the default.',
    response: { status: 400, body: { message: 'Invalid CSS selector' } },
    expect: { kind: 'bad-request', message: 'Invalid CSS selector' },
  },
  {
    id: 'webscraping-ai/billing-issue-some-error-402',
    source: 'WebScraping.AI',
    url: 'APIs-guru/openapi-directory/APIs/webscraping.ai/3.0.0/openapi.yaml@dec74da7a6785d5d5b83bc6a4cebc07336d67ec9',
    note: 'An OpenAPI example, the provider\'s own document: `components.responses["402"]` ("Billing issue, probably you\'ve ran out of credits") prints `example: { message: "Some error" }`. No header given. Kind: a 402 with no code is any other 4xx, bad-request (rule 1; no quota code, and the description is not sent). Message: "Some error" is a generic line, as Connexion\'s "Some Error" (rule 2.1): the default.',
    response: { status: 402, body: { message: 'Some error' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'webscraping-ai/wrong-api-key-some-error-403',
    source: 'WebScraping.AI',
    url: 'APIs-guru/openapi-directory/APIs/webscraping.ai/3.0.0/openapi.yaml@dec74da7a6785d5d5b83bc6a4cebc07336d67ec9',
    note: 'An OpenAPI example, the provider\'s own document: `components.responses["403"]` ("Wrong API key"), which every operation (`/account` too) gives for 403, prints `example: { message: "Some error" }`. No header given. Kind: a 403 with no credential code stays forbidden (rule 1: the description says a key was wrong, but it is not sent, and text never decides). Message: "Some error" is generic (rule 2.1): the default.',
    response: { status: 403, body: { message: 'Some error' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'webscraping-ai/too-many-concurrent-requests-429',
    source: 'WebScraping.AI',
    url: 'APIs-guru/openapi-directory/APIs/webscraping.ai/3.0.0/openapi.yaml@dec74da7a6785d5d5b83bc6a4cebc07336d67ec9',
    note: 'An OpenAPI example, the provider\'s own document: `components.responses["429"]` ("Too many concurrent requests") prints `example: { message: "Some error" }`. No header given (the document declares none). Kind: 429, rate-limited (rule 1). Message: generic (rule 2.1): the default. Retry: no header, no body hint, no wait in the text (rule 4): none.',
    response: { status: 429, body: { message: 'Some error' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'webscraping-ai/target-page-error-503',
    source: 'WebScraping.AI',
    url: 'APIs-guru/openapi-directory/APIs/webscraping.ai/3.0.0/openapi.yaml@dec74da7a6785d5d5b83bc6a4cebc07336d67ec9',
    note: 'An OpenAPI example, the provider\'s own document: `components.responses["503"]` ("Non-2xx and non-404 HTTP status code on the target page") prints `example: { status_code: 500, status_message: "Some website error" }` (schema `PageError`: "Response HTTP status code (403, 500, etc)" and "Response HTTP status message", both the scraped page\'s). The "502" response, marked deprecated, prints the same body and was not taken. No header given. Kind: 503, unavailable (rule 1); the body\'s `status_code` is the target page\'s, and a body\'s own status decides only beside a bare 400 or a 2xx (rule 1), so it does not turn the 503 into a server error. Message: `status_message` is a message member by its shape (rule 5), but it reports what another server answered (rule 2.3: a report of another service\'s response, as Invidious\'s and Blockfrost\'s), and "Some website error" is a placeholder as generic as "Some Error" (rule 2.1): the default. Judgment call: a reader could keep "Some website error" as the one line that says where the failure was. No code: `status_code` in digits is a status (rule 6).',
    response: { status: 503, body: { status_code: 500, status_message: 'Some website error' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'webscraping-ai/timeout-some-error-504',
    source: 'WebScraping.AI',
    url: 'APIs-guru/openapi-directory/APIs/webscraping.ai/3.0.0/openapi.yaml@dec74da7a6785d5d5b83bc6a4cebc07336d67ec9',
    note: 'An OpenAPI example, the provider\'s own document: `components.responses["504"]` ("Timeout error, try increasing timeout parameter value") prints `example: { message: "Some error" }`. No header given. Kind: 504, unavailable (rule 1: a 504 is not a 408, and the description is not sent). Message: generic (rule 2.1): the default. Judgment call: a reader could read the description\'s "Timeout error" into the kind, but text never decides and it is not in the body.',
    response: { status: 504, body: { message: 'Some error' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
] satisfies ConformanceCase[];
