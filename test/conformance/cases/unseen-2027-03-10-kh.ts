import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KH (10 March 2027): compliance, credit and business-data APIs (sanctions
// and AML screening, fraud scoring, credit bureaus, company registers and KYB, legal and court data) that no other case
// file uses: Shufti Pro (identity verification and KYC/AML screening; its REST API's responses) and SEC EDGAR (the US
// company-filings register's web front, which answers automated clients). They were collected to measure how the
// reader does at first sight on APIs it was never tuned on. Bodies were copied from Shufti Pro's own documentation kept
// in its GitHub repositories (status_codes.md's sample event responses, and its docs' "Status Response" sample with the
// `sp_signature` header it prints) and from a public issue that pastes the page SEC EDGAR answered with its 403
// (joeyism/py-edgar#24). Headers were copied only where the source prints them (Shufti Pro's status sample); none was
// added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// The part is far short of the brief's aim (15–30 cases from at least 5 sources): it holds 4 cases from 2 sources. The
// look-up cap (38) was spent in full, most of it on vendors whose public material prints error codes in tables but no
// whole body with its status, and several look-ups went to resolving which repository a stored text came from (the
// exact-string index answers with an id, not a path; the "Status Response" sample's path was found afterwards by
// looking the file up). Collecting stopped at the cap, as the brief says.
//
// Looked for and dropped: Veriff (devdocs print a troubleshooting-code table and, in the API reference, a 400 schema
// assembled from per-property examples, `status: "fail"`, `code`, `message`: no printed body; a Go client's testdata
// holds only session and decision fixtures), Persona (its errors page prints one example list with no status, and half
// of it in Ruby's hash syntax, `"title" => "Record invalid"`: not a wire body), OpenCorporates (opensanctions#3269
// quotes the `<p>It appears this IP address may be accessing OpenCorporates at a higher than expected rate …</p>`
// warning with no status), Shufti Pro's `request.cancelled` and `request.timeout` samples (no status tied to them;
// timeout is sent only to the callback), its older v1.2 README (status codes in a table, no body), a Go KYC
// aggregator's test that pairs Shufti Pro's documented bodies with statuses of its own choosing (a test author's mock
// status), SEC EDGAR's "Your Request Originates from an Undeclared Automated Tool" as quoted in
// pancak3lullz/SECurityTr8Ker#2 and Gunratan/edgar#4 (the text after stripping the HTML page's tags, not the body
// sent), the stored fragments of EDGAR's 403 in farhadab/sec-edgar-financials#12 (cut after `<!DOCTYP`), Signzy (its
// docs repo prints only a status table), Amlyze (AML screening: a table of its error codes, no body), FraudLabs Pro,
// Riskified, Signifyd, Trulioo and Dojah (searches found SDKs and readmes, no printed error body with its status), and
// ComplyAdvantage, Middesk and Prembly (searches found no page printing one). Skipped as already sources: BrightQuery
// (opensanctions#5138 pastes its `HTTP/2 400` with `{"error":"Insufficient credit balance"}`), Onfido, Sumsub, Socure,
// Alloy, Sift, Castle, ComplyCube, iDenfy, Youverify, Smile ID, Yoti, Truora, Mati (MetaMap), Chainalysis,
// OpenSanctions, Creditsafe, Dun & Bradstreet, UniCourt, CourtListener, Companies House, GLEIF, KVK Handelsregister,
// ABN Lookup, API Sirene, API Entreprise, IPQualityScore, MaxMind, Fingerprint and Plaid. Not reached within the cap:
// Dow Jones Risk, LexisNexis, Experian, Equifax, TransUnion, Jumio, SEON, Sardine, Enigma, Kyckr, Bureau van Dijk,
// PACER, Docket Alarm, Trellis, Ironclad, Juro, Signicat, IDnow and Ondato.
//
// Look-ups: 38 of the 38 allowed (search 17, find_repos 8, find_files 7, read_file 4, find_string 2).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-kh`, on aa403dc, the commit /tmp/base110/READY names, src/ unchanged: in the frozen copy
// /tmp/base110; `--check` first reported no problem): 4/4 pass, 2 sources (kind 4/4, message 4/4, fields 4/4, retry
// 4/4, logId 0/0, code 0/0). No case failed, the judgment calls included: Shufti Pro's lone error object naming "dob"
// in `key` (bad-request, no field, its format line kept), its status sample (the default), its "Authorization keys
// are missing/invalid." on a 401 (kept) and SEC EDGAR's 403 page titled "Request Rate Threshold Exceeded" (forbidden,
// the default). No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 4/4.

export default [
  // ───────────────────────────── Shufti Pro ─────────────────────────────
  {
    id: 'shufti-pro/request-invalid-dob-format-400',
    source: 'Shufti Pro',
    url: 'shuftipro/RESTful-API-v1.3/status_codes.md@e7b20ec701d4067fb6b893caa71065acdaf5f133',
    note: 'Shufti Pro\'s "Status Codes" page, its sample `request.invalid` event response, copied whole. The status: the same page\'s HTTP table gives 400 Bad Request, "bad request: one or more parameter is invalid or missing", and its events table "request.invalid | Request parameters provided in request are invalid. | HTTP Response: Yes"; Shufti Pro\'s Android SDK README prints this very body under "Note: request.invalid response with HTTP status code 400 means the request is invalid." The page was read from the index by its id; the index holds a status_codes.md in two Shufti Pro repositories (this one and shuftipro/Shuftipro-Verification@15af928de10aee715bc78554251224ec91f146f2) and did not name which one the text came from: a judgment call on the path, not on the text. No header printed, none given. Kind: a 400 with no listed code (`event` is no code member, rule 6) and no field-bound error: the lone error object names "dob" in `key`, and rule 3 names a lone error object\'s field only in `param`, `parameter`, `field`, `fieldName`, `argument`, `var_name`, its `meta`, `source.pointer`, `details.field` or `details.property` (`key` is a path-like member of a list\'s items): bad-request (rule 1). A judgment call: a reader could read `key` beside `service: "document"` as the field (the request sends `document.dob`) and make it a validation failure with that field. Message: "The dob does not match the format Y-m-d." says what the value must be (a format), as the corpus keeps rules about a value; it starts with "The", not a lone key (rule 2.1): kept. Support id: `reference` is the id the client gave its own request; not checked here.',
    response: {
      status: 400,
      body: {
        reference: '17374217',
        event: 'request.invalid',
        error: { service: 'document', key: 'dob', message: 'The dob does not match the format Y-m-d.' },
        verification_url: '',
      },
    },
    expect: { kind: 'bad-request', message: 'does not match the format Y-m-d' },
  },
  {
    id: 'shufti-pro/request-invalid-status-response-400',
    source: 'Shufti Pro',
    url: 'shuftipro/RESTful-API-v1.3/on-site_without_ocr/on-site_without_ocr.md@13bd041095707358a7f0564ad3f912e381826386',
    note: 'The docs\' "Status Response": "Note: request.invalid response with HTTP status code 400 means the request is invalid.", then ">Sample Response" printing `Content-Type: application/json` and `sp_signature: NmI4NmIyNzNmZjM0ZmNl` above the body, copied whole with both headers. The same docs link status_codes.md#events, whose events table the previous case cites. Kind: 400 with no code member and no error object: bad-request (rule 1). Message: the body says nothing but its event name (`request.invalid`, a code-like token, rule 2.1): the default. Support id: `reference` is the client\'s own request reference; not checked.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', sp_signature: 'NmI4NmIyNzNmZjM0ZmNl' },
      body: { reference: '17374217', event: 'request.invalid' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'shufti-pro/request-unauthorized-keys-401',
    source: 'Shufti Pro',
    url: 'shuftipro/RESTful-API-v1.3/status_codes.md@e7b20ec701d4067fb6b893caa71065acdaf5f133',
    note: 'The same page\'s sample `request.unauthorized` event response, copied whole (same path caveat as the first case). The status: the page\'s HTTP table gives 401 Unauthorized, "unauthorized: invalid signature key provided in the request", and its events table "request.unauthorized | Request is unauthorized. The information provided in authorization header is invalid. | HTTP Response: Yes, Callback Response: No"; no sentence prints "401" beside this body, so the status rests on the page pairing Unauthorized with the unauthorized event: a judgment call. Kind: 401, unauthenticated (rule 1). Message: "Authorization keys are missing/invalid." names the credential that failed (rule 2.1: a credential\'s name stays, as "Invalid app_key is provided." does): kept. A judgment call: a reader could read it as the 401\'s phrase in other words and give the default. The empty `key` names no field.',
    response: {
      status: 401,
      body: {
        reference: '',
        event: 'request.unauthorized',
        error: { service: '', key: '', message: 'Authorization keys are missing/invalid.' },
        token: '',
        verification_url: '',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Authorization keys are missing/invalid' },
  },

  // ───────────────────────────── SEC EDGAR ─────────────────────────────
  {
    id: 'sec-edgar/request-rate-threshold-exceeded-403-html',
    source: 'SEC EDGAR',
    url: 'https://github.com/joeyism/py-edgar/issues/24',
    note: "\"When an IP is detected as needing rate limiting, the SEC website returns a `403` response with a body that looks like the below text\", then the page as the client received it. Trimmed: the body is copied as far as the stored excerpt shows it, through the `h2` style rule; the rest of the style sheet and the page's body, with its text, are left out (not seen). No header printed, none given (the page's own meta names text/html). Kind: 403 without Retry-After and without a rate-limit header: forbidden (rule 1); the page's title says a rate threshold was exceeded, but text never decides the kind. A judgment call: a reader could take the title for a throttling code and read it as rate-limited. Message: an HTML error page gives no message (rule 2.5): the default. Retry: no header, and a page's text is not message text (rule 4).",
    response: {
      status: 403,
      body:
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n' +
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n' +
        '<title>SEC.gov | Request Rate Threshold Exceeded</title>\n<style>\nhtml {height: 100%}\n' +
        'body {height: 100%; margin:0; padding:0;}\n' +
        '#header {background-color:#003968; color:#fff; padding:15px 20px 10px 20px;font-family:Arial, Helvetica, ' +
        'sans-serif; font-size:20px; border-bottom:solid 5px #000;}\n' +
        '#footer {background-color:#003968; color:#fff; padding:15px 20px;font-family:Arial, Helvetica, sans-serif; ' +
        'font-size:20px;}\n' +
        '#content {max-width:650px;margin:60px auto; padding:0 20px 100px 20px; background-image:url(seal_bw.png);' +
        'background-repeat:no-repeat;background-position:50% 100%;}\n' +
        'h1 {font-family:Georgia, Times, serif; font-size:20px;}\n' +
        'h2 {text-align:center; font-family:Georgia, Times, serif; font-size:20px; width:100%; border-bottom:solid ' +
        '#999 1px;padding-bottom:10px; margin-bottom:20px;}\n',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
] satisfies ConformanceCase[];
