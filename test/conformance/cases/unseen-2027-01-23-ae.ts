import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-fourth unseen-API holdout, part AE (23 January 2027): third-party API error responses as large open-source web
// applications' integrations meet them, in their test suites and in the issues their users file. Six APIs no other case
// file uses: Cursor's Cloud Agents API (Sentry's coding-agent integration, whose client tests keep the two error lines
// its code parses), the Microsoft Teams incoming webhook of Office 365 Connectors (the channel GitLab, Discourse,
// FreeScout, GLPI and Prometheus bridges post to; captures in public issues, four of them text sent with a 400 and two
// the connector's 200 that wraps the Teams endpoint's failure), Power Automate's request trigger (the "Workflows"
// webhooks that replaced those connectors; Azure Logic Apps' engine, two captures with their status), ManageEngine
// ServiceDesk Plus Cloud's v3 API (its common error table prints each body beside its HTTP code), Wrike's API v4 (its
// errors page prints one body and a code-to-status table) and the Qoder Cloud Agents API (a coding-agent API of the
// kind Cursor's is; its errors page prints a body under each status). Every body was copied from the public material
// named in `url` and `note`; where the status is not printed beside the body it is taken from another capture of the
// same error or from the vendor's own table, and `note` says so. Headers were copied only where the capture shows them
// (one Teams capture); Content-Encoding and Transfer-Encoding were left out (the body is given decoded) and no header
// was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Jira, Azure DevOps, Opsgenie, PagerDuty, Bitbucket, Vercel, Discord, Slack, Bot Framework,
// Harbor, Prometheus, ZenTao, Datadog, Sentry, Google Cloud, Dialogflow, Linear, Shopify, Meta's Graph API (Instagram),
// LINE, Telegram, Discourse, Zulip, Forem, Lemmy, Odoo, Open edX, GitLab, Azure AI Translator, Cachet, Kolide Fleet,
// Pushover, Splunk, Twilio and Segment (already sources); bodies the app's authors invented: discourse-translator's
// Microsoft spec (`{ error: "something went wrong", error_description: "you passed in a wrong param" }`; its one real
// body, Azure's token issuer's 401, belongs to a source the corpus has), Chatwoot's LeadSquared client spec (`{ Status:
// "Error", ExceptionMessage: "Invalid lead ID" }`, "Invalid data": LeadSquared's shape, invented lines), Sentry's
// Cursor tests' "Invalid branch name." (the docstring's "e.g."), "Something went wrong." and the `{ error: 42 }` and `{
// error: { code: "model_not_found" } }` shape tests; Open edX ecommerce's CyberSource REST tests (201 answers with
// `status: "DECLINED"` in the Python SDK's snake-case serialisation, not the wire's, and SOAP replies before them);
// Pivotal Tracker (`unfound_resource`, `invalid_parameter` with `general_problem` and `possible_fix`, in QA suites run
// against the live API, but the index would not name their repositories); ServiceDesk Plus Cloud's 4002 row (its
// printed JSON is malformed, a stray "4" after `"failed"`); Logic Apps' `TriggerRequestMethodNotValid`,
// `DirectApiAuthorizationRequired` and `AuthorizationFailed` bodies (Azure/logicapps#1441, azure-docs#60706,
// LogicAppsUX#2937: no status printed or tabled); Teams' "Webhook message delivery failed … HTTP error 400 …" quoted in
// msteams-docs#4145 (a quote of another issue's capture whose own excerpt is cut; the 413 and 429 twins are kept);
// Wrike's help-centre article (placeholders only); Webex, VictorOps, Pingdom, UptimeRobot, ClickSend, 360dialog,
// incident.io, Site24x7, Shortcut, Teamwork, Devin, hCaptcha and Cloudflare Turnstile (issues and docs found gave
// statuses or messages without a body, or bodies without a status); the discourse-chat-integration provider specs,
// sentry-plugins' plugin tests and Forem's VCR cassettes (unopened or successes, and the cassettes' errors are GitHub's
// and Twitter's, already sources).
//
// The part holds 16 cases from 6 sources, under the brief's aim of 25 from 8: 55 of the 60 look-ups were spent. The
// candidates' integration test suites mostly stub errors with bodies their authors wrote ("some error", "Invalid data")
// or with statuses alone, and the APIs whose real bodies they keep are sources already; public issues and vendors'
// error pages gave the rest. A smaller honest part was preferred to a padded one.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-23-ae`, on dbb664b, src/ unchanged: in the frozen copy /tmp/base64): 11/16 pass, 6 sources
// (kind 16/16, message 11/16, fields 16/16, retry 16/16, logId 0/0, code 3/3). Failing at first sight, all on the
// message: microsoft-teams-incoming-webhook/delivery-failed-413-in-200-text and -429-in-200-text-headers (kept the
// connector's whole line, "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 413
// with ContextId …", as a sentence sent as text on a 2xx; the cases give the default, reading it as a report of another
// service's answer and its status, rule 2.3; judgment calls the notes name);
// microsoft-teams-incoming-webhook/bad-payload-400-text (kept "Bad payload received by generic incoming webhook."; the
// case reads it as a line that only says the body was bad, rule 2.1's Nhost and Firecrawl lines);
// power-automate/trigger-input-schema-mismatch-expected-string-400 and -required-properties-400 (kept "The input body
// for trigger 'manual' of type 'Request' did not match its schema definition. Error details: …"; the cases read it as a
// JSON Schema validator's report, rule 2.3, as the fortieth holdout's "The json body provided does not match the
// expected schema"). Every other case passed as written, including the judgment calls on the Teams 200s (unknown),
// "Summary or Text is required.", Cursor's model and default-branch lines, ServiceDesk Plus' "title" and closure-rule
// lines, Qoder's `param` field with the default message and its kept "Invalid API key or token.". No expectation was
// changed after the run (Prettier's line breaks were applied before it).
//
// Scored in `cases/` the stop it was collected (6 December 2026): read now 16/16, by the conventions its misses and
// its sibling parts showed (another service's status reported in a line, a schema's report, a line that says only that
// the body was bad).

