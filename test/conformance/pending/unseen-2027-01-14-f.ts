import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-fifth unseen-API holdout, part F (14 January 2027): insurance and insurtech APIs that no other case file uses,
// collected to measure how the reader does at first sight on APIs it was never tuned on. One source was found with
// bodies and statuses within the cap: the Eligible API (eligibleapi.com, a health-insurance eligibility, claims and
// payer-enrollment API that relays payers' X12 answers), whose Node client hassansin/eligible-node keeps nock
// recordings of its own calls to the live service (`https://gds.eligibleapi.com`, `test=true`): each fixture is the
// recorder's output (`scope`, `method`, `path`, `body`, `status`, `response`, `headers`), with the status and the
// headers the server sent. Every body below is copied from those recordings as recorded; of the headers, Content-Length
// and Connection were left out, the rest (Server, Date, Content-Type, the `status` header the server sent,
// Access-Control-Allow-Origin) copied as recorded, and no header was added. Every `expect` was written from the source
// and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: the brief's candidates Bolttech, Embroker, Ladder, Bestow, Wefox, Insurify, Hepstar and Igloo
// (no error body with a status the search tools could reach: product pages, integration guides and partner portals
// behind sign-in; a search for Hepstar found only Hepster's implementation guide, whose stored copy shows requests but
// no error body); Cover Genius (XCover), Qover, Cowbell, Fize, InsureHero and Turris (already sources); Canopy Connect,
// Boost, Sure, Openly, Coalition, Getsafe, Zego and Socotra (looked for and dropped by the thirtieth holdout's part G,
// and again here: the searches reached no error body of theirs); Axle (its overview and policy-actions pages give
// statuses and an `errorCode`/`message` table, never a body); Kota (its RFC 9457 error page's examples are not in the
// stored copy); Vertical Insure (its OpenAPI pages show only the 200 examples); OpenInsure (`{ error: { code:
// "resource_missing", message, request_id } }` printed with a status table but no status beside it, as part G found);
// Unyte and Democrance (codes and messages per status, no body); Curacel (its errors page is cut before its "Likely
// Errors" examples in every stored copy); Guidewire (PolicyCenter's REST framework page names `status`, `errorCode`,
// `userMessage` and `developerMessage`, but no stored page prints a body); Salesforce's Insurance APIs (a code table,
// and Salesforce is already a source); Open Insurance Brasil (its conformance submissions are links to test plans; its
// mock server's bodies are the mock authors'); the CMS Blue Button 2.0 and BCDA Medicare claims APIs (an error-message
// table; "No additional information is returned with a 401"); and two bodies from Eligible's C# client
// (muness/eligible-CSharp `MockFiles/MedicareError.json`, a duplicate-request reject with "Please try again after 24
// hours", and `ClaimFailure.json`, an NPI error item): the test serves them with a 200 its author chose, no recording
// or vendor page gives their status, and a fixture placed by hand is not a recording. Eligible's other recorded 400s
// (`coverage/medicare.json`, `payment/status.json`, `precertification/inquiry.json`) repeat case 1's body word for word
// and were left out for variety. The part is far short of the 25-35 cases and 8 sources asked for: 5 cases from 1
// source, because 32 of the 50 look-ups went to insurers and insurtechs that print tables, schemas or success examples
// but no error body with its status (as part G of the thirtieth holdout also found), 17 to Eligible's two clients and
// one to a last string search that found nothing of the domain; no 401, 404, 429, 5xx, XML, text or non-English body
// turned up.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-14-f`, on 4853c07, src/ unchanged: in the frozen copy /tmp/base55): 2/5 pass, 1 source (kind
// 5/5, message 2/5, fields 5/5, retry 5/5, logId 0/0, code 0/0). Failing at first sight:
// eligible/customers-customer-blank-400, eligible/customers-customer-name-blank-400 and
// eligible/enrollment-npis-enrollment-npi-blank-400 (the kit kept "customer should not be blank.", "customer name
// should not be blank." and "enrollment_npi should not be blank." as the message, capitalized, where rule 2.1 makes a
// line that names only which input is missing generic, as "Missing 'name' parameter" and "Missing required parameter:
// templateId" are: the judgment calls the notes name, the second the closest, as it names the input in words). Every
// other case passed as written, including the judgment calls on Eligible's X12 reject (bad-request, `details` over the
// `…_description` labels, no code among its four `…_code` members) and its claim items named by `param` (validation,
// the default). No expectation was changed after the run (Prettier's line breaks were applied before it).

