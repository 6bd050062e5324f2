import { DEFAULT, type ConformanceCase } from '../types';

// Forty-sixth unseen-API holdout, part E (5 January 2027): quantum-computing clouds and their job APIs, and scientific
// computing services reached by API, that no other case file uses: the IBM Quantum Platform's Qiskit Runtime REST API
// (api.quantum.ibm.com/runtime), the legacy IBM Quantum Experience API (quantumexperience.ng.bluemix.net and
// api.quantum-computing.ibm.com/api), IQM Resonance, the NERSC IRI Facility API (api.iri.nersc.gov, the DOE Integrated
// Research Infrastructure's job and status API at NERSC), the Technology Innovation Institute's Qibo cloud, Quantinuum
// Nexus and Superstaq (Infleqtion), collected to measure how the reader does at first sight on APIs it was never tuned
// on. Candidates named by the brief: IBM Quantum Platform / Qiskit Runtime, IonQ, Amazon Braket, Azure Quantum, Rigetti
// QCS, Quantinuum, Xanadu Cloud, D-Wave Leap SAPI, Pasqal, Oxford Quantum Circuits, qBraid, Strangeworks, Quandela, AQT
// Arnica, IQM Resonance, Classiq, Zapata Orquestra, QuEra, Wolfram|Alpha and Wolfram Cloud, Rescale and Inductiva.
// Every body was copied from public material named in `url`: public issues and pull requests that paste a captured
// response with its status (requests' "401 Client Error: Unauthorized for url: …" before the body, Qiskit's "Got a 400
// code response to …: {…}", CUDA-Q's "HTTP POST Error - status code 400: : {…}", a conformance checker's "[404] Not
// Found:"), an IQM engineer's example of what its Resonance layer answers (status from the client branch that prints
// it), an IBM developer's example of the Runtime service's 503 body, and Qiskit's reference page for `ResultError`,
// which prints "the error record as it comes back from the API" as a Python dict (transcribed to JSON, quotes only).
// Where a status is not printed beside the body, the note says where it came from (the body's own `status`, the client
// branch, an HTML page's title). Two bodies were trimmed as shown: IBM's 401 whose issue elided the `trace` value as
// "..." (copied as "..."), and Superstaq's Google front-end HTML page, cut after its `<title>` because the stored issue
// was itself cut inside the page's style. No header was shown beside any of these bodies and none was added. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Wolfram|Alpha (the Short Answers API's 501 text bodies "No short answer available" and
// "Wolfram|Alpha did not understand your input" appear in clients' code, and a live Full Results API XML error,
// `<queryresult success='false' error='true' …><error><code>1</code><msg>Invalid appid</msg></error></queryresult>`, in
// an F# type-provider sample, but the index gave those files without their repositories, so they could not be named;
// the vendor's reference pages were stored only up to their getting-started sections), Wolfram Cloud (no APIFunction
// failure body found), IonQ (its error-codes pages print a templated `{ 'error': 'Error Name', 'message': 'A
// description of the specific error conditions.', 'statusCode': 400 }`; the `failure: { code: "PreflightError", error:
// "Internal Server Error" }` an issue pastes sits inside a 200 job listing, not an error response), Amazon Braket
// (errors reach issues only as botocore's "An error occurred (ValidationException) when calling the CreateQuantumTask
// operation: …", and QuEra's Bloqade rewraps the same text; no body), Azure Quantum (azure-quantum-python's recorded
// cassettes hold jobs that fail inside 200 bodies; the recording of a 401 with API keys disabled could not be located
// within the cap; `{'error_code': 1010, 'error_name': 'JobSubmissionFailed', …}` in an issue is the client's own
// error), D-Wave Leap SAPI (issues show only the client's exceptions, "Internal SAPI Error (reference # - …). Contact
// System Administrator" and "Token not accepted for that action.", never the SAPI body; its REST reference was not
// reached), Quantinuum's machine API (`{'error': {'code': 1, 'text': "object of type 'NoneType' has no len()"}}`, a
// Python repr printed by pytket without the status), Rigetti (pyQuil's `{'message': 'Forbidden'}` without a status),
// Xanadu Cloud (Strawberry Fields prints a reworded "(validation-error): … ({'circuit': ["The program must specify a
// 'shots' parameter."]})", not the body), AQT (qiskit-aqt-provider prints "Not enough qubits: available qubits=0,
// requested=4" from a 413's `detail`, without the body), IBM Quantum bodies pasted without a status (code 1200 "You are
// not authorized to perform this action.", code 1291 "Job not found. Job ID: …", and `{"code":"not_found",
// "message":"device not found"}`), IBM's client-reworded "Input type not allowed by device., Error code: 3265." and
// "Login failed., Error code: 3446.", Superstaq's client text "Non-retriable error making request to SuperstaQ API,
// Forbidden", qBraid (its v2 reference prints only 200 examples; "Not enough qbraid credits" reached an issue through
// botocore's wrapper), the NERSC IRI implementation's `EXAMPLE_501` (an OpenAPI example in the server's source), and
// Pasqal, Quandela, Oxford Quantum Circuits, Classiq, Strangeworks, Zapata, Rescale and Inductiva (no captured body
// with a status found within the cap). Judgment calls on sources: "IBM Quantum Platform" shares its first word with the
// corpus's "IBM Cloud" (IBM's Node SDK core) and "IBM Watson Assistant"; it is a different product with its own hosts
// and error envelope (`errors[]` with numeric codes and `trace`), so it was taken; the legacy IBM Quantum Experience
// API (a LoopBack `error` envelope with capitalised codes) is counted as a source of its own. The NERSC IRI Facility
// API is no paid service but a scientific-computing job API, taken as of the same domain. No rate-limit header, no XML
// body and no non-English body turned up within the cap: the part holds 13 cases from 7 sources, under the brief's aim
// of 25, because 59 of the 60 look-ups were spent finding bodies printed beside a status (one was left unspent); this
// domain's clients mostly reword the server's answer or print only the status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-05-e`, on 4a80784, src/ unchanged: in the frozen copy /tmp/base46): 11/13 pass, 7 sources
// (kind 12/13, message 12/13, fields 13/13, retry 13/13, logId 1/1, code 5/5). Failing at first sight:
// ibm-quantum-experience/not-credits-available-403 (forbidden: the code `NOT_CREDITS_AVALIABLES`, credits that are
// spent, not read as a quota code, rule 1's "credits spent are a quota", so the 403 decided; a judgment call the note
// names, no row listing the code by name, where the reader does read `MAX_CREDITS_EXCEEDED` as one);
// nersc-iri/sbatch-qos-policy-rejection-404 (the message "Error awaiting results: sbatch: error:
// QOSMaxWallDurationPerJobLimit sbatch: error: Batch job submission failed: …" kept whole, where rule 2.3 reads Slurm's
// relayed stderr lines as developer text and gives the default; a judgment call the note names). Every other case
// passed as written, including the judgment calls on IBM's "Invalid credentials." (kept) and its numeric codes,
// "Generic error" (the default), `MAX_CREDITS_EXCEEDED` (rate-limited), IQM's `error_id` (the support id), Qibo's
// class-validator line as the field `circuit`, and Superstaq's trimmed HTML page (IBM's `trace` and
// `service_unavailable` were left unstated, so not scored). No expectation was changed after the run.