export default [
  // ───────────────────────────── Cursor Cloud Agents API ─────────────────────────────
  {
    id: 'cursor-cloud-agents/model-not-available-400',
    source: 'Cursor Cloud Agents API',
    url: 'getsentry/sentry/tests/sentry/integrations/cursor/test_client.py@198d424dbbe8527dd283d5266a25eb30fc7290b9',
    note: "Sentry's Cursor client test for a deprecated model: `ApiError(\"Bad Request\", code=400)` with `.json = {\"error\": \"Model 'gpt-4' is not available or invalid.\"}`. Sentry's client parses this exact wording to pull the model's name out of it and retry with another (`_extract_failed_model_from_error`), so the line is Cursor's as the API sends it, kept by the app's authors; the same test file holds a twin for `gemini-2.0-flash`. Status 400 from the test; no header shown. Kind: a 400 with no code (`error` holds a sentence) and no field errors: bad-request (rule 1; text never decides). Message: the sentence under `error` (rule 2). Judgment call: it names the model the request asked for, quoted, which a reader could take for a line naming only an invalid input by the API's name (rule 2.1, the default); the quoted part is the value, not a key, and \"Model\" is the person's word for what they chose, so it is kept. No code.",
    response: { status: 400, body: { error: "Model 'gpt-4' is not available or invalid." } },
    expect: { kind: 'bad-request', message: 'is not available or invalid' },
  },
  {
    id: 'cursor-cloud-agents/default-branch-undetermined-400',
    source: 'Cursor Cloud Agents API',
    url: 'getsentry/sentry/tests/sentry/integrations/cursor/test_client.py@198d424dbbe8527dd283d5266a25eb30fc7290b9',
    note: 'Sentry\'s Cursor client tests for a launch that Cursor refuses because it cannot find the repository\'s default branch: `ApiError("Bad Request", code=400)` with `.json = {"error": "Failed to determine repository default branch"}` (used three times; Sentry\'s `_is_default_branch_determination_error` matches this wording, and a text fallback "… for owner/repo"). Status 400 from the test; no header shown. Kind: a 400 with no code and no field errors: bad-request (rule 1). Message: the line under `error`, which says what failed (the repository\'s default branch), kept. Judgment call: a line made only of words that say something failed is generic (rule 2.1), but this one names what could not be determined. No code.',
    response: { status: 400, body: { error: 'Failed to determine repository default branch' } },
    expect: { kind: 'bad-request', message: 'Failed to determine repository default branch' },
  },

  // ───────────────────────────── Microsoft Teams incoming webhook ─────────────────────────────
  {
    id: 'microsoft-teams-incoming-webhook/delivery-failed-413-in-200-text',
    source: 'Microsoft Teams incoming webhook (Office 365 Connectors)',
    url: 'https://github.com/MicrosoftDocs/msteams-docs/issues/1810',
    note: 'The reporter posted an action card over the size limit to an incoming webhook: "the response used to have the status code 413. Since approximately 22/06/2020 the response has change to have a 200 OK status code with a message saying: `Webhook message delivery failed with error: …`" (the body copied as quoted); Microsoft\'s answer in the thread confirms the connector wraps Teams\' 413 in a 200 with the error in the body. No header shown (none added; the connector sends text/plain, as the other captures show). Kind: a 2xx text body; the 413 is written in prose, not in a member, and text never decides the kind (rule 1): unknown. Judgment call: a reader could take "returned HTTP error 413" as the body naming its own status beside a 2xx (rule 1: then a bad request). Message: the connector\'s report of another service\'s answer and its HTTP status (rule 2.3: Sentinel Hub\'s "… HTTP Status: 404.", "what the backend answered"): developer text, the default, though a sentence sent as text on a 2xx is otherwise the message (rule 2.6). No support id stated: "ContextId tcid=…" is no label rule 5 lists. No retry.',
    response: {
      status: 200,
      body: 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 413 with ContextId tcid=622824298674363899,server=DB5PEPF00003FC8,cv=AszFFaeXdEGdFrJhai0eUw.1.0,MS-CV=AszFFaeXdEGdFrJhai0eUw.1.0..',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'microsoft-teams-incoming-webhook/delivery-failed-429-in-200-text-headers',
    source: 'Microsoft Teams incoming webhook (Office 365 Connectors)',
    url: 'https://github.com/MicrosoftDocs/msteams-docs/issues/7425',
    note: 'The reporter\'s webhook "suddendly returns the following error: `Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId …`" and "the HTTP Status Code in the response header is still 200! It should be 429 instead", then the response headers as Python printed them. Body copied as shown (the reporter had replaced the `cv` and `MS-CV` values with "blablba" and "blababl"). Headers copied as shown except Content-Encoding (gzip) and Transfer-Encoding; the stored excerpt stops after X-FEEFZInfo, so any later header is missing. Kind: a 2xx text body with no rate-limit header, no Retry-After and no member naming a status; the 429 is prose and text never decides (rule 1): unknown. Judgment call: a reader could read the wrapped 429 as a rate limit. Message: a report of another service\'s answer and status (rule 2.3): the default. Retry: none (no header or hint, rule 4; "HTTP error 429" is no wait). No support id stated (`MS-CV` is a correlation vector no rule 5 name matches; not checked).',
    response: {
      status: 200,
      headers: {
        'Alt-Svc': 'h3=":443",h3-29=":443"',
        'Cache-Control': 'no-cache',
        'Content-Type': 'text/plain; charset=utf-8',
        Expires: '-1',
        'MS-CV': 'blabalb.1.1',
        Pragma: 'no-cache',
        Server: 'Microsoft-IIS/10.0',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
        Vary: 'Accept-Encoding',
        'X-AspNet-Version': '4.0.30319',
        'X-BEPartition': 'CLEURPRD08DUB08',
        'X-BEServer': 'DB9PR08MB7651',
        'X-BackEndHttpStatus': '200, 200',
        'X-CafeServer': 'DUZPR01CA0075.EURPRD01.PROD.EXCHANGELABS.COM',
        'X-CalculatedBETarget': 'DB9PR08MB7651.EURPRD08.PROD.OUTLOOK.COM',
        'X-CalculatedFETarget': 'DUZPR01CU005.internal.outlook.com',
        'X-FEEFZInfo': 'VIE',
      },
      body: 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi-production-cse-azsc7-2-35,cv=blablba.0,MS-CV=blababl.0..',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'microsoft-teams-incoming-webhook/summary-or-text-required-400-text',
    source: 'Microsoft Teams incoming webhook (Office 365 Connectors)',
    url: 'https://github.com/prometheus-msteams/prometheus-msteams/issues/153',
    note: 'prometheus-msteams\' debug log pasted in the issue: `{"caller":"logging.go:25",…,"response_message":"Summary or Text is required.","response_status":400,…,"webhook_url":"https://outlook.office.com/webhook/…/IncomingWebhook/…"}`, the webhook\'s answer to a MessageCard without `summary` or `text`; the same text body is printed by opsgenie/kubernetes-event-exporter#46 ("not 200: Summary or Text is required.") and described in OfficeDev/outlook-dev-docs#811 as a 400 Bad Request. The body is the text in `response_message`. No header shown (none added). Kind: a 400 text body without a code: bad-request (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6). Judgment call: "Summary" and "Text" are the card\'s keys `summary` and `text`, which a reader could read as a line naming only which input is missing by the API\'s name (rule 2.1, the default); they are written capitalised as words, none of the row\'s forms (quoted, as code, called a parameter, a small-letter word starting the line), as "Name is required" is, so the line is kept.',
    response: { status: 400, body: 'Summary or Text is required.' },
    expect: { kind: 'bad-request', message: 'Summary or Text is required' },
  },
  {
    id: 'microsoft-teams-incoming-webhook/bad-payload-400-text',
    source: 'Microsoft Teams incoming webhook (Office 365 Connectors)',
    url: 'https://github.com/navicore/teams-notification-resource/issues/39',
    note: 'The reporter\'s Concourse resource "is getting a 400 error back and a response from microsoft saying `Bad payload received by generic incoming webhook.`" (title: "HTTP Error 400: Bad payload received by generic incoming webhook."), with the curl trace to `….webhook.office.com`; the same text is quoted in OfficeDev/outlook-dev-docs#860 and MicrosoftDocs/msteams-docs#10159 ("400: Bad payload …"). No header shown (none added). Kind: a 400 text body without a code: bad-request (rule 1). Message: the line only says the request\'s body was bad, as Nhost\'s "The request payload is incorrect" and Firecrawl\'s "Invalid request body" do (rule 2.1, generic): the default. Judgment call: a reader could keep it as a sentence naming the webhook.',
    response: { status: 400, body: 'Bad payload received by generic incoming webhook.' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'microsoft-teams-incoming-webhook/json-reader-exception-unexpected-character-400-text',
    source: 'Microsoft Teams incoming webhook (Office 365 Connectors)',
    url: 'https://github.com/ericferon/glpi-webhook/issues/46',
    note: 'GLPI\'s webhook plugin logged its call to a Teams incoming webhook (`https://….webhook.office.com/webhookb2/…/IncomingWebhook/…`): "failed with status 400, response Newtonsoft.Json.JsonReaderException: Unexpected character encountered while parsing value: a. Path \'\', line 0, position 0., curl_error , curl_errno 0"; the body is the text between "response " and ", curl_error" (GLPI\'s own suffix dropped). No header shown (none added). Kind: a 400 text body: bad-request (rule 1). Message: an exception\'s qualified class name and a JSON parser\'s position (rule 2.3): developer text, the default.',
    response: {
      status: 400,
      body: "Newtonsoft.Json.JsonReaderException: Unexpected character encountered while parsing value: a. Path '', line 0, position 0.",
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'microsoft-teams-incoming-webhook/json-reader-exception-jtoken-400-text',
    source: 'Microsoft Teams incoming webhook (Office 365 Connectors)',
    url: 'https://github.com/MicrosoftDocs/msteams-docs/issues/7830',
    note: "A comment after Microsoft deployed a fix for GitHub Enterprise connector posts: \"Now I'm getting a `400 - Bad Request` … This is the response: `Newtonsoft.Json.JsonReaderException: Error reading JToken from JsonReader. Path '', line 0, position 0.`\" Body copied as quoted. No header shown (none added). Kind: a 400 text body: bad-request (rule 1). Message: an exception's qualified class name and a parser's report (rule 2.3): the default.",
    response: {
      status: 400,
      body: "Newtonsoft.Json.JsonReaderException: Error reading JToken from JsonReader. Path '', line 0, position 0.",
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Power Automate request trigger ─────────────────────────────
  {
    id: 'power-automate/trigger-input-schema-mismatch-expected-string-400',
    source: 'Power Automate request trigger (Azure Logic Apps)',
    url: 'https://github.com/microsoft/coe-starter-kit/issues/1056',
    note: 'The ALM Accelerator app\'s call to a flow\'s manual (Request) trigger failed: "Error found in action: RunCreateEnvironmentFlow with code: BadRequest Error: {…}"; the JSON after "Error: " copied as shown. Status: "code: BadRequest", the 400\'s name as Power Apps relays the flow\'s answer. No header shown. Kind: a 400 without field errors whose code, `TriggerInputSchemaMismatch`, says the request\'s body as a whole does not match the trigger\'s schema (rule 1: a code that names the body is a bad request; no row lists it as an input\'s): bad-request. Judgment call: a reader could read "schema mismatch" of the input as a validation code. Message: "The input body … did not match its schema definition. Error details: \'Invalid type. Expected String but got Null.\'." is a JSON Schema validator\'s report on the body (rule 2.3; the fortieth holdout\'s "The json body provided does not match the expected schema"): the default. Code: `error.code` (rule 6).',
    response: {
      status: 400,
      body: {
        error: {
          code: 'TriggerInputSchemaMismatch',
          message:
            "The input body for trigger 'manual' of type 'Request' did not match its schema definition. Error details: 'Invalid type. Expected String but got Null.'.",
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'TriggerInputSchemaMismatch' },
  },
  {
    id: 'power-automate/trigger-input-schema-mismatch-required-properties-400',
    source: 'Power Automate request trigger (Azure Logic Apps)',
    url: 'https://github.com/microsoft/coe-starter-kit/issues/6989',
    note: 'The CoE Starter Kit\'s "Admin | Sync Template v4 (Apps)" flow calling its child flow\'s Request trigger: "The following error is happening when running the above flow - calling the Apps Sync Template" and the JSON body, copied as shown. Status: not printed beside it; 400 is taken from microsoft/power-platform-skills#551, a capture of the same error ("run_flow fails with a 400 TriggerInputSchemaMismatch error"). No header shown. Kind: as the case above, bad-request (rule 1; judgment call as there). Message: a schema validator\'s report that names the missing property by its key (rule 2.3, and rule 2.1\'s line naming only a missing input): the default. Code: `TriggerInputSchemaMismatch` (rule 6).',
    response: {
      status: 400,
      body: {
        error: {
          code: 'TriggerInputSchemaMismatch',
          message:
            "The input body for trigger 'manual' of type 'Request' did not match its schema definition. Error details: 'Required properties are missing from object: boolean.'.",
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'TriggerInputSchemaMismatch' },
  },

  // ───────────────────────────── ManageEngine ServiceDesk Plus Cloud ─────────────────────────────
  {
    id: 'servicedesk-plus-cloud/4001-value-not-valid-400',
    source: 'ManageEngine ServiceDesk Plus Cloud API (v3)',
    url: 'https://manageengine.com/products/service-desk/sdpod-v3-api/getting-started/common-error-code.html',
    note: 'The v3 API\'s "Common Error Codes" table, row "Id or Name given in Input does not exist or not in use or user cannot set the value | 4001 | 400 | { … }", the example response copied as printed. No header shown. The body is one member holding an object, read as that object (rule 3). Kind: a 400 whose only item names no field (no path member) and whose codes are numbers no rule sorts (`status_code: 4001`): bad-request (rule 1). Message: the lone form-level sentence (rule 2.2). Judgment call: "Value given for title is not valid" names the request\'s `title`, which a reader could read as a line naming only which input is invalid by the API\'s name (rule 2.1, the default); unquoted and in the middle of a sentence, "title" is also the person\'s word for the Title they typed ("Invalid phone number" stays), so the line is kept. No code stated: `status_code` holding 4001 in digits is a status-shaped member, which rule 6 does not make a code.',
    response: {
      status: 400,
      body: {
        response_status: {
          messages: [{ status_code: 4001, type: 'failed', message: 'Value given for title is not valid' }],
          status: 'failed',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Value given for title is not valid' },
  },
  {
    id: 'servicedesk-plus-cloud/4003-closure-rule-violation-400',
    source: 'ManageEngine ServiceDesk Plus Cloud API (v3)',
    url: 'https://manageengine.com/products/service-desk/sdpod-v3-api/getting-started/common-error-code.html',
    note: 'The same table, row "Closure rule violation | 4003 | 400 | { … }", copied as printed. No header shown. Kind: a 400 whose lone item names no field by a path member and whose codes are numbers: bad-request (rule 1). Message: the item\'s line, "Closure rule violation. The following fields should be filled title", the lone form-level sentence (rule 2.2). Judgment call: "… violation" reads like Zalando\'s generic "Constraint Violation" and the second sentence lists a field by its key as Payload\'s generic "The following field is invalid: email" does; but it names which rule stopped the request (the closure rules, so the ticket cannot be closed yet), which no generic line does, so it is kept. No field: the names are in prose. No code stated (as above; `status_code: 4000` in the envelope is the same shape).',
    response: {
      status: 400,
      body: {
        response_status: {
          status_code: 4000,
          messages: [
            {
              status_code: 4003,
              type: 'failed',
              message: 'Closure rule violation. The following fields should be filled title',
            },
          ],
          status: 'failed',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Closure rule violation' },
  },
  {
    id: 'servicedesk-plus-cloud/4004-internal-error-no-message-500',
    source: 'ManageEngine ServiceDesk Plus Cloud API (v3)',
    url: 'https://manageengine.com/products/service-desk/sdpod-v3-api/getting-started/common-error-code.html',
    note: 'The same table, row "Internal Error (Exact error cannot be sent to user, like some Exception) | 4004 | 500 | { … }", copied as printed: an item with a status code and a flag and no message. No header shown. Kind: 500, server (rule 1). Message: no sentence at all: the default (rule 2.4). No code stated.',
    response: {
      status: 500,
      body: {
        response_status: { status_code: 4000, messages: [{ status_code: 4004, type: 'failed' }], status: 'failed' },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Wrike ─────────────────────────────
  {
    id: 'wrike/not-authorized-access-token-401',
    source: 'Wrike API v4',
    url: 'https://developers.wrike.com/docs/errors-api-reference-v4',
    note: 'Wrike\'s Errors page prints one error response, `{ "errorDescription": "Access token is unknown or invalid", "error": "not_authorized" }`, copied as printed; its status table on the same page gives `not_authorized` the 401 ("User is not authorized (authorization is invalid, malformed or expired)"). No header shown. Kind: 401, unauthenticated (rule 1). Message: `errorDescription` (rule 2.2, as OAuth\'s `error_description` beats `error`); it names the credential, and a credential\'s name stays (rule 2.1: "access_token is invalid"). Code: `error` holding the code (rule 6, as OAuth\'s `error`).',
    response: {
      status: 401,
      body: { errorDescription: 'Access token is unknown or invalid', error: 'not_authorized' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Access token is unknown or invalid',
      code: 'not_authorized',
    },
  },

  // ───────────────────────────── Qoder Cloud Agents API ─────────────────────────────
  {
    id: 'qoder-cloud-agents/missing-required-field-name-400',
    source: 'Qoder Cloud Agents API',
    url: 'https://docs.qoder.com/zh/cloud-agents/api/conventions/errors',
    note: 'The Cloud Agents API\'s errors page, section "400 — invalid_request_error", prints this body with the curl call that triggers it (a POST to `/api/v1/cloud/agents` with `{}`); the page\'s status table gives `invalid_request_error` the 400 (the English and Alibaba Cloud copies print the same table). No header shown. Kind: the error object names its one field in `param`, so its message is that field\'s error (rule 3: Stripe\'s `param`), and a 400 carrying field errors is a validation failure (rule 1). Fields: `name` with the line. Message: "Missing required field: name" names only the missing input by the API\'s key after "field:" (rule 2.1 and the row of the fifty-seventh holdout, NutritionSignals\' "Missing required field: text"): the default, the field keeping the line. No code stated: `invalid_request_error` is the error\'s `type`, a category that only says the request was bad.',
    response: {
      status: 400,
      body: {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'Missing required field: name', param: 'name' },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'Missing required field: name']],
    },
  },
  {
    id: 'qoder-cloud-agents/authentication-error-invalid-token-401',
    source: 'Qoder Cloud Agents API',
    url: 'https://docs.qoder.com/zh/cloud-agents/api/conventions/errors',
    note: 'The same page, section "401 — authentication_error", prints this body with the curl call that triggers it (a GET with `Authorization: Bearer pt-invalid-token`); the status table gives the 401. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Invalid API key or token." names the credential that failed, and a credential\'s name stays (rule 2.1: "Invalid app_key is provided."). Judgment call: a reader could read it as the 401\'s phrase in other words and give the default. No code stated: `authentication_error` is the `type`, a category that restates the status.',
    response: {
      status: 401,
      body: { type: 'error', error: { type: 'authentication_error', message: 'Invalid API key or token.' } },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid API key or token' },
  },
] satisfies ConformanceCase[];
