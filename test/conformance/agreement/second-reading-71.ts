import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 23 cases (every third case of the seventy-first holdout's four parts, BP, BQ, BR and BS,
// in file order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen
// copy of `test/conformance/README.md` (`.tmp/blind71/rules.md`, the rule rows up to the seventieth holdout's
// included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second
// reading (the seventieth's) as a model of the format, and the cases' ids, sources, URLs and responses (none was
// thrown; GMO Payment Gateway's, Wizaplace's and Fakturan.nu's cases send a `Date` header, which gives their `now`, and
// every other case counts from 2026-11-22T12:00:00Z; one case gives a wait by this reading, CRBTrack's body hint of 30
// seconds), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, the live rules file, the git history or the rest of
// `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools, nor to list folders. They
// opened only the files the brief names, by their full paths, and wrote this file by its full path without listing its
// folder. They marked 16 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.
export default [
  {
    id: 'iij-dpf/invalid-access-token-parameter-error-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['access_token', 'invalid']],
      logId: '782d746ac3cb46499b31708fa80e8660',
      code: 'invalid',
    },
    why: "Rule 3: `error_details` is a list of items with a path-like `attribute` and a `code` but no message: a GitHub-style item whose message is made from its code ('access_token: invalid'), an item that says only a code being its field's error under a field: the field `access_token`. Rule 1: a 400 that carries field errors is a validation failure, and `error_type` 'ParameterError' (a code that says a parameter is wrong, as `PARAM_ERROR`) is a category that agrees; `invalid` alone is no credential code: validation. Rule 2.1: `error_message` 'There are invalid parameters.' only says parameters were invalid (as 'Invalid input parameters', 'One or more parameters were missing or invalid.'): generic, and with only field messages the default (rule 2.4). Rule 5: `request_id`: the support id. Rule 6: the lone item's code over the category beside it: 'invalid'. Hesitated on code (other reading: 'ParameterError', the item's code being only its field's) and on kind (other reading: unauthenticated, an access token refused being a credential failure).",
  },
  {
    id: 'gmo-payment-gateway/alter-tran-missing-options-200-text',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose text body names no error status and no code any row sorts: unknown. Rule 2.6 and the fortieth holdout's row: the body 'ErrCode=E01|E01|E01&ErrInfo=E01090008|…' is a form-encoded reply, developer text, not a sentence: the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: no id. Rule 6: the codes sit inside a form-encoded reply no rule reads as members, and the rules leave it in doubt: none stated. Hesitated on code (other reading: 'E01090008', the first `ErrInfo`, GMO's detailed code, or 'E01').",
  },
  {
    id: 'timetree/calendar-not-found-problem-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'https://developers.timetreeapp.com/en/docs/api#get-calendarscalendar_id',
    },
    why: "Rule 1: 404: not-found. Rule 2.1: the problem's `title` 'Not Found' is the bare reason phrase, and there is no `detail`: the default (rule 2.4). Rule 5: no id. Rule 6: a problem `type` URI is the code when there is no other (it is neither `about:blank` nor a link to the HTTP specification's section for the status): the URI as sent. Hesitated on code (other reading: none, a link to the endpoint's documentation that names no error).",
  },
  {
    id: 'tforce-freight/cancel-pickup-not-authorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Not authorized to Cancel Pickup',
      fields: [],
      logId: 'b31a21d27ca442ff9ed9f95305d0376a',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated; no code turns a 401 into anything else. Rule 2.1: `errorDescription` 'Not authorized to Cancel Pickup WBU00000000' begins with the 401's phrase, but with a reason after it (what was refused: cancelling this pickup) the line stays (the row on a bare 'Authentication failed'): kept. Rule 5: `transactionReference.transactionId`, a transaction id by its shape (as `transaction_id`): the support id (`confirmationNumber` names the pickup, a record). Rule 6: `errorCode` '401' is the status in digits, and `responseStatus.code` 'ERROR' is the call's own flag (as `\"KO\"`), saying only that it failed: no code. Hesitated on message (other reading: the default, the 401's 'Not Authorized' said of an action) and on code (other reading: 'ERROR').",
  },
  {
    id: 'tforce-freight/create-bol-missing-name-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '0cb7eaff-2921-4c60-8c4f-82a16bb2ce04',
      code: null,
    },
    why: "Rule 3: the missing property `name` is named only in text, no structure: no field error. Rule 1: a 400 without fields or code (`responseStatus.code` 'ERROR' is the call's flag); text never decides: a bad request. Rule 2.3: `description` 'Body of the request does not conform to the definition … Required properties are missing from object: name. Line: 1, Position: 441' is a schema validator's report on the request body with a parser's position (a body that did not match its schema definition): developer text, the default (rule 2.4). Rule 5: `transactionReference.transactionId`: the support id. Rule 6: no code.",
  },
  {
    id: 'rl-carriers/transit-times-zip-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['Destinations.0', 'Zip code is required']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `Errors` is a list of items with a path-like `Property` and a message-like `ErrorMessage` (PascalCase members are the listed ones): a field error. Its path 'request.Destinations[0]' leads with the action's argument, which is no field (the table's `request.email` is `email`, ASP.NET's `product.Name` is `Name`): `Destinations.0`. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages (`Messages` is empty, `ExceptionMessage` empty): the default. Rule 5: no id. Rule 6: `Code` 400 restates the status: no code. Hesitated on fields (other reading: the path kept whole, `request.Destinations.0`).",
  },
  {
    id: 'moip/show-order-not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6 and 2.1: the text body 'Not Found' is the bare reason phrase: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'afterpay/checkout-invalid-redirect-url-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: '6a7240c88a0d76d5',
      code: 'invalid_object',
    },
    why: "Rule 3: the field `merchant.redirectConfirmUrl` is named only in the message's text, outside class-validator's format, and no member names it: no field error. Rule 1: 422: validation; `invalid_object` begins with `invalid` and names what was sent, no code that says the request's body or encoding as a whole is malformed: validation stands. Rule 2.1 and the rule row of 6 December 2026: 'merchant.redirectConfirmUrl must be a valid URL' names the input by the API's name written as code and says only that its value is invalid: the default (rule 2.4). Rule 5: `errorId` in the body, over the `Http-Correlation-Id` and `Cf-Ray` headers: the support id. Rule 6: `errorCode`: 'invalid_object'. Hesitated on message (other reading: kept, a rule about the value, a URL, as NutrientAPI's 'ingredients must be a non-empty array' was kept by its collector) and on kind (other reading: bad-request, the 'object' being the request body as a whole).",
  },
  {
    id: 'afterpay/capture-expired-token-402',
    expect: {
      kind: 'bad-request',
      message: 'Cannot complete payment, expired or invalid token',
      fields: [],
      logId: 'da76c8c79d41e92b',
      code: 'invalid_token',
    },
    why: "Rule 1: a 402, which the kind table does not list; `invalid_token` is a credential code, but the table gives it the kind on a 400 or 403 and the prose lets a code outrank 400, 403, 409, 422, a 4xx HTTP does not name and a 2xx, not the named 402 (only a quota code decides on any status): any other 4xx, a bad request. Rule 2.1: `message` 'Cannot complete payment, expired or invalid token.' is a sentence for the person naming what could not be done and why: kept. Rule 5: `errorId` in the body over the headers: the support id. Rule 6: `errorCode`: 'invalid_token'. Hesitated on kind (other reading: unauthenticated, the credential code deciding on a 402 as a quota code does).",
  },
  {
    id: 'bolt/webhook-empty-event-internal-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: 'Root=1-62946914-0bc27d70587a2f0b31b3cf53',
      code: '46',
    },
    why: "Rule 1: 500: server. Rule 2.1: the lone item's `message` 'Internal error' is a generic line ('Internal … error'): the default (rule 2.4). Rule 5: no body id; `X-Bolt-Trace-Id` is `x-trace-id` under a vendor's prefix, holding an AWS X-Ray trace id: the support id, as sent. Rule 6: the lone item of `errors` gives its code, a number: '46'; `result.success: false` is a flag. Hesitated on logId (other reading: none, a header outside rule 5's names, or the id without its 'Root=' label).",
  },
  {
    id: 'payzu/gateway-invoice-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Fatura não encontrada',
      fields: [],
      logId: 'a1b2c3d4-0000-4000-8000-000000000000',
      code: 'not_found',
    },
    why: "Rule 1: 404: not-found, and the code agrees. Rule 2.1: `message` 'Fatura não encontrada para o id informado.' says what was not found (the invoice), a sentence in the API's users' language, not a bare reason phrase: kept. Rule 5: `request_id`: the support id. Rule 6: `error` 'not_found', the only code (`status_code` restates the status in digits): 'not_found'. Hesitated on code (other reading: none, a code that only restates the 404 standing alone).",
  },
  {
    id: 'payzu/cellapoio-document-required-pzc001-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['document', 'Campo obrigatório']],
      logId: null,
      code: 'PZC001',
    },
    why: "Rule 3: `details` is a list of items with `field` and `message`: the field `document`, 'Campo obrigatório.' (a person's words, 'Required field'). Rule 1: a 400 that carries field errors: validation. Rule 2.1: `message` 'Corpo ou parâmetro fora do formato.' ('body or parameter out of format') only says the request's format was wrong, as 'Request format is invalid' and the Câmara's Portuguese parameter-format line do: generic, and with only field messages the default (rule 2.4); `error` 'Bad Request' is the reason phrase. Rule 5: no id. Rule 6: `code`: 'PZC001' (`statusCode` restates the status).",
  },
  {
    id: 'paguebit/minimum-payment-amount-400',
    expect: {
      kind: 'bad-request',
      message: 'Valor mínimo permitido para geração de pagamentos',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code; text never decides: a bad request. Rule 2.1: `message` 'Valor mínimo permitido para geração de pagamentos é R$ 5,00' states the minimum payment amount, a sentence for the person: kept. Rule 5: no id. Rule 6: `statusCode` restates the status: no code.",
  },
  {
    id: 'wapizap/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key provided',
      fields: [],
      logId: null,
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401: unauthenticated. Rule 1's prose: `success: false` says the body failed, the error in `error`. Rule 2.1: `error.message` 'Invalid API key provided' names the credential and what is wrong with it (a credential's name stays): kept. Rule 5: no id. Rule 6: `error.code`, an explicit code member and the only code: 'UNAUTHORIZED'. Hesitated on code (other reading: none, a code that only restates the 401 standing alone).",
  },
  {
    id: 'wapizap/invalid-number-not-on-whatsapp-400',
    expect: {
      kind: 'validation',
      message: 'The phone number is not registered on WhatsApp',
      fields: [],
      logId: null,
      code: 'INVALID_NUMBER',
    },
    why: "Rule 1: `INVALID_NUMBER` begins with `invalid` and names an input (the number), a validation code on a 4xx: validation. Rule 3: `details: { number: \"5511999999999\" }` holds the value sent, not a message (a map whose values do not look like messages is no field errors), and the error object names no field in `param`, `field` or a context's `parameter`: no field error. Rule 2.1: `error.message` 'The phone number is not registered on WhatsApp' is a sentence for the person: kept. Rule 5: no id. Rule 6: `error.code`: 'INVALID_NUMBER'. Hesitated on fields (other reading: the field `number`, named in `details`, given the error's sentence) and on kind (other reading: bad-request, 'number' naming no input of its own).",
  },
  {
    id: 'crbtrack/rate-limit-exceeded-retry-after-429',
    expect: {
      kind: 'rate-limited',
      message: 'Please wait before retrying',
      fields: [],
      retry: 30,
      logId: null,
      code: 'RATE_LIMIT_EXCEEDED',
    },
    why: "Rule 1: 429: rate-limited, and the code agrees. Rule 2.1 and the row that restates it: 'Too many requests. Please wait before retrying.' is a plea to wait after a reason phrase alone, which stays the message: kept. Rule 4.3: no header; `error.retryAfter` 30, in seconds as its name does not say otherwise: 30 s. Rule 5: no id. Rule 6: `error.code`: 'RATE_LIMIT_EXCEEDED'.",
  },
  {
    id: 'leuwongrr/invoice-not-found-404',
    expect: { kind: 'not-found', message: 'Invoice tidak ditemukan', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Invoice tidak ditemukan.' ('Invoice not found') says what was not found, not the bare reason phrase (as 'Resource not found' is a sentence): kept. Rules 5 and 6: no id, no code (`success: false` is a flag).",
  },
  {
    id: 'csku/akses-ditolak-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `error_msg` 'Akses ditolak' ('Access denied') only says access was refused, the 403's phrase in other words, as 'Access forbidden' and 'Access to resource forbidden' are: the default (rule 2.4). Rule 5: no id. Rule 6: `rc` 403 restates the status and `status` 0 is zero: no code. Hesitated on message (other reading: 'Akses ditolak' kept, as SMSGateway.me's 'Access Denied.' was by its collector).",
  },
  {
    id: 'wizaplace/cannot-checkout-empty-basket-code-10-400',
    expect: {
      kind: 'bad-request',
      message: 'Cannot checkout empty basket',
      fields: [],
      logId: null,
      code: '10',
    },
    why: "Rule 1: a 400 without fields; `error.code` 10 is a vendor's number no row sorts, and text never decides: a bad request. Rule 3: `context.basketId` names a record, no parameter: no field. Rule 2.1: `error.message` 'Cannot checkout empty basket' is a sentence for the person: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id and no request-id header (`X-Debug-Token` is a profiler's token): no id. Rule 6: `error.code`: '10'.",
  },
  {
    id: 'wizaplace/dispatch-could-not-be-processed-400',
    expect: {
      kind: 'bad-request',
      message: 'The Dispatch could not be processed',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: `message` 'The Dispatch could not be processed. Check out the response payload to identify the issue' names what failed (the Dispatch, the action asked for); the second sentence only sends the reader elsewhere, a pointer the first sentence does not depend on: kept. Rule 4: the `Date` header gives `now`; no wait. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line that only says something failed and a pointer to the payload, as 'The request could not be completed due to an error.' is generic).",
  },
  {
    id: 'wizaplace/order-not-found-code-14-404',
    expect: { kind: 'not-found', message: 'order not found', fields: [], logId: null, code: '14' },
    why: "Rule 1: 404: not-found. Rule 3: `context.orderId` names a record, no parameter: no field. Rule 2.1: `error.message` 'order not found' says which record was not found (the order asked for), not an input named by its key nor the bare reason phrase: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no id. Rule 6: `error.code`: '14'. Hesitated on message (other reading: the default, a line in small letters starting with a lone word).",
  },
  {
    id: 'fakturan-nu/http-basic-access-denied-text-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'd7334587-cae2-42c2-8a49-a37276181d78',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.5: the body has no tag, so despite `text/html` it is text. Rule 2.6 and 2.1: 'HTTP Basic: Access denied.' labels the scheme and says only that access was refused, the 401's meaning in other words (as 'Authentication failed' and 'Unauthorized access' are on a 401): the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `X-Request-Id`: the support id. Rule 6: no code. Hesitated on message (other reading: 'Access denied' kept, as no row names it a 401's phrase).",
  },
  {
    id: 'fakturan-nu/product-name-blank-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'blank']],
      logId: 'd1d38436-a1b6-4970-b6d5-375a0e5a55ab',
      code: null,
    },
    why: "Rule 3: `errors` at the top is a container whose keys are fields; `name` holds a list of one item whose `error` (a message-like member) says 'blank' (a field's message of one word is kept): the field `name`. Rule 1: 422: validation. Rule 2.4: only field messages: the default. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `X-Request-Id`: the support id. Rule 6: 'blank' is the field's own error, no code member speaks for the response: no code. Hesitated on code (other reading: 'blank', errors that all carry one code giving it).",
  },
] satisfies Reading[];
