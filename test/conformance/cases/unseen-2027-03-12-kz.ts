import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-twelfth unseen-API holdout, part KZ (12 March 2027): eSIM, IoT connectivity, telecom-operator and
// number-porting APIs in the long tail that no other case file uses. It holds one source: tyntec (the telecom
// operator's Conversations API, its problem+json error). It was collected to measure how the reader does at first
// sight on APIs it was never tuned on. Where the body was copied from: the test suite of tyntec's own Bot Framework
// adapter (tyntec/botbuilder-adapter-tyntec-whatsapp, test/index.test.js), whose "should throw an error when an
// unsuccessful response is returned" test returns a whole response from a stubbed axios instance: status 400, its
// headers (`content-length: 129`, `content-type`, a `date` of 23 August 2021, `server: nginx`) and the body. The
// `content-length` equals the byte length of the body serialized without spaces (checked), and the date and server
// headers are a live response's, so the body reads as one captured from tyntec's API, not one the test author made
// up: a judgment call the case's note names. The same body appears in two more test files the tool found by text
// (one parses the send-message response; one, in a longer file, another adapter's), which add nothing and are not
// cited. The tool gave that file's text by id without its repository; the repository was identified by listing it
// (find_files shows test/index.test.js there, and the adapter class the test builds, `TyntecWhatsAppAdapter`, is the
// repository's), but the look-up that would have confirmed the stored version's commit was refused when the
// workplace's look-up budget ran out, so the case is cited without a commit. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Onomondo (its docs repository lists error tokens per status, `id_invalid`, `sim_not_found`,
// but prints no body; its .NET client keeps no error fixture); eSIM Go (its API reference prints only the schema of
// `{ message }` per status); Hologram and Kaleyra (searches of code, issues and docs found no printed body, no
// fixture and no issue with a captured one); Telesign (its pages tie status and error codes to HTTP statuses in tables
// only, and the one pasted body found, `{ status: { code: 10008, description: "Invalid Signature." } }` in
// vapor-community/telesign-provider issue 10, came without its HTTP status, which would have to be guessed);
// Borderless M2M (its Modify SIM page prints four error bodies, but beside error descriptions, not
// statuses: "Bad Request" in a body's `message` is no status line); Simlessly eIM (its error body's `"status":00700`
// is not valid JSON and no HTTP status is given); CLX IoT Connectivity, 1oT Terminal, Mio eSIM, Fyatu eSIM, PressOne
// eSIM, the OneNET NB-IoT platform and Fone Dynamics (code tables or schemas only); CloudVNO (one example body for
// "all API errors", not tied to a status); cloudnumbering (no error body found); SignalWire (its error-code list and a
// docs issue list codes and validator lines, no body). Skipped as already sources: emnify, 1NCE, Soracom, KORE,
// Sinch (Numbers and Porting), Bandwidth, Safaricom Daraja, MTN MoMo, Twilio (Super SIM), Airalo, Yoni Tech eSIM,
// eSIMTrade, Telnyx (Porting), Vonage, Plivo, MessageBird, Infobip, DIDWW, Monogoto and Particle. Not reached before
// the budget ran out: 1GLOBAL, Truphone, Monty Mobile, Telna, BICS, Webbing and Ooredoo, and tyntec's own OpenAPI
// files (tyntec/api-collection), whose examples were not read.
//
// The part holds 1 case from 1 source, far under the brief's aim of 15–30 from at least 5: 30 look-ups were answered
// and the 31st was refused because the workplace's look-up budget was spent, so collecting stopped there, as the
// brief says. Most of the look-ups went to vendors whose public material prints code tables or schemas but no body
// beside its status; a smaller honest part was preferred to a padded one.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-12-kz`, on 4b0f1f6, the commit /tmp/base112/READY names, src/ unchanged: in the frozen copy
// /tmp/base112, after `--check` reported the cases valid): 0/1 pass, 1 source (kind 1/1, message 0/1, fields 1/1,
// retry 1/1, logId 0/0, code 0/0). Failing at first sight: tyntec/missing-parameter-to-400 (kept the problem's
// `detail`, "Mandatory parameter [to] missing", where the case reads a line naming only which input is missing, by
// the API's name for it and called a parameter, as the default, rule 2.1 and the rule row of 6 December 2026, as
// "Parameter component is required" is read; the kind, bad-request, read as the case has it). The input's name in
// square brackets is the edge of that row (a reader could keep the line, since the brackets set the key apart as
// quoting does): a judgment call the note does not name (it names only the one on the body's capture).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read tyntec's bracketed missing parameter as generic:
// 1/1.

export default [
  // ───────────────────────────── tyntec ─────────────────────────────
  {
    id: 'tyntec/missing-parameter-to-400',
    source: 'tyntec',
    url: 'tyntec/botbuilder-adapter-tyntec-whatsapp/test/index.test.js',
    note: 'The "should throw an error when an unsuccessful response is returned" test: sending a WhatsApp text through the adapter, the stubbed axios instance answers 400 "Bad Request" with these four headers and this body (RFC 9457 problem details, as tyntec\'s APIs answer). Headers copied as the source gives them. Judgment call: the body sits in a test, but its `content-length` (129) is the serialized body\'s byte length and the `date` and `server` headers are a live response\'s, so it is read as captured from tyntec\'s API. Cited without a commit: the stored version\'s commit could not be confirmed (the look-up budget ran out). Kind: a 400 with no code and no field-bound error (the problem names no field member; rule 3 finds fields by structure, and "[to]" in the text is no path): bad-request (rule 1; text never decides the kind). Message: the `detail` beats the `title` (rule 2.2); "Mandatory parameter [to] missing" names only which input is missing, by the API\'s name for it, called a parameter ("Parameter component is required", rule 2.1), and the title "Missing parameters" is a generic line ("Parameter is missing", "Missing/invalid parameters"): the default. Code: none stated; the problem `type` is the catalogue\'s base URI, "https://docs.tyntec.com/problems", not one problem\'s, and rule 6 leaves it in doubt. Retry: none.',
    response: {
      status: 400,
      headers: {
        'content-length': '129',
        'content-type': 'application/json',
        date: 'Mon, 23 Aug 2021 08:35:10 GMT',
        server: 'nginx',
      },
      body: {
        type: 'https://docs.tyntec.com/problems',
        title: 'Missing parameters',
        status: 400,
        detail: 'Mandatory parameter [to] missing',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