// Scored in `cases/` the stop it was collected (6 December), at 13/13 (IBM Quantum's `NOT_CREDITS_AVALIABLES` is a
// quota code, and Slurm's "sbatch: error: …" a command-line tool's report for developers, since).

export default [
  // ───────────────────────────── IBM Quantum Platform (Qiskit Runtime REST API) ─────────────────────────────
  {
    id: 'ibm-quantum-runtime/invalid-credentials-1201-401',
    source: 'IBM Quantum Platform (Qiskit Runtime REST API)',
    url: 'https://github.com/Qiskit/qiskit-ibm-runtime/issues/1491',
    note: 'The body qiskit-ibm-runtime printed after "401 Client Error: Unauthorized for url: https://api.quantum.ibm.com/runtime/jobs." (requests\' status line beside the body). The issue elided the `trace` value as "..."; copied as shown. No header shown. Kind: 401, unauthenticated (rule 1). Message: the lone item\'s `message`, "Invalid credentials." (rule 2.2: a lone item of `errors` speaks for the envelope), a credential line kept as the corpus keeps "Invalid credentials" (the forty-first sample\'s note); `solution` ("Verify your credentials and try again.") is advice no rule names as the message. Judgment call: a reader could call "Invalid credentials." a line that only names what is invalid and give the default. Code: the item\'s numeric `code` 1201, IBM\'s documented error code (rule 6: item-level code, a number as a string). logId not stated: `trace` is a name rule 7 lists among debug members, though IBM means a request trace id (and here it was elided).',
    response: {
      status: 401,
      body: {
        errors: [
          {
            code: 1201,
            message: 'Invalid credentials.',
            solution: 'Verify your credentials and try again.',
            more_info: 'https://cloud.ibm.com/apidocs/quantum-computing#error-handling',
          },
        ],
        trace: '...',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials', code: '1201' },
  },
  {
    id: 'ibm-quantum-runtime/jobs-endpoint-session-1208-400',
    source: 'IBM Quantum Platform (Qiskit Runtime REST API)',
    url: 'https://github.com/Quantinuum/pytket-qiskit/issues/288',
    note: 'The body qiskit-ibm-runtime printed after "400 Client Error: Bad Request for url: https://api.quantum.ibm.com/runtime/jobs." (the status line beside it); this error carried no `trace`. No header shown. Kind: a 400 with one item, no field and a numeric code no rule names: bad-request (rule 1; "Request validation of body failed" is text, and text never decides). Message: the item\'s `message`; "Request validation of body failed, because:" is a generic headline before a sentence of its own (rule 2.1, Apify\'s), so the expected substring is taken from the sentence after it, which is in the message either way. Code: 1208 (rule 6).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message:
              'Request validation of body failed, because: Starting a session using the /jobs endpoint will no longer be supported after March 31, 2024. If you are using qiskit-ibm-runtime, please upgrade it before this date. If you are calling the API directly, please use the /sessions endpoint instead.',
            code: 1208,
            more_info: 'https://docs.quantum-computing.ibm.com/errors',
          },
        ],
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Starting a session using the /jobs endpoint will no longer be supported',
      code: '1208',
    },
  },
  {
    id: 'ibm-quantum-runtime/backend-unavailable-503',
    source: 'IBM Quantum Platform (Qiskit Runtime REST API)',
    url: 'https://github.com/Qiskit/qiskit-ibm-runtime/issues/644',
    note: 'The body an IBM Quantum developer gave as what the Qiskit Runtime service returns "when a 503 is returned from the service due to backend being unavailable" ("Example of expected body from qiskit runtime", captured on the service\'s test host us-east.quantum-computing.test.cloud.ibm.com); the status is the issue\'s 503. Provenance judgment: the service team\'s own example of its answer, taken as a vendor\'s printed body. No header shown. Kind: 503, unavailable (and `service_unavailable` on a 5xx says the same, rule 1). Message: the item\'s `message`, a sentence for the person after a short label ("backend is unavailable:"); the substring is taken from the bracketed sentence. Retry: none ("try again later" names no time, rule 4.4). Code not stated: `service_unavailable` restates the 503\'s reason phrase, which says no more than the status (the nineteenth holdout\'s row). logId not stated: `trace` (rule 7 lists it among debug members).',
    response: {
      status: 503,
      body: {
        errors: [
          {
            code: 'service_unavailable',
            message: 'backend is unavailable: [Backend backend1 is currently not accepting jobs, try again later.]',
            more_info: 'https://cloud.ibm.com/apidocs/quantum-computing#error-handling',
          },
        ],
        trace: 'ce8daktphcl2meq7anq0',
      },
    },
    expect: { kind: 'unavailable', message: 'Backend backend1 is currently not accepting jobs' },
  },

  // ───────────────────────────── IBM Quantum Experience API (legacy) ─────────────────────────────
  {
    id: 'ibm-quantum-experience/generic-error-jobs-400',
    source: 'IBM Quantum Experience API (legacy)',
    url: 'https://github.com/Qiskit/qiskit-tutorials/issues/262',
    note: 'Qiskit\'s log line "Got a 400 code response to https://quantumexperience.ng.bluemix.net/api/Jobs?access_token=…: {…}" prints the status beside the body (the same body is printed by qiskit-community/qiskit-aqua#575 for /api/Jobs). No header shown. Kind: a 400 without fields; `GENERIC_ERROR` is no validation, credential or quota code: bad-request (rule 1). Message: "Generic error" says only that an error happened, a generic summary as "Error" is (rule 2.1): the default. Judgment call: a reader could keep the two words as a sentence. Code: `GENERIC_ERROR` (rule 6, an explicit `code`).',
    response: { status: 400, body: { error: { status: 400, message: 'Generic error', code: 'GENERIC_ERROR' } } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'GENERIC_ERROR' },
  },
  {
    id: 'ibm-quantum-experience/not-credits-available-403',
    source: 'IBM Quantum Experience API (legacy)',
    url: 'https://github.com/qiskit-community/qiskit-aqua/issues/575',
    note: 'Qiskit\'s log line "Got a 403 code response to /api/Network/ibm-q/Groups/open/Projects/main/jobs: {…}" prints the status beside the body (the vendor\'s spelling "AVALIABLES" kept). No header shown. Kind: `NOT_CREDITS_AVALIABLES` says the account has no credits left; credits spent are a quota (rule 1, the twenty-eighth holdout\'s row; CloudConvert\'s `CREDITS_EXCEEDED`), and a quota code decides on any status: rate-limited. Judgment call: the other reading is forbidden (the 403, with a code no row lists by name). Message: `message` repeats the code in capitals, a code and no sentence (rule 2.1): the default. Retry: none. Code: `NOT_CREDITS_AVALIABLES` (`code`; `name` holds the same).',
    response: {
      status: 403,
      body: {
        error: {
          statusCode: 403,
          name: 'NOT_CREDITS_AVALIABLES',
          message: 'NOT_CREDITS_AVALIABLES',
          code: 'NOT_CREDITS_AVALIABLES',
        },
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, code: 'NOT_CREDITS_AVALIABLES' },
  },
  {
    id: 'ibm-quantum-experience/max-credits-exceeded-403',
    source: 'IBM Quantum Experience API (legacy)',
    url: 'https://quantum.cloud.ibm.com/docs/api/qiskit/qiskit.result.ResultError',
    note: 'Qiskit\'s reference for `qiskit.result.ResultError` prints "the error record as it comes back from the API" as a Python dict; transcribed to JSON (quotes only). Status: the record\'s own `status` (403). Whether the HTTP body wrapped the record in `error`, as the API\'s other bodies do, is not shown; copied as shown. No header shown. Kind: `MAX_CREDITS_EXCEEDED` is a quota code (credits spent, rule 1), which decides on any status: rate-limited. Judgment call: the other reading is forbidden. Message: "Your credits are not enough." (rule 2). Code: `MAX_CREDITS_EXCEEDED` (rule 6).',
    response: {
      status: 403,
      body: { status: 403, message: 'Your credits are not enough.', code: 'MAX_CREDITS_EXCEEDED' },
    },
    expect: { kind: 'rate-limited', message: 'Your credits are not enough', code: 'MAX_CREDITS_EXCEEDED' },
  },
  {
    id: 'ibm-quantum-experience/authorization-required-get-job-401',
    source: 'IBM Quantum Experience API (legacy)',
    url: 'https://github.com/Qiskit/qiskit-api-py/issues/67',
    note: '"The reply from the server was:" this body, for `api.get_job()` on a job id the user did not own (a maintainer notes the same reply for a wrong id). Status: the body\'s own `status` and `statusCode` (401). No header shown. Kind: 401, unauthenticated (a code never turns a 401 into anything else, rule 1). Message: "Authorization Required" is the 401\'s reason phrase as Apache and nginx write it (rule 2.1): the default. Code not stated: `AUTHORIZATION_REQUIRED` only restates the 401 (rule 6), and `name: "Error"` is a category word.',
    response: {
      status: 401,
      body: {
        error: {
          name: 'Error',
          status: 401,
          message: 'Authorization Required',
          statusCode: 401,
          code: 'AUTHORIZATION_REQUIRED',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── IQM Resonance ─────────────────────────────
  {
    id: 'iqm-resonance/shots-over-maximum-400',
    source: 'IQM Resonance',
    url: 'https://github.com/iqm-finland/iqm-client/pull/120',
    note: "An IQM engineer's example of what the Resonance layer answers to a circuit submission, printed by iqm-client as \"ClientConfigurationError: Client configuration error: {…}\". Status: the diff in the same review raises `ClientConfigurationError(f'Client configuration error: {result.text}')` only when `result.status_code == 400`. No header shown. Kind: a 400 without fields or a code: bad-request (rule 1; text never decides, though the line names the shot count). Message: the sentence in `message` (rule 2). logId: `error_id`, an `errorId` by the shape of its name (rule 5). No code.",
    response: {
      status: 400,
      body: {
        message: 'Cannot submit job with 10000 shots, the maximum is 1000',
        error_id: '0662b84f-d087-7dda-8000-83d19914f7aa',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Cannot submit job with 10000 shots, the maximum is 1000',
      logId: '0662b84f-d087-7dda-8000-83d19914f7aa',
    },
  },

  // ───────────────────────────── NERSC IRI Facility API ─────────────────────────────
  {
    id: 'nersc-iri/sbatch-qos-policy-rejection-404',
    source: 'NERSC IRI Facility API',
    url: 'https://github.com/doe-iri/iri-facility-api-python/issues/51',
    note: 'The "Example response" of a job submission to NERSC Perlmutter through https://api.iri.nersc.gov/api/v1 (3 March 2026), which the issue says came with HTTP 404 (an RFC 9457 problem; the body\'s own `status` agrees). No header shown. Kind: 404, not-found (rule 1: nothing turns a 404 into another kind; the issue asks for a 400, which the maintainers later made). Message: `title` is the bare reason phrase, and `detail` is Slurm\'s `sbatch` stderr relayed after "Error awaiting results:", log lines of another program (rule 2.3: a report of what the backend answered, log lines): the default. Judgment call: the other reading keeps "Batch job submission failed: Job violates accounting/QOS policy …" as the person\'s sentence. Code not stated: the problem type\'s last segment `not-found` restates the status. No logId (no `instance`).',
    response: {
      status: 404,
      body: {
        type: 'https://api.iri.nersc.gov/problems/not-found',
        status: 404,
        title: 'Not Found',
        detail:
          "Error awaiting results: sbatch: error: QOSMaxWallDurationPerJobLimit\nsbatch: error: Batch job submission failed: Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)\n",
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'nersc-iri/unsupported-method-put-404',
    source: 'NERSC IRI Facility API',
    url: 'https://github.com/doe-iri/iri-facility-api-python/issues/10',
    note: 'A conformance check of the Python implementation running at NERSC against the IRI OpenAPI spec: "Unsupported method PUT returned 404, expected 405 Method Not Allowed", then "[404] Not Found:" and this body (FastAPI\'s stock answer). No header shown. Kind: 404, not-found. Message: "Not Found" is the bare reason phrase (rule 2.1): the default. No code.',
    response: { status: 404, body: { detail: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── TII Qibo Cloud ─────────────────────────────
  {
    id: 'tii-qibo-cloud/circuit-must-be-an-object-400',
    source: 'TII Qibo Cloud',
    url: 'https://github.com/NVIDIA/cuda-quantum/issues/5333',
    note: 'CUDA-Q\'s REST client printed "HTTP POST Error - status code 400: : {…}" when its nightly job sent the circuit as an OpenQASM string to the Technology Innovation Institute\'s Qibo cloud, which had begun requiring an object. No header shown. NestJS\'s ValidationPipe shape: class-validator messages in `message` begin with the property path (rule 3), so "circuit must be an object" is a field error for `circuit`, and a 400 with field errors is validation (rule 1). Message: `error` is the reason phrase and the only other text is the field\'s: the default (rule 2.4). Code not stated: `error: "Bad Request"` restates the status.',
    response: {
      status: 400,
      body: { message: ['circuit must be an object'], error: 'Bad Request', statusCode: 400 },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['circuit', 'must be an object']] },
  },

  // ───────────────────────────── Quantinuum Nexus ─────────────────────────────
  {
    id: 'quantinuum-nexus/results-endpoint-moved-404',
    source: 'Quantinuum Nexus',
    url: 'https://github.com/NVIDIA/cuda-quantum/pull/3983',
    note: 'CUDA-Q\'s REST client printed "HTTP GET Error - status code 404: : {…}" when it fetched results from a Quantinuum Nexus (QSYS) endpoint path the service had since replaced (the PR moves it to `v1beta2/partial`). No header shown. Kind: 404, not-found. Message: the bare reason phrase (rule 2.1): the default. No code.',
    response: { status: 404, body: { detail: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Superstaq (Infleqtion) ─────────────────────────────
  {
    id: 'superstaq/user-info-google-frontend-html-400',
    source: 'Superstaq (Infleqtion)',
    url: 'https://github.com/Infleqtion/client-superstaq/issues/1059',
    note: "What `_SuperstaqClient.get_user_info()` received from Superstaq for a malformed request, printed whole by `SuperstaqServerException`: the Google front end's HTML error page. Trimmed after its `<title>`: the stored issue continues with the page's inline style (and was cut inside it), so the rest is left out, nothing added. Status: the page's own title, \"Error 400 (Bad Request)\". No header shown (none added; the kit sees a string body). Kind: 400 without a code: bad-request. Message: an HTML page gives no message (rule 2.5): the default. No code.",
    response: {
      status: 400,
      body: '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n  <title>Error 400 (Bad Request)!!1</title>\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
