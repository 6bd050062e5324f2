import { DEFAULT, type ConformanceCase } from '../types';

// Seventieth unseen-API holdout, part BL (29 January 2027): vendors' error responses kept by workflow-automation and
// integration platforms that hold one integration per third-party API, found by where the bodies are recorded: the
// Sell API of Zendesk Sell (formerly Base CRM, api.getbase.com; its own Zapier platform app, zendesk/zendesk-sell-
// for-zapier, replies with the API's error body in its nock tests), Gorgias (a helpdesk; a Pipedream user-request
// issue pasting what the Gorgias action received, with its status), FullStory (an Activepieces issue pasting the HTTP
// piece's `{ response: { status, body } }` output), Pipedream's own REST API (its CLI's "component create api call
// responded with status: 400, body: …", pasted in a Pipedream pull request) and Sailthru (an e-mail marketing API;
// the nock recordings that Grouparoo, a customer-data sync platform with one plugin per destination, keeps for its
// Sailthru plugin, recorded from the live API with their headers). They were collected to measure how the reader does
// at first sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and
// `note`; headers were copied only where the source shows them (Grouparoo's recordings), leaving out Connection and
// Transfer-Encoding, and none was added. No body was mended. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Freshdesk, Pipedrive, HubSpot, Zendesk (Support), Close, Mailchimp, Marketo, Notion, Xero,
// Airtable, Keap, Copper, Help Scout, Mautic, Brevo, Cobot and the other CRMs, helpdesks and marketing tools whose
// APIs are already sources (Notion's 400 and Xero's empty 404 from Activepieces issue #8179 among them); Unisender (a
// Pipedream developer pasted `{ error: "Error ID:…. 'hook_url' - This value is not a valid URL.", code: "invalid_arg"
// }` in PipedreamHQ/pipedream#3822, without a status); FullStory's `{"error":"NotFound"}` (curl's answer quoted in
// the same Activepieces issue, without a status); Freshservice (n8n#19259 names the message "Unexpected/invalid field
// in request" but shows no body; the bodies found were a PowerShell module's, outside this part's domain); Gainsight
// PX (a 401 `{ message: "Unable to authenticate key '…': not a valid API key structure" }` in a Segment
// action-destination test, but the search excerpt did not name its file, so it could not be cited); Oracle Eloqua
// (Grouparoo's Eloqua recordings run to a megabyte and their first pages hold only successes); HaloPSA, Lemlist,
// Salesmate, GoToWebinar, Instantly, Moneybird, Holded, Productive, Kustomer, Salesflare, Nutshell, Zoho Books and
// the vendors' own Zapier apps of OwnerRez, Keeping, simplebilly and CM.com (no error body with its status in the
// stored corpora: the platforms' issues mostly show screenshots, n8n's node errors replace the vendor's body with
// n8n's own sentence, and the Zapier apps' tests call live APIs or mock successes only). No XML body turned up; one
// HTML page did (FullStory's, from Google's front end).
//
// The part holds 7 cases from 5 sources, well under the brief's aim of 25 from 8, for all 60 of the 60 look-ups: the
// semantic issue search answered most vendor-named queries with the platforms' feature requests and generic
// troubleshooting threads, and most platform issues that do report a vendor's error show it as a screenshot or as the
// platform's own wording; the few recorded bodies came from a vendor's own Zapier app, one Pipedream and one
// Activepieces issue, a Pipedream pull request and Grouparoo's recordings. Judgment call: Zendesk Sell is taken as a
// source apart from Zendesk (Support), the corpus's existing source, because it is another product's API (Base CRM's,
// on its own host, with its own error envelope).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-29-bl`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 5/7 pass, 5 sources
// (kind 7/7, message 5/7, fields 7/7, retry 7/7, logId 1/1, code 1/1). Failing at first sight:
// zendesk-sell/unknown-attribute-422 (the kit took the lone field's `details`, "The attribute '/invalid_field' is not
// a known attribute for the 'contact' resource.", as the response's message; the case gives the default, rule 2.4,
// since the only message is the field's); gorgias/no-user-matching-sub-claim-401 (the kit kept "No user found
// matching the "sub" claim of the token." after dropping the leading "401 Unauthorized: "; the case reads a line
// naming the JWT's `sub` claim as token internals, rule 2.3, and gives the default, a judgment call its note names).
// Every other case passed as written, including Zendesk Sell's `details` as the field's message and its `logref` as
// the support id, FullStory's HTML page, Pipedream's JSON-as-text `error` and Sailthru's `errormsg` with no wait read
// from its reset header. No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Zendesk Sell (Base CRM) API ─────────────────────────────
  {
    id: 'zendesk-sell/unknown-attribute-422',
    source: 'Zendesk Sell API (Base CRM)',
    url: 'zendesk/zendesk-sell-for-zapier/src/contact/__test__/unprocessableContact.fixture.json@74a505b7d53848618c60a3d7d9ffafe34f8ad085',
    note: "Zendesk's own Zapier app for Sell keeps this body as a fixture, and its test (src/contact/__test__/contact.action.test.ts) replies with it to `POST https://api.getbase.com/v2/contacts` as `.reply(422, errorResponse)` when the contact carries an unknown attribute; the body restates its status (`meta.http_status: \"422 Unprocessable Entity\"`) and carries a log reference and the API's docs link, as Sell's documented error envelope does. No header shown. Kind: 422, validation (rule 1; the item's code `unknown` names no other kind). Fields: the lone item's error object is a GitHub-style `{ resource, field, code, message, details }` (rule 3), its `field` a JSON Pointer, `/invalid_field`, read as `invalid_field`; its message is the occurrence's `details` (\"The attribute '/invalid_field' is not a known attribute for the 'contact' resource.\") over the type-level `message` (\"unknown attribute\"), rule 2.2 and rule 3 (`details` is an item's message). Judgment call: a reader could give the field the short `message`. Message: only a field message, so the kind's default (rule 2.4). logId: `meta.logref`, a log reference holding a token (rule 5, Help Scout's `logRef`; a body's `meta` is read as its envelope). No code stated: the item's `unknown` is a lone word in small letters, and rule 6 leaves it in doubt.",
    response: {
      status: 422,
      body: {
        errors: [
          {
            error: {
              resource: 'contact',
              field: '/invalid_field',
              code: 'unknown',
              message: 'unknown attribute',
              details: "The attribute '/invalid_field' is not a known attribute for the 'contact' resource.",
            },
            meta: {
              type: 'error',
              links: { more_info: 'https://developers.getbase.com/docs/rest/articles/errors' },
            },
          },
        ],
        meta: {
          type: 'errors',
          http_status: '422 Unprocessable Entity',
          logref: 'b5h8u-qn0oj-8mr2n-94mug',
          links: { more_info: 'https://developers.getbase.com/docs/rest/articles/errors' },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['invalid_field', 'not a known attribute']],
      logId: 'b5h8u-qn0oj-8mr2n-94mug',
    },
  },
  {
    id: 'zendesk-sell/oauth-token-invalid-client-401',
    source: 'Zendesk Sell API (Base CRM)',
    url: 'zendesk/zendesk-sell-for-zapier/src/auth/__test__/authentication.test.ts@74a505b7d53848618c60a3d7d9ffafe34f8ad085',
    note: "The same app's OAuth test (\"throws exception when different code than 200 is returned\") replies to `POST https://api.getbase.com/oauth2/token` with `.reply(401, {error: 'invalid_client'})`, the token endpoint's answer to a client it does not know, a JavaScript object literal written back as JSON. Judgment call: the body is the vendor's own test's, shorter than a captured one (OAuth's token errors may add an `error_description`), and is kept as the vendor wrote it. No header shown. Kind: 401, unauthenticated (rule 1; `invalid_client` is a credential code too). Message: a code alone, no sentence: the default (rule 2.1). Code: OAuth's `error` (rule 6).",
    response: { status: 401, body: { error: 'invalid_client' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },

  // ───────────────────────────── Gorgias API ─────────────────────────────
  {
    id: 'gorgias/no-user-matching-sub-claim-401',
    source: 'Gorgias API',
    url: 'https://github.com/PipedreamHQ/pipedream/issues/17340',
    note: 'A user-request issue filed through Pipedream\'s form for the Gorgias (OAuth) app: "Summary: Error 401", then "we have a problem with an 401 Error with the following text:" and the body the `create-ticket` action\'s `_makeRequest` received, followed by its stack. The form\'s "Edit" label run into the body (`Edit{"error":…}`) is left out, and the stack too. Status: 401, as the summary and the text say and the body restates. No header shown. Kind: 401, unauthenticated (rule 1). Message: "401 Unauthorized: " restates the status and is dropped (rule 2.1); what is left, "No user found matching the \\"sub\\" claim of the token.", reports a check of the token\'s claims by the JWT claim\'s name, token internals (rule 2.3; the sixty-ninth holdout\'s row: a token\'s claims that could not be validated): the default. Judgment call: a reader could keep the line as saying the account behind the token is gone, which signing in again would fix. No code stated (`msg` holds only text).',
    response: {
      status: 401,
      body: { error: { msg: '401 Unauthorized: No user found matching the "sub" claim of the token.' } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── FullStory API ─────────────────────────────
  {
    id: 'fullstory/malformed-request-400-html',
    source: 'FullStory API',
    url: 'https://github.com/activepieces/activepieces/issues/2905',
    note: "The Activepieces HTTP piece's output for `GET https://api.fullstory.com/operations/v1/…` pasted in the issue: `{ response: { status: 400, body: \"…\" }, request: { body: {} } }`; the body is the string shown there, unescaped (Google's front end's stock page, which FullStory's API sits behind). No header shown (the piece prints none). Kind: 400 without a code or fields, bad-request (rule 1). Message: an HTML page gives no message (rule 2.5), however plain its `<h2>` line: the default. No code.",
    response: {
      status: 400,
      body: '\n<html><head>\n<meta http-equiv="content-type" content="text/html;charset=utf-8">\n<title>400 Bad Request</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n<h1>Error: Bad Request</h1>\n<h2>Your client has issued a malformed or illegal request.</h2>\n<h2></h2>\n</body></html>\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Pipedream REST API ─────────────────────────────
  {
    id: 'pipedream-api/component-create-options-not-supported-400',
    source: 'Pipedream REST API',
    url: 'https://github.com/PipedreamHQ/pipedream/pull/3128',
    note: 'A Pipedream engineer\'s comment on the pull request, publishing the Jira components to his account with the `pd` CLI: "component create api call responded with status: 400, body: {…}". No header shown. The body holds its error as JSON written as text in `error` (`{"name":"UserError","message":"options not supported for prop transition"}`), kept as sent. Kind: 400 without a code read from the body or fields, bad-request (rule 1; the `UserError` inside the string is not parsed). Message: JSON as text is developer text (rule 2.3): the default. Judgment call: a reader could unwrap the string and keep its `message`, a line for the component\'s author anyway. No code stated.',
    response: {
      status: 400,
      body: { error: '{"name":"UserError","message":"options not supported for prop transition"}' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Sailthru API ─────────────────────────────
  {
    id: 'sailthru/user-not-found-with-email-400-headers',
    source: 'Sailthru API',
    url: 'grouparoo/grouparoo/plugins/@grouparoo/sailthru/__tests__/fixtures/export-profile.js@0306aae22dbc4df3427241b74d7c97d3d49b899f',
    note: 'Grouparoo\'s nock recording of `GET https://api.sailthru.com/user?…&json={"id":"brian@bleonard.com","key":"email",…}` (the first reply in the file): `.reply(400, { error: 99, errormsg: "User not found with email: brian@bleonard.com" }, [headers])`, the headers as recorded except Connection and Transfer-Encoding. Kind: 400; `error: 99` is Sailthru\'s error number, no word any row of rule 1 names, and the text never decides ("not found" is prose): bad-request. Judgment call: a reader could want not-found, as the sentence says. Message: `errormsg` is a message member by its shape (rule 5\'s `err_msg`, `errMsg`), and "User not found with email: …" a sentence for the person (rule 2.1). Retry: none: `X-Rate-Limit-Reset` is read only when the kind is rate-limited (rule 4.2), and 35999 of 36000 remain. No code stated: rule 6 names no `error` member holding a number. No support id in body or headers.',
    response: {
      status: 400,
      headers: {
        Date: 'Mon, 13 Apr 2020 04:05:04 GMT',
        Server: 'Sailthru',
        'X-Content-Type-Options': 'nosniff',
        'X-XSS-Protection': '1; mode=block',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Rate-Limit-Limit': '36000',
        'X-Rate-Limit-Remaining': '35999',
        'X-Rate-Limit-Reset': '1586750760',
        'Content-Type': 'application/json',
      },
      body: { error: 99, errormsg: 'User not found with email: brian@bleonard.com' },
    },
    expect: { kind: 'bad-request', message: 'User not found with email' },
  },
  {
    id: 'sailthru/user-not-found-with-sid-400-headers',
    source: 'Sailthru API',
    url: 'grouparoo/grouparoo/plugins/@grouparoo/sailthru/__tests__/fixtures/export-profile.js@0306aae22dbc4df3427241b74d7c97d3d49b899f',
    note: 'The same recording, after the plugin deleted the user: `GET https://api.sailthru.com/user?…&json={"id":"5e93e4f06d7b516cdf0917d4","key":"sid",…}` answered `.reply(400, { error: 99, errormsg: "User not found with sid: 5e93e4f06d7b516cdf0917d4" }, [headers])`, the headers as recorded except Connection and Transfer-Encoding. Kind: bad-request, as above. Message: `errormsg`, kept: "User not found" is a person\'s words, and the line says which record was looked for. Judgment call: the record is named by Sailthru\'s own id (`sid`) and its hex value, which a reader could read as a line naming only an input by the API\'s name (rule 2.1) and give the default. Retry: none (as above). No code stated.',
    response: {
      status: 400,
      headers: {
        Date: 'Mon, 13 Apr 2020 04:05:10 GMT',
        Server: 'Sailthru',
        'X-Content-Type-Options': 'nosniff',
        'X-XSS-Protection': '1; mode=block',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Rate-Limit-Limit': '36000',
        'X-Rate-Limit-Remaining': '35985',
        'X-Rate-Limit-Reset': '1586750760',
        'Content-Type': 'application/json',
      },
      body: { error: 99, errormsg: 'User not found with sid: 5e93e4f06d7b516cdf0917d4' },
    },
    expect: { kind: 'bad-request', message: 'User not found with sid' },
  },
] satisfies ConformanceCase[];
