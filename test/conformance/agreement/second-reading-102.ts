import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 26 cases (every third case of the hundred-and-second holdout's parts IH–IN, in file order,
// on 2026-12-07), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the written
// rules, `test/conformance/README.md` (`.tmp/blind102/rules.md`, its rule rows read as amending the rules above them,
// later rows winning), an excerpt of `types.ts` (`.tmp/blind102/types-excerpt.ts`: `DEFAULT` and the case type), the
// `Reading` interface (`.tmp/blind102/reading-interface.ts`) and one finished second reading (the hundred-and-first's,
// `.tmp/blind102/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind102/cases.json`; none was thrown; one sends a `Date` header, HTTPush's, whose `now` is that date,
// 2009-05-08T08:07:04Z, and every other `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers.
// They were told not to open the case files or anything else under `/work/main` but the files the brief names, nor to
// run the kit, any script or any test, nor to use search tools, nor to list folders. They opened only the files the
// brief names (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote
// it by its full path. They listed no folder. They marked 17 cases "hesitated" and named the other reading. Written
// once and not changed after.
export default [
  {
    id: 'plugnotas/certificate-password-incorrect-400',
    expect: {
      kind: 'bad-request',
      message: 'senha utilizada na tentativa de upload do Certificado esta incorreta',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: the error object's `data` holds `senha: 'xxxx'`, the value sent (a password masked), not a line about it, and names no parameter by `param`, `parameter` or `field`: no field. Rule 1: a 400 without field errors and without a code: bad-request (text never decides, and a certificate's password is no sign-in). Rule 2.1: `error.message` 'A senha utilizada na tentativa de upload do Certificado esta incorreta.' is a Portuguese sentence naming what the person gave in a person's words (the certificate's password): kept. Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: a field `senha`, the error's `data` naming the input it is about, making the 400 a validation failure).",
  },
  {
    id: 'engine-io/transport-unknown-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 6: `code` 0: zero is no code. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: 'Transport unknown' calls unknown only the input the API names `transport` (its query parameter), 'unknown' before an input's own word naming the key (the seventy-fifth holdout's row): the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, 'Transport' read as a plain word naming what was not found, as 'unknown aircraft' is).",
  },
  {
    id: 'engine-io/unsupported-protocol-version-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '5' },
    why: "Rule 1: a 400 whose numeric code names no kind: bad-request. Rule 6: the explicit `code` 5, Engine.IO's error number, as a string; not zero. Rule 2.1: 'Unsupported protocol version' refuses the version of Engine.IO's wire protocol the client library sent (its `EIO` parameter), the protocol's, never a person's word, as a header's name is not: the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a line in plain words saying what was refused).",
  },
  {
    id: 'aspnetcore-signalr/connection-id-required-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.1: the text 'Connection ID required' names only which input is missing, SignalR's connection id (its `id` query parameter), which the person never typed: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a line in words, as 'Name is required' is).",
  },
  {
    id: 'httpush/whoops-500-xml',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 3: XML read as JSON, `<errors><error>` a list of one line that names no field. Rule 2.1: 'Whoops. Check status.httpush.com for details.' is an exclamation that says only that something failed and a line that only sends the reader to a page for details (ipapi's): the default (rule 2.4). Rule 4: no wait. Rules 5 and 6: the `Date` header is no id; no code.",
  },
  {
    id: 'fastapi-azure-auth/no-signing-keys-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_token' },
    why: "Rule 3: a body of one member holding an object is that object (`detail`). Rule 1: 401: unauthenticated (`invalid_token`, a credential code, says the same). Rule 6: `error` 'invalid_token', OAuth's code. Rule 2.3: 'Unable to verify token, no signing keys found' is a token check's report, and 'no signing keys' is developer text (the eighty-sixth holdout's row): the default (rule 2.4). `WWW-Authenticate: Bearer` carries no description. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fastapi-azure-auth/required-scope-missing-403',
    expect: {
      kind: 'forbidden',
      message: 'Required scope missing',
      fields: [],
      logId: null,
      code: 'insufficient_scope',
    },
    why: "Rule 3: the body's one member `detail` holds the error object. Rule 1: 403: forbidden (`insufficient_scope`, a permission code, says the same). Rule 6: `error` 'insufficient_scope', OAuth's code. Rule 2.1: 'Required scope missing' says why the request was refused, a permission the caller lacks, not an input the API names: kept. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a line that names no input as missing, as 'Required parameter is missing.', or a token's claim, `scp`, developer text).",
  },
  {
    id: 'fastapi-azure-auth/unable-to-validate-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_token' },
    why: "Rule 3: the body's one member `detail` holds the error object. Rule 1: 401: unauthenticated. Rule 6: `error` 'invalid_token', OAuth's code. Rule 2.3: 'Unable to validate token' is a token check's report (a token's claims that could not be validated, the sixty-ninth holdout's row; 37signals' 'OAuth token could not be verified', read so by the corpus): the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a credential's name said to be invalid, which says that signing in failed).",
  },
  {
    id: 'django-rest-knox/expired-token-401',
    expect: { kind: 'unauthenticated', message: 'Invalid token', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Invalid token.' calls the credential invalid, and a credential's name stays ('access_token is invalid', 'Token invalid.' kept): knox's own sentence, not jsonwebtoken's words: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'django-ninja-jwt/sliding-token-missing-field-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['user_token.my_extra_field', 'Field required']],
      logId: null,
      code: 'missing',
    },
    why: "Rule 1: 422: validation. Rule 3: the lone item of `detail` has a message (`msg`) and a FastAPI `loc` ['body', 'user_token', 'my_extra_field'], the leading `body` removed: `user_token.my_extra_field`, 'Field required'. Rule 2.4: only field messages: the default. Rule 6: the lone item's `type` 'missing', pydantic's error type, a code by its shape and the only one. Rule 5: no id. Hesitated on code (other reading: none, `type` read as a category).",
  },
  {
    id: 'fastapi-csrf-protect/token-invalid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The CSRF token is invalid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'The CSRF token is invalid.' is a whole sentence naming the token the request lacked, not a category line ('CSRF Error' is; 'CSRF Failed: CSRF cookie not set.' stays a message, the eighty-third holdout's row): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'apache-camel/request-body-missing-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.3: the text 'The request body is missing.' reports a request without a body (ShipEngine's 'Request body cannot be empty.', Spring's 'Required request body is missing'): developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'apache-iceberg-rest/bad-request-malformed-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'BadRequestException',
    },
    why: "Rule 1: a 400 without field errors: bad-request (the `type` says the same). Rule 6: `code` 400 in digits is the status, as the Iceberg spec defines it; the error's `type` 'BadRequestException' is the machine code its clients branch on, the only one. Rule 2.1: `message` 'Malformed request' says no more than the status (SmartThings' 'The request is malformed.', RFC 9110's 'Malformed request syntax'): the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a type that only restates the status).",
  },
  {
    id: 'apache-iceberg-rest/unsupported-operation-406',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'UnsupportedOperationException',
    },
    why: "Rule 1: 406: bad-request (`UnsupportedOperationException` names no kind). Rule 6: `code` 406 is the status; the `type` 'UnsupportedOperationException' is the code. Rule 2.1: `message` 'The server does not support this operation' is the 501's meaning in other words, as 'Functionality not supported by server' is (the sixty-ninth holdout's row): the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, another status's meaning sent with a 406 saying what was refused).",
  },
  {
    id: 'apache-iceberg-rest/internal-server-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'InternalServerError',
    },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Internal Server Error' is the bare reason phrase: the default (rule 2.4). Rule 6: `code` 500 is the status; the `type` 'InternalServerError', Iceberg's error type, is the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a type that only restates the status).",
  },
  {
    id: 'apache-iceberg-rest/no-such-table-404',
    expect: {
      kind: 'not-found',
      message: 'The given table does not exist',
      fields: [],
      logId: null,
      code: 'NoSuchTableException',
    },
    why: "Rule 1: 404: not-found (the type says the same). Rule 2.1: `message` 'The given table does not exist' says what was not found: kept. Rule 6: `code` 404 is the status; the `type` 'NoSuchTableException', Iceberg's error type, is the code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'apache-ambari/cluster-not-found-404',
    expect: { kind: 'not-found', message: 'Cluster not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'The requested resource doesn't exist: Cluster not found, clusterName=someInvalidCluster' is a generic headline before a sentence of its own, judged by that sentence: 'Cluster not found' names what was not found (as 'Resource not found' is a sentence), and the key and its value after it ('clusterName=…') are the developer's part (rule 2.3). Rule 6: `status` 404 is the status, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'nessie/query-param-exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'UNKNOWN' },
    why: "Rule 1: 500: server. Rule 2.3: `message` is Jersey's `QueryParamException` and a `java.lang.IllegalArgumentException` about an enum constant, qualified exception names: developer text; `reason` 'Internal Server Error' is the reason phrase: the default (rule 2.4). Rule 6: `errorCode` 'UNKNOWN', Nessie's documented error code, not zero. Rules 3 and 5: no field, no id (`serverStackTrace` is null). Hesitated on code (other reading: none, a code that says only that an error occurred, as `Base.1.0.GeneralError` is a category).",
  },
  {
    id: 'naked-objects/menus-wrong-profile-406-warning',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 406: bad-request. Rule 2: the body is empty; the error is told only in a `Warning` header, which no rule reads as a message, and its text ('Failed outgoing json MT validation ic: urn:org.restfulobjects:repr-types/user …') is a media type check with URNs, developer text either way (rule 2.3): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'problemdetails/panic-detail-filled-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.2: `detail` would beat `title`, but 'Panic message' is what a Rust panic carried, a crash's report, developer text as an exception's is (rule 2.3); `title` 'Internal server error' is the reason phrase: the default (rule 2.4). Rule 6: no `type`, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Panic message' kept, `detail` being the occurrence's text).",
  },
  {
    id: 'problemdetails/rfc7807-out-of-credit-403',
    expect: {
      kind: 'rate-limited',
      message: 'Your current balance is 30, but that costs 50',
      fields: [],
      logId: null,
      code: 'https://example.com/probs/out-of-credit',
    },
    why: "Rule 6: the problem `type` URI is the code, there being no other. Rule 1: a problem type is read by its last segment, 'out-of-credit': credits spent are a quota (the twenty-eighth holdout's row; `NOT_CREDITS_AVALIABLES`, `CREDITS_EXCEEDED`), and a quota code decides on any status, outranking a 403: rate-limited. Rule 2.2: `detail` 'Your current balance is 30, but that costs 50.' beats `title` 'You do not have enough credit.'. Rule 4: no `Retry-After`, no reset header or hint: no retry time. Rule 5: `instance` '/account/12345/msgs/abc' is a path, not an id. Rule 3: `accounts` lists paths, `balance` a number: no field. Hesitated on kind (other reading: forbidden, a balance of money refused on a 403, the type read only as the code).",
  },
  {
    id: 'actix-web-validation/validator-length-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a plain text body holds no structure, and no rule names this format's lines as field-led: no field. Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rules 2.6, 2.1 and 2.3: 'Validation errors in fields:' is a generic headline, and 'name: Validation error: length [{\"min\": Number(5), \"value\": String(\"1234\")}]' is the validator crate's errors in Rust's Debug print: developer text, the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: a field `name` read from the text, making the 400 a validation failure).",
  },
  {
    id: 'otrs/ticket-get-access-denied-200',
    expect: {
      kind: 'forbidden',
      message: 'User does not have access to the ticket',
      fields: [],
      logId: null,
      code: 'TicketGet.AccessDenied',
    },
    why: "Rule 3: the body of one member `Error` is that object (`ErrorMessage`, `ErrorCode` by their shapes). Rule 1: `ErrorCode` 'TicketGet.AccessDenied', read without the operation's name before it, is `AccessDenied`, a permission code, which outranks any 2xx: forbidden. Rule 6: that code, as sent. Rule 2.1: 'TicketGet: User does not have access to the ticket!' is the operation's name as a label before a sentence that says what was refused: kept. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a method's name before its report read as developer text).",
  },
  {
    id: 'oro-api/paypal-express-payment-on-merchant-page-400',
    expect: {
      kind: 'bad-request',
      message: "Payment should be completed on the merchant's page",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: the lone JSON:API item has no `source`, and its `meta.data` holds the payment's URLs and values, no line about a parameter: form-level, no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.2: `detail` 'Payment should be completed on the merchant's page, follow the link provided in the error details.' beats `title` 'payment action constraint', a category in words: kept. Rules 5 and 6: no `id`, so no support id; `status` '400' is the status and the title no code.",
  },
  {
    id: 'oro-api/payment-failed-400',
    expect: {
      kind: 'bad-request',
      message: 'Payment failed, please try again or select a different payment method',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.2: the lone item's `detail` 'Payment failed, please try again or select a different payment method.' beats its `title` 'payment constraint'; it names what failed, the person's payment, and what they can do (choose another method): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line that only says something failed with a plea to try again).",
  },
  {
    id: 'itop/rest-services-user-profile-required-200',
    expect: {
      kind: 'unknown',
      message: 'This user is not authorized to use the web services',
      fields: [],
      logId: null,
      code: '1',
    },
    why: "Rule 1: a 200 whose numeric `code` 1 is no HTTP status and whose code names no kind (text never decides): unknown. Rule 6: the explicit `code` 1, iTop's error number, as a string; not zero. Rule 2.1: 'Error: This user is not authorized to use the web services. (The profile REST Services User is required …)' is a generic headline before a sentence of its own, which says what was refused (not the bare 401 phrase, and no 401): kept. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: forbidden, iTop's code 1 being its documented `UNAUTHORIZED`, an `Unauthorized` code without a 401).",
  },
] satisfies Reading[];
