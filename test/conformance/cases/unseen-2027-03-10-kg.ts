import type { ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KG (10 March 2027): SMS, voice and messaging gateways (CPaaS) outside
// the big global vendors. Two sources, three cases: GatewayAPI (the Danish SMS gateway of OnlineCity) and BulkGate
// (the Czech SMS gateway). They were collected to measure how the reader does at first sight on APIs it was never
// tuned on. GatewayAPI's body was copied from its own documentation's source, onlinecity/gatewayapi-docs
// docs/rest.rst (the "POST /rest/mtsms" section: "If the request fails, the response will look like the example
// below", printed as `HTTP/1.1 403 FORBIDDEN` with its Content-Type and the JSON body). BulkGate's two bodies were
// copied from its Simple API page for transactional SMS (help.bulkgate.com/docs/en/http-simple-transactional.html),
// read in a Markdown copy of that page stored in a public repository (the index's file 54271077567, which names the
// page as its source; the Advanced API copy, file 54114928470, prints the same two bodies); the page prints the bodies
// without a status line but ties them to one in the same place ("`code` represents HTTP error"), so each status is
// the body's own `code`. No header was added where the source shows none. Every `expect` was written from the source
// and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Telesign (a captured body, `{"status":{"code":10008,"description":"Invalid Signature",…}}`,
// pasted in vapor-community/telesign-provider#10 without its status, and Telesign's docs print tables of status and
// error codes, no body: never a guessed status), GatewayAPI's other errors (the PHP client nickdnk/gatewayapi-php
// mocks them with a test helper's `{"message": "Something went wrong.", "code": …}`: a test author's body; its
// error-code index prints codes and texts, no body), BulkGate's error-types table (types and texts, no body or
// status) and a third party's model test of BulkGate's error (built from constructor arguments), ClickSend (its docs'
// status table prints no body; the only body found sat in a third party's notes, not the vendor's), Textmagic (its
// response-codes page and its SDKs' model docs print per-property examples, not a body), Termii (its error page lists
// statuses and causes in prose, no body) and liveall.eu (a Greek gateway whose docs print only the text template
// "Error: <Error code> - <Error message>", with no status). Skipped as already sources (sources.txt, grepped before any
// look-up): Zenvia, Movider, Brevo (Sendinblue), Bird and MessageBird, 46elks, SMSAPI, Sinch, Infobip, Vonage, Plivo,
// Africa's Talking, Telnyx and Bandwidth; Telstra Messaging, met in a search, also is one. Not reached within the cap:
// Hubtel, MSG91, Textlocal, Kaleyra, Route Mobile, Karix, CM.com (its PHP SDK's tests were listed, not read),
// Clockwork, Wavy, SMSGlobal (its PHP client's tests were listed, not read), Mobivate, Semaphore, Arkesel and mNotify.
// No XML body, text body or HTML page was kept.
//
// The part holds 3 cases from 2 sources, well short of the brief's aim of 15–30 from at least 5: all 38 look-ups of
// the cap were spent, most on searches that found status tables, per-property examples and test authors' bodies
// rather than a whole body printed with its status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-kg`, on aa403dc, src/ unchanged: in the frozen copy /tmp/base110, after `--check`
// reported nothing to fix): 2/3 pass, 2 sources (kind 3/3, message 3/3, fields 3/3, retry 3/3, logId 0/1, code 3/3).
// Failing at first sight: gatewayapi/unauthorized-ip-address-403 (kept no support id; the case reads the body's
// `incident_uuid` as the support id, by the shape of the `incidentId` and `request_uuid` that rule 5 lists: a
// judgment call its note names). Every other expectation held as written, including the judgment calls on
// GatewayAPI's "Unauthorized IP-address: %1" (kept) and BulkGate's `type` over its numeric `code` (validation, and
// the `type` as the code) and its "Unknown identity / unauthorized / empty application_id" (kept). The run did not
// crash and ran once.
//
// No expectation was changed after the run.
//
// It joined `cases/` with its own holdout's conventions, which read GatewayAPI's `incident_uuid` as the support id:
// 3/3.

export default [
  // ───────────────────────────── GatewayAPI ─────────────────────────────
  {
    id: 'gatewayapi/unauthorized-ip-address-403',
    source: 'GatewayAPI',
    url: 'onlinecity/gatewayapi-docs/docs/rest.rst',
    note: 'The failure example of POST /rest/mtsms, printed as `HTTP/1.1 403 FORBIDDEN` with `Content-Type: application/json` (the section\'s `:status 403: Ie. unauthorized ip address`); docs/errors.rst lists 0x0213 as "Unauthorized IP-address: %1" among the API errors. The index gave no commit for the stored version. Kind: 403, and the hex code names no kind: forbidden (rule 1). Message: "Unauthorized IP-address: %1" says what was refused; sent with a 403 a word of the 401\'s phrase inside a sentence does not restate the status (rule 2.1): kept. Judgment call: the `%1` is a template slot the API fills from `variables`, and a reader could take the unfilled line for a developer\'s template and give the default. Support id: `incident_uuid` is named like the `incidentId` rule 5 lists, an id of this occurrence. Code: the explicit `code` member, "0x0213" (rule 6). Fields: none (`variables` holds a value, not a message).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: '0x0213',
        incident_uuid: 'd8127429-fa0c-4316-b1f2-e610c3958f43',
        message: 'Unauthorized IP-address: %1',
        variables: ['1.2.3.4'],
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Unauthorized IP-address',
      logId: 'd8127429-fa0c-4316-b1f2-e610c3958f43',
      code: '0x0213',
    },
  },

  // ───────────────────────────── BulkGate ─────────────────────────────
  {
    id: 'bulkgate/invalid-phone-number-400',
    source: 'BulkGate',
    url: 'https://help.bulkgate.com/docs/en/http-simple-transactional.html',
    note: 'Simple API, transactional SMS, "Response — Error", first body; read in a Markdown copy of the page (see the header). The page says "`code` represents HTTP error", so the status is 400; no header is printed, none given. Kind: the numeric `code` only restates the status, so the `type` beside it is the code (rule 1: a code that restates the status gives way to its type); `invalid_phone_number` begins with `invalid` and names an input: validation (rule 1). No member names a field, so no field-bound error (rule 3 finds fields by structure). Message: "Invalid phone number" is a person\'s words, which stay (rule 2.1 names this very line). Code: `invalid_phone_number` (rule 6: a code that restates the status is a category beside it). Judgment call: a reader could take the numeric `code` for the code.',
    response: {
      status: 400,
      body: { type: 'invalid_phone_number', code: 400, error: 'Invalid phone number', detail: null },
    },
    expect: { kind: 'validation', message: 'Invalid phone number', code: 'invalid_phone_number' },
  },
  {
    id: 'bulkgate/unknown-identity-401',
    source: 'BulkGate',
    url: 'https://help.bulkgate.com/docs/en/http-simple-transactional.html',
    note: 'Simple API, transactional SMS, "Response — Error", second body; the status is the body\'s `code` (the page: "`code` represents HTTP error"); no header printed, none given. Kind: 401, unauthenticated (rule 1; `unknown_identity` agrees). Message: "Unknown identity / unauthorized / empty application_id" lists the causes of a refused sign-in; a credential\'s name in a line stays (rule 2.1: "Invalid app_key is provided."), and the line does not begin with the reason phrase: kept. Judgment call: a reader could read it as a list of codes-in-words with the 401\'s phrase among them and give the default. Code: `unknown_identity`, the `type` beside a numeric `code` that restates the status (rule 6).',
    response: {
      status: 401,
      body: {
        type: 'unknown_identity',
        code: 401,
        error: 'Unknown identity / unauthorized / empty application_id',
        detail: null,
      },
    },
    expect: { kind: 'unauthenticated', message: 'Unknown identity', code: 'unknown_identity' },
  },
] satisfies ConformanceCase[];
