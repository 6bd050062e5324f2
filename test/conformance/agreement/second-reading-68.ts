import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 31 cases (every third case of the sixty-eighth holdout's six parts, AZ to BE, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind68/rules.md`, the rule rows up to the sixty-seventh holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-seventh's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; the two GDAX cases, Amazon SimpleDB's and AT&T M2X's send a `Date` header, which
// gives their `now`, and every other case counts from 2026-11-22T12:00:00Z; no case gives a wait by these readings),
// no notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`,
// the kit's source, its README or changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run
// the kit, the conformance script or any test, nor to use search tools, nor to list folders. They opened only the
// files the brief names, by their full paths, and wrote this file by its full path without listing its folder. They
// marked 18 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'leaseweb/sdk-access-denied-403',
    expect: {
      kind: 'forbidden',
      message: 'The access token is expired or invalid',
      fields: [],
      logId: null,
      code: 'ACCESS_DENIED',
    },
    why: "Rule 1: 403: forbidden, and `errorCode` `ACCESS_DENIED` is a permission code that agrees; that the sentence speaks of an expired token is text, which never decides. Rule 2.1: `errorMessage` (a message by the shape of its name, as `errMsg` is) 'The access token is expired or invalid.' is a sentence naming the credential, and a credential's line stays: kept. Rule 5: no id. Rule 6: `errorCode` (as `err_code`): 'ACCESS_DENIED'.",
  },
  {
    id: 'leaseweb/openapi-bad-request-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
      code: null,
    },
    why: "Rule 3: `errorDetails` is empty: no field. Rule 1: a 400 without fields and with no code that says more: a bad request. Rule 2.1: 'The API could not interpret your request correctly.' is the 400's definition in other words, as HTTP/1.1's 'The request cannot be fulfilled due to bad syntax.' and Werkzeug's 'sent a request that this server could not understand' are: generic, the default (rule 2.4). Rule 5: `correlationId`: the support id. Rule 6: `errorCode` '400' is the status in digits, which it only restates: no code. Hesitated on message (other reading: the line kept, a sentence saying the request could not be read) and on code (other reading: '400').",
  },
  {
    id: 'leaseweb/openapi-resource-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Resource not found',
      fields: [],
      logId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: 'Resource not found' is a sentence, as the rules name it (only the bare reason phrase 'Not Found' restates the status): kept. Rule 5: `correlationId`: the support id. Rule 6: `errorCode` '404' is the status in digits, which it only restates: no code. Hesitated on code (other reading: '404').",
  },
  {
    id: 'stackit/external-network-not-reachable-404',
    expect: {
      kind: 'not-found',
      message: 'is not reachable from subnet',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found; text never decides. Rule 2.1: `msg` (a message by its shape) 'External network … is not reachable from subnet …. Therefore, cannot associate Port … with a Floating IP.' says what could not be done with the caller's own cloud resources, in the API's product words, not a report of the service's infrastructure: kept. Rule 5: the ids in the text name networks and ports, not the occurrence: no id. Rule 6: `code` 404 is the status in digits, which it only restates: no code. Hesitated on code (other reading: '404', a numeric code kept as a string).",
  },
  {
    id: 'equinix-metal/facility-cant-be-blank-422',
    expect: { kind: 'validation', message: "Facility can't be blank", fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a list of one string with no path member; Rails' full message names its attribute in words, not in class-validator's format: form-level. Rule 2.2: the lone form-level sentence of the list speaks; 'Facility can't be blank' is a person's words, as 'Name is required' is: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'aurora-dns/authentication-required-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'AuthenticationRequiredError',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 2.3: `errormsg` (a message by its shape) 'Failed to parse Authorization header' is a parser's failure on the request's header, as a token the server could not parse and SigV4's header parser are: developer text, the default (rule 2.4). Rule 5: no id. Rule 6: `error` holds one PascalCase token, the code: 'AuthenticationRequiredError'. Hesitated on message (other reading: the line kept, a credential's line naming the Authorization header) and on code (other reading: none, 'Authentication required' being the 401's phrase that the code only restates).",
  },
  {
    id: 'mythic-beasts/err-not-authenticated-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.6: plain text on a 4xx is the message when it is a sentence; 'ERR ' is a server's status label before its text (as '[ERROR 400] ' is) and 'Not authenticated' is the 401's phrase in other words (FastAPI's words, the message 'with any status but a 401'): the default (rule 2.4). Rules 5 and 6: no id; the label 'ERR' is no code.",
  },
  {
    id: 'wise-old-man/incorrect-admin-password-403',
    expect: { kind: 'forbidden', message: 'Incorrect admin password', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden; that the words speak of a password is text, which never decides. Rule 2.1: `message` 'Incorrect admin password.' is a sentence naming the credential, which stays: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'wise-old-man/updated-recently-429',
    expect: {
      kind: 'rate-limited',
      message: 'has been updated recently',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Error: enriath has been updated recently.' is a generic word ('Error') before a sentence of its own, judged by that sentence (as Apify's 'Invalid input: …'); 'enriath' is the player the person asked about, not an input's key, and the line says why the request waits: kept. Rule 4: no header, no hint in the body and no wait in the text: no retry. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, 'Error: ' being JavaScript's `Error` printed before its text, an exception's class).",
  },
  {
    id: 'overfast/blizzard-timeout-504',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 504: unavailable; the timeout the text names is the gateway's failure to reach the service behind it, and text never decides. Rule 2.3: `error` 'Couldn't get Blizzard page (HTTP 0 error) : Blizzard took more than 10 seconds to respond, resulting in a timeout' is a failure to reach another service and its report: developer text, the default (rule 2.4). Rule 4: '10 seconds to respond' is how long the upstream took, no wait: no retry. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'drasl/invalidate-invalid-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid token',
      fields: [],
      logId: null,
      code: 'ForbiddenOperationException',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else, whatever 'Forbidden' in it says. Rule 2.1: `errorMessage` 'Invalid token.' names the credential, a credential's line ('access_token is invalid' stays): kept. Rule 5: no id. Rule 6: `error` holds the Yggdrasil protocol's documented error name, one token: 'ForbiddenOperationException'. Hesitated on code (other reading: none, an exception's class name being developer text).",
  },
  {
    id: 'vrchat/friend-already-favorited-400',
    expect: {
      kind: 'bad-request',
      message: 'You already have that friend favorited',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request; 'already' is text, and only a code makes a conflict of a 400. Rule 2.1: `error.message` 'You already have that friend favorited' is a sentence for the person: kept. Rule 5: no id. Rule 6: `status_code` 400 is the error object's status, the response's own: no code.",
  },
  {
    id: 'bancho-py/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: a `status` written as a sentence is a message; 'Invalid API key.' names the credential, and a credential's line stays: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'bancho-py/must-provide-id-or-name-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: the `status` sentence 'Must provide either id OR name!' names only which inputs are missing, by the API's keys `id` and `name` in small letters: the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message (other reading: the line kept, a rule between two inputs in words a person reads, as NutrientAPI's line saying what a value must be was kept).",
  },
  {
    id: 'elyby/account-suspended-401',
    expect: {
      kind: 'unauthenticated',
      message: 'This account has been suspended',
      fields: [],
      logId: null,
      code: 'ForbiddenOperationException',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 2.1: `errorMessage` 'This account has been suspended.' is a sentence for the person, more than the 401's phrase: kept. Rule 5: no id. Rule 6: `error` holds the Yggdrasil protocol's documented error name: 'ForbiddenOperationException'. Hesitated on code (other reading: none, an exception's class name being developer text).",
  },
  {
    id: 'ripple-api/pass-name-or-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: 'you need to pass either querystring parameters name or id' names only which inputs are missing, called parameters ('Parameter component is required'), by the API's keys: the default (rule 2.4). Rule 5: no id. Rule 6: `code` 400 is the status in digits: no code. Hesitated on message (other reading: the line kept, a sentence addressing the person).",
  },
  {
    id: 'stellar-horizon/transaction-failed-insufficient-fee-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'https://stellar.org/horizon-errors/transaction_failed',
    },
    why: "Rule 1: a 400 without fields; the problem type `transaction_failed` and the result code `tx_insufficient_fee` are vendor codes no row sorts (a fee is no quota): a bad request. Rule 3: `extras.result_codes` maps `transaction` to a code, not a message, under no member that holds errors: no field. Rule 2.1: `detail` says only that the transaction failed, then sends the reader to `extras.result_codes` and to a page of the docs (as Sendle's 'The data you supplied is invalid. Error messages are in the messages section.'); `title` 'Transaction Failed' is a category line: the default (rule 2.4). Rule 5: no id (`envelope_xdr` and `result_xdr` are the transaction's data). Rule 6: no explicit code member; the problem `type` URI is the code. Hesitated on message (other reading: 'The transaction failed when submitted to the stellar network' kept, as saying where it failed) and on code (other reading: 'tx_insufficient_fee', the most specific code, under a member named for result codes).",
  },
  {
    id: 'stellar-horizon/resource-missing-404',
    expect: {
      kind: 'not-found',
      message: 'The resource at the url requested was not found',
      fields: [],
      logId: null,
      code: 'https://stellar.org/horizon-errors/not_found',
    },
    why: "Rule 1: 404: not-found, and the problem type agrees. Rule 2.2: RFC 9457 `detail` beats `title` 'Resource Missing'; 'The resource at the url requested was not found. …' is a sentence, as 'Resource not found' is, and its explanation of the two usual reasons names no infrastructure's failure: kept. Rule 5: no id. Rule 6: no explicit code member; the problem `type` URI is the code when there is no other. Hesitated on message (other reading: the default, the 404 said in a stock text) and on code (other reading: none, a type `not_found` that only restates the 404, as `gateway-timeout` on a 504 does).",
  },
  {
    id: 'stellar-horizon/before-history-410',
    expect: {
      kind: 'not-found',
      message: 'configured to only track a portion',
      fields: [],
      logId: null,
      code: 'https://stellar.org/horizon-errors/before_history',
    },
    why: "Rule 1: 410: not-found. Rule 2.2: RFC 9457 `detail` beats `title`; 'This horizon instance is configured to only track a portion of the stellar network's latest history. This request is asking for results prior to the recorded history …' says why this request's data is gone, in the product's words: kept. Rule 5: no id. Rule 6: no explicit code member; the problem `type` URI is the code: the URI. Hesitated on message (other reading: the title 'Data Requested Is Before Recorded History', or the default, the detail being about the server's configuration).",
  },
  {
    id: 'gdax/invalid-api-key-400',
    expect: { kind: 'bad-request', message: 'Invalid API Key', fields: [], logId: '41db9d3438612a61-SEA', code: null },
    why: "Rule 1: a 400 without fields or code: a bad request; that the line names a credential is text, which never decides. Rule 2.1: `message` 'Invalid API Key' names the credential, and a credential's line stays ('Invalid app_key is provided.'): kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `CF-RAY`: the support id. Rule 6: no code.",
  },
  {
    id: 'gdax/cancel-invalid-order-id-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid order id',
      fields: [],
      logId: '3c18aabbd96a79bb-SEA',
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: 'Invalid order id' says the order the person chose is not valid, in words with spaces, not a key written as code ('Invalid jobId'): a person's words, as 'Invalid phone number' stays: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: `CF-RAY`: the support id. Rule 6: no code. Hesitated on message (other reading: the default, a line naming only which input is invalid, the API's `order_id` in words).",
  },
  {
    id: 'amazon-simpledb/missing-parameter-no-attributes-400-xml',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: '2cc5d1ca-2e08-7d24-06d3-cbc84698c503',
      code: 'MissingParameter',
    },
    why: "Rule 3: XML read as JSON; `<Errors><Error>` is a list of one error object, which is the error; it names no field. Rule 1: `MissingParameter` says an input is missing, a validation code (as `parameter_missing` and `MissingArgument`), which outranks the 400: validation. Rule 2.1: `Message` 'No attributes' names only which input is missing, by the API's name for it (as 'No Query' was read): the default (rule 2.4); `BoxUsage` is a figure. Rule 4: the `Date` header gives `now`; no wait. Rule 5: the `RequestID` element: the support id. Rule 6: the `Code` element: 'MissingParameter'. Hesitated on message (other reading: 'No attributes' kept, two words a person reads).",
  },
  {
    id: 'kagi/search-api-beta-unauthorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Search API is currently in beta',
      fields: [],
      logId: '7cb764c73b78c4b9bd4b27a4a987714a',
      code: '2',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 3: a list under `error` is a list of errors; its lone item has no path member: form-level. Rule 2.1: its `msg` 'Unauthorized: Search API is currently in beta. Email support@kagi.com to request access.' leads with the reason phrase, which is dropped; the rest says why and what to do: kept (rule 2.2, the lone form-level sentence). Rule 5: `meta.id` is the response's own id (a hexadecimal token beside the node and timing that served it), the response's id in the body as Timeweb's `response_id` is: the support id. Rule 6: the lone item's `code` 2, a number that is no HTTP status: '2'. Hesitated on logId (other reading: none, a bare `id` in `meta` no name of rule 5 lists).",
  },
  {
    id: 'mindlogger/unexpected-error-uid-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: 'e937fbda-2825-4e03-b5fc-deb9fc1be3a4',
      code: null,
    },
    why: "Rule 1: 500: server. Rule 2.1: 'An unexpected error occurred on the server.' only says something failed ('An unexpected problem has occurred.'): generic, the default (rule 2.4). Rule 5: `uid` is the error's own UUID beside its message, in a body that is the error (as PSA's `uuid`): the support id. Rule 6: `type` 'internal' is a category that only restates the 500: no code. Hesitated on logId (other reading: none, `uid` being no name rule 5 lists) and on code (other reading: 'internal').",
  },
  {
    id: 'opencode-zen/model-only-body-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 3: `model` holds a model's name, not a message (a map of fields only when its values look like messages): no field. Rule 2.4: the body's one line is a name, not prose (never a date, a name or a part's own member): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'demisto/csrf-named-cookie-not-present-403',
    expect: { kind: 'forbidden', message: 'Issue with CSRF code', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.3: `error` 'http: named cookie not present' is Go's net/http error by its package's name: developer text, so it does not speak over the `detail`. Rule 2.2: `detail` beats `title` 'Forbidden' (the reason phrase); 'Issue with CSRF code' says what was refused: kept. Rule 5: `id` 'forbidden' is a word restating the status, not an occurrence's id: no id. Rule 6: `id` only restates the 403 and `status` is the status: no code. Hesitated on message (other reading: the default, a short line about a CSRF token's internals) and on code (other reading: 'forbidden').",
  },
  {
    id: 'nilvera/internal-server-error-text-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers, and 'Internal Server Error' is the bare reason phrase besides: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'zyntem/spain-country-config-required-400',
    expect: {
      kind: 'bad-request',
      message: 'Spain locations require country_config',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 3: `error` is the envelope's text and no member names a field: no field. Rule 2.1: 'Spain locations require country_config with system field (ticketbai or verifactu)' names keys written as code, but says a rule (which locations need it and which values it takes), not only which input is missing; the parenthesis lists values, no parser's report: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line naming the missing `country_config` by the API's key).",
  },
  {
    id: 'rivhit/wcf-request-error-html-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.5: an HTML error page (WCF's 'Request Error') gives no message; its text goes to `details`: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'telstra-messaging/resource-not-found-empty-message-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'RESOURCE-NOT-FOUND' },
    why: "Rule 1: 404: not-found, and the code agrees. Rule 2.4: `message` is empty and the code is no sentence: the default. Rule 5: no id. Rule 6: `code`: 'RESOURCE-NOT-FOUND'; `status` '404' is the status.",
  },
  {
    id: 'att-m2x/device-does-not-exist-404',
    expect: {
      kind: 'not-found',
      message: 'The specified device does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'The specified device does not exist' says what was not found: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id and no header named like a request id (`Status` repeats the status line, `X-M2X-VERSION` names a version): no id. Rule 6: no code.",
  },
] satisfies Reading[];