// Waits in `pending/`: 2/5 now. Its misses: Eligible's three "… should not be blank." lines (naming only which input is
// missing, read both ways in the corpus).

export default [
  // ───────────────────────────── Eligible API ─────────────────────────────
  {
    id: 'eligible/coverage-all-x12-reject-npi-length-400',
    source: 'Eligible API',
    url: 'hassansin/eligible-node/test/fixtures/coverage/all.json@182a1d79ef9ceccccb94ad8d90cebb428d43e8bb',
    note: 'The first interaction of a nock recording of `GET https://gds.eligibleapi.com/v1.5/coverage/all.json?api_key=…&test=true` sent without any member or provider parameter; status 400 and headers as recorded (Content-Length and Connection left out). The `error` object is the payer\'s X12 AAA reject relayed by Eligible. Kind: a 400 without field errors (no item names a field) and without a code any row of rule 1 sorts; `reject_reason_code: "41"` is a number, and its label "Authorization/Access Restrictions" is text, which never decides (rule 1): bad-request. Message: the error object\'s `details`, the one sentence about this occurrence (rule 2.2: a string `details` speaks when nothing else does); `reject_reason_description` is a category line, `follow_up_action_description` "Please Correct and Resubmit" a generic plea and `response_description` "Yes" a lone word (rule 2.1). Judgment calls: a reader taking a `…_description` as the occurrence\'s text (rule 2.2\'s `description`) would give "Authorization/Access Restrictions", which rule 2.1 still makes generic; a reader reading that label or `41` as a refusal would say forbidden. No code stated: four `…_code` members (`response_code`, `agency_qualifier_code`, `reject_reason_code`, `follow_up_action_code`), none named as the code (rule 6 leaves it in doubt). No logId stated: `eligible_id` identifies the transaction, but rule 5 names no `<vendor>_id`.',
    response: {
      status: 400,
      headers: {
        server: 'nginx/1.8.0',
        date: 'Fri, 25 Dec 2015 23:08:45 GMT',
        'content-type': 'application/json',
        status: '400 Bad Request',
        'access-control-allow-origin': '*',
      },
      body: {
        created_at: '2015-12-25T23:08:45Z',
        eligible_id: '8I8NV7XXSSVKJ0',
        error: {
          response_code: 'Y',
          response_description: 'Yes',
          agency_qualifier_code: '',
          agency_qualifier_description: null,
          reject_reason_code: '41',
          reject_reason_description: 'Authorization/Access Restrictions',
          follow_up_action_code: 'C',
          follow_up_action_description: 'Please Correct and Resubmit',
          details: 'NPI length should be 10 digits, please correct and resubmit.',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'NPI length should be 10 digits' },
  },
  {
    id: 'eligible/claims-required-sections-missing-400',
    source: 'Eligible API',
    url: 'hassansin/eligible-node/test/fixtures/claim/create.json@59c738a2f1cf7bab854030fdc00718bf7fab86f4',
    note: "The first interaction of a nock recording of `POST https://gds.eligibleapi.com/v1.5/claims` with only `api_key` and `test`; status 400 and headers as recorded (Content-Length and Connection left out). Kind: a 400 whose `errors` items each name their field in `param` (a path-like member, rule 3) and carry a `message`: validation (rule 1); each item's code says an input is required (`…_required`, as `proof_jwt_is_required` is a validation code). Fields: `billing_provider`, `payer`, `subscriber`, `claim`, each with its message. Message: only field messages, and no envelope sentence (`success: false` holds no `data`): the default (rule 2.4). No code stated: four items with four codes (rule 6 names no single one).",
    response: {
      status: 400,
      headers: {
        server: 'nginx/1.8.0',
        date: 'Sun, 10 Jan 2016 06:38:19 GMT',
        'content-type': 'application/json',
        status: '400 Bad Request',
        'access-control-allow-origin': '*',
      },
      body: {
        success: false,
        created_at: '2016-01-10T06:38:19Z',
        errors: [
          {
            code: 'billing_provider_required',
            param: 'billing_provider',
            message: 'The billing provider is required',
            expected_value: null,
          },
          { code: 'payer_required', param: 'payer', message: 'Payer is required', expected_value: null },
          {
            code: 'subscriber_required',
            param: 'subscriber',
            message: 'The subscriber is required',
            expected_value: null,
          },
          { code: 'claim_required', param: 'claim', message: 'The claim is required', expected_value: null },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['billing_provider', 'The billing provider is required'],
        ['payer', 'Payer is required'],
        ['subscriber', 'The subscriber is required'],
        ['claim', 'The claim is required'],
      ],
    },
  },
  {
    id: 'eligible/customers-customer-blank-400',
    source: 'Eligible API',
    url: 'hassansin/eligible-node/test/fixtures/customer/create.json@922130b19545f189ec8066a01094e993065b0f58',
    note: 'The first interaction of a nock recording of `POST https://gds.eligibleapi.com/v1.5/customers` with only `api_key` and `test`; status 400 and headers as recorded (Content-Length and Connection left out). Kind: a 400 whose only member is the sentence under `error` (the envelope\'s text, no field: rule 3), with no code: bad-request (rule 1; text never decides). Message: "customer should not be blank." names only which parameter is missing, by its API key (`customer`), generic under rule 2.1 as "Missing \'name\' parameter" and "Missing required parameter: templateId" are: the default. Judgment call: a reader keeping short lines about one input would keep it. No code.',
    response: {
      status: 400,
      headers: {
        server: 'nginx/1.8.0',
        date: 'Sun, 24 Jan 2016 09:10:28 GMT',
        'content-type': 'application/json',
        status: '400 Bad Request',
        'access-control-allow-origin': '*',
      },
      body: { error: 'customer should not be blank.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'eligible/customers-customer-name-blank-400',
    source: 'Eligible API',
    url: 'hassansin/eligible-node/test/fixtures/customer/create.json@922130b19545f189ec8066a01094e993065b0f58',
    note: 'The second interaction of the same recording: `POST /v1.5/customers` with `customer: "foo"` (a string, not an object with a `name`); status 400 and headers as recorded (Content-Length and Connection left out). Kind: bad-request, as the case before (a sentence under `error`, no field, no code; rule 1). Message: "customer name should not be blank." names only which input is missing, generic under rule 2.1: the default. Judgment call: unlike the case before it names the input in words ("customer name") rather than by its key, and a reader drawing the fifty-second reading\'s line (a person\'s words kept, a parameter named by its API key the default) would keep it. No code.',
    response: {
      status: 400,
      headers: {
        server: 'nginx/1.8.0',
        date: 'Sun, 24 Jan 2016 09:10:29 GMT',
        'content-type': 'application/json',
        status: '400 Bad Request',
        'access-control-allow-origin': '*',
      },
      body: { error: 'customer name should not be blank.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'eligible/enrollment-npis-enrollment-npi-blank-400',
    source: 'Eligible API',
    url: 'hassansin/eligible-node/test/fixtures/enrollment/create.json@76559b552f69462d9f40fa7872669442acfda14a',
    note: 'The first interaction of a nock recording of `POST https://gds.eligibleapi.com/v1.5/enrollment_npis` with only `api_key` and `test`; status 400 and headers as recorded (Content-Length and Connection left out). Kind: a 400 with a sentence under `error`, no field and no code: bad-request (rule 1). Message: "enrollment_npi should not be blank." names only which parameter is missing, by its API key: generic under rule 2.1, the default. No code: `error` holds a sentence, not a code.',
    response: {
      status: 400,
      headers: {
        server: 'nginx/1.8.0',
        date: 'Mon, 25 Jan 2016 13:00:00 GMT',
        'content-type': 'application/json',
        status: '400 Bad Request',
        'access-control-allow-origin': '*',
      },
      body: { error: 'enrollment_npi should not be blank.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
