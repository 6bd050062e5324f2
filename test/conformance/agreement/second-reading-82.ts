import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 31 cases (every third case of the eighty-second holdout's five parts, DI to DM, in file
// order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind82/rules.md`, as it stood when these cases were first run, its rule rows
// read as amending the rules above them), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading`
// interface and one finished second reading (the eighty-first's) as a model of the format, and the cases' ids,
// sources, URLs and responses (none was thrown and none sends a `Date` header, so every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the rules
// read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path;
// they listed no folder. They marked 19 cases "hesitated" and named the other reading. Written once and not changed
// after the comparison.
export default [
  {
    id: 'nsq/nsqd-pub-msg-empty-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'MSG_EMPTY' },
    why: "Rule 6: a code alone in a message's member is the code (IQAir's `message: \"city_not_found\"`): `MSG_EMPTY`. Rule 1: a code outranks a 400; the message published is the request's body, and a code that says the request's body is invalid or missing is a bad request (`INVALID_BODY`; a request without a body is no input's fault, rule 2.3's ShipEngine line): bad-request. Rule 2.1: a code is no sentence: the default (rule 2.4). Rule 3: no field. Rule 5: no id. Hesitated on kind (other reading: validation, 'message empty' read as a code that says an input's value is missing, as `parameter_missing`).",
  },
  {
    id: 'nsq/nsqlookupd-channel-create-invalid-arg-channel-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_ARG_CHANNEL' },
    why: "Rule 6: a code alone in a message's member is the code: `INVALID_ARG_CHANNEL`. Rule 1: a code that begins with `invalid` and names an input (the argument `channel`) is a validation code, and a code outranks a 400: validation. Rule 2.1: only a code, no sentence: the default (rule 2.4). Rule 3: no error object names its field in a member (`param`, `field`), and the field's name inside a code is no path: no field-bound error. Rule 5: no id.",
  },
  {
    id: 'kuma-mesh/list-page-size-exceeded-400',
    expect: {
      kind: 'validation',
      message: 'Invalid page size',
      fields: [['size', 'Invalid page size of 2000']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `causes` is a list of items each naming a field and carrying a message (a list read under any member name): `size`, 'Invalid page size of 2000. Maximum page size is 1000'. Rule 1: a 400 that carries field errors: validation. Rule 2.1 and 2.2: `title` 'Could not retrieve resources' only says an action failed (as 'Couldn't load data'), and `details` 'Invalid page size' is the occurrence's line in a person's words ('page size', not the API's key `size`; as 'Invalid phone number' stays): kept. Rules 5 and 6: no id, no code (no `type`). Hesitated on message (other reading: the default, the envelope's line only restating its one field's error, rule 2.4).",
  },
  {
    id: 'kuma-mesh/put-invalid-name-and-mesh-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'invalid characters'],
        ['mesh', 'invalid characters'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `causes` holds two items that each name a field and carry a message: `name` and `mesh`, each 'invalid characters. Valid characters are …'. Rule 1: a 400 with field errors: validation. Rule 2.1: `title` 'Could not process a resource' only says something failed, and `details` 'Resource is not valid' is a generic summary ('Invalid Resource', 'The supplied input entity was invalid.'): only field messages, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'kuma-mesh/std-errors-inspect-policy-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Could not retrieve policy',
      fields: [],
      logId: null,
      code: '/std-errors',
    },
    why: "Rule 1: 404: not-found. Rule 2.1 and 2.2: `detail` and `details` are both 'Not found', the bare reason phrase, so the problem's `title` 'Could not retrieve policy', a sentence naming what could not be had, is the best candidate: kept. Rule 6: a problem `type` URI is the code when there is no other (never `about:blank`): '/std-errors' (`status` is the status). Rule 5: no id. Rule 3: no field. Hesitated on message (other reading: the default, a line that only says an action failed, as 'Couldn't load data') and on code (other reading: none, a type every error of the API shares, which names no kind of error).",
  },
  {
    id: 'headscale/grpc-gateway-unknown-route-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found (a code never turns a 404 into anything else). Rule 2.1: `message` 'Not Found' is the bare reason phrase: the default (rule 2.4). Rule 6: gRPC-gateway's unwrapped google.rpc status holds `code: 5`, gRPC's number for NOT_FOUND, which only restates the status, and `details` is empty (no `ErrorInfo.reason`): no code. Rule 5: no id. Hesitated on code (other reading: '5', the explicit numeric `code` member as a string).",
  },
  {
    id: 'rqlite/query-marshal-no-db-results-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is written by runtimes, not the app's authors: the default; it is developer text besides (rule 2.3: Go's `json:` report, a serializer's failure on a type `*http.DBResults`). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'onadata/digest-invalid-username-password-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid username/password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: Django REST framework's `detail` 'Invalid username/password' names the credentials refused, which says that signing in failed (a credential's name stays, as 'Invalid username or password.'): kept. Rules 5 and 6: no id, no code. Rule 3: no field.",
  },
  {
    id: 'readthedocs/subproject-nesting-not-supported-400',
    expect: {
      kind: 'bad-request',
      message: 'Subproject nesting is not supported',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: `non_field_errors` is a form-level key: no path. Rule 1: a 400 with no field-bound error and one message (a lone message is not a list), no code: bad-request. Rule 2.2: a lone form-level sentence is the message: 'Subproject nesting is not supported'. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'treeherder/count-requires-positive-integer-400',
    expect: {
      kind: 'bad-request',
      message: 'count requires a positive integer',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides the kind: bad-request. Rule 2.1: `detail` 'count requires a positive integer, not: -1' says what the value must be (a rule about a value, which the collectors and blind readers keep), not only which input is wrong; the value printed after it is cut: kept. Rule 3: `detail` names no field in a member (no `param`, `field`, `attr`): no field. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line that starts with the API's key in small letters, as 'url is required' and NutrientAPI's 'ingredients must be a non-empty array' were read by one reader).",
  },
  {
    id: 'anitya/package-already-exists-409',
    expect: {
      kind: 'conflict',
      message: 'package already exists in distribution',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409: conflict. Rule 2.1: `error` 'package already exists in distribution' is a sentence (words with spaces, not a code's shape) saying what clashed: kept. Rule 6: `error` holds that sentence, not a code: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'anitya/items-per-page-too-big-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['items_per_page', 'Value must be less than or equal to 250']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a `message` holding an object is the error object (the twelfth holdout's row), and its map of path to text is a map of fields (Flask-RESTful's reqparse): `items_per_page`, 'Value must be less than or equal to 250.'. Rule 1: a 400 with field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'anitya/authentication-required-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'authentication_required',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: OAuth-style `error_description` beats `error`; 'Authentication is required to access this API.' is the 401's phrase ('Authentication is required', the twenty-ninth holdout's row) said of the API, which adds nothing the status does not say (as pub.dev's and TIBCO's 'requires authentication' were read): the default (rule 2.4). Rule 6: OAuth's `error` 'authentication_required'. Rule 4: `WWW-Authenticate: Token` gives no wait. Rule 5: no id. Hesitated on message (other reading: kept, a sentence naming what needs the sign-in, as the corpus keeps some 401 restatements).",
  },
  {
    id: 'hypothesis/not-acceptable-406',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 406: bad-request. Rule 2.1: `reason` 'Not acceptable' is the 406's bare reason phrase: the default (rule 2.4). Rule 6: it only restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'alaveteli/could-not-find-request-404',
    expect: {
      kind: 'not-found',
      message: 'Could not find request',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.2: a lone form-level sentence in `errors` is the message: 'Could not find request 123459876' names the record (an information request by its number) not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'alaveteli/direction-parameter-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server (text never decides, and no code turns a 5xx into a 4xx kind). Rule 2.1: the lone line in `errors`, 'The direction parameter must be 'request' or 'response'', names an input by the API's key and calls it a parameter ('Parameter component is required'), with the enum's values (an enum's field named by key is the kind's default, the seventy-seventh holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code. Hesitated on message (other reading: kept, a rule about the value, as GOV.UK Notify's 'status bad is not one of […]' stays).",
  },
  {
    id: 'consul-democracy/graphql-error-parsing-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'Error parsing JSON' is a parser's report ('JSON parsing error', 'Error processing json'): developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'open-food-network/api-v1-customer-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the lone item's `detail` 'The resource you were looking for could not be found.' is the 404 restated in stock words about 'the resource', as the sixty-eighth holdout's row reads 'Access to the requested resource is forbidden.' (it names no record): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as the fifth holdout's row reads 'Resource not found' as a sentence).",
  },
  {
    id: 'open311-georeport/service-code-null-400-xml',
    expect: {
      kind: 'bad-request',
      message: 'Service Code cannot be null',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: XML read as JSON would send it: `<errors><error>` is a list of one item with `code` 400 and `description`. Rule 1: a 400 without field errors (no path member) and with no code that says more: bad-request. Rule 2.1 and 2.2: the lone item's `description` 'Service Code cannot be null -- can't proceed with the request.' names the input in a person's words, in capitals and spaces (not written as code, as 'Name is required' stays): kept. Rule 6: `<code>400</code>` only restates the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, Open311's `service_code` named only as missing, 'cannot be null' as KairosDB's 'may not be empty') and on code (other reading: '400', the XML error's `Code` element).",
  },
  {
    id: 'rfc7644-scim/bulk-max-payload-size-413',
    expect: {
      kind: 'bad-request',
      message: 'The size of the bulk operation exceeds the maxPayloadSize',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 413 without `Retry-After`: bad-request. Rule 2.1: SCIM's `detail` 'The size of the bulk operation exceeds the maxPayloadSize (1048576).' says what was wrong with this request and its limit: kept. Rule 6: `status: \"413\"` is the status, and no `scimType` is sent: no code. Rule 4: no wait. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 413's phrase in other words with a configuration key, as 'Capture Payload too large').",
  },
  {
    id: 'simpleidserver-scim/put-unknown-resource-404',
    expect: {
      kind: 'not-found',
      message: 'resource id not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'resource id not found' is a sentence naming what was not found (only the bare reason phrase restates the status; 'Resource not found' is a sentence): kept. Rule 6: `status: \"404\"` is the status; `scimType: \"unknown\"` is SCIM's type of the error, a category that names nothing: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 404 restated) and on code (other reading: 'unknown', SCIM's `scimType` as its code).",
  },
  {
    id: 'twake-mail/label-changes-negative-max-changes-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'urn:ietf:params:jmap:error:notRequest',
    },
    why: "Rule 1: JMAP's problem type `notRequest`, read by its last segment, says the request as a whole is not a Request object: bad-request (the 400's too). Rule 6: a problem `type` URI is the code when there is no other: 'urn:ietf:params:jmap:error:notRequest'. Rule 2.3: `detail` opens with JMAP's own definition of the type ('… parsed as JSON but did not match the type signature of the Request object'), a schema's report for developers, and what follows the colon, ''limit' needs to be strictly positive', names the input only by its quoted key: the default (rule 2.4). Rule 3: no field member. Rule 5: no id. Hesitated on message (other reading: kept, the words after the colon as a rule about the value).",
  },
  {
    id: 'oidc-registration/invalid-redirect-uri-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_redirect_uri',
    },
    why: "Rule 1: OAuth-style `error` 'invalid_redirect_uri' begins with `invalid` and names an input (the client's redirect URIs, no credential): a validation code, which outranks a 400. Rule 2.1 and 2.2: `error_description` 'One or more redirect_uri values are invalid' names only the input by the API's key written as code (and 'One or more … are invalid' is generic): the default (rule 2.4). Rule 6: OAuth's `error`: 'invalid_redirect_uri'. Rule 3: no field member. Rule 5: no id.",
  },
  {
    id: 'rfc4918-webdav/lock-token-submitted-423-xml',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 423 is no status the table lists, and no code sorts it: a 4xx that signing in, waiting or changing the input field by field would not fix (the client must submit its lock token): bad-request. Rule 3: the XML read as JSON is `{ error: { 'lock-token-submitted': { href } } }` (namespace prefix dropped): no message, code or path member, and `href` names the locked resource, no field. Rule 2.4: no sentence: the default. Rule 6: no member holds a code. Rule 5: no id. Hesitated on kind (other reading: conflict, a locked resource as a state conflict, as 409) and on code (other reading: 'lock-token-submitted', the precondition element RFC 4918 documents for clients).",
  },
  {
    id: 'radicale/not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx is a message when it is a sentence, but 'The requested resource could not be found.' is the 404 restated in stock words about 'the requested resource', as the sixty-eighth holdout's row reads 'Access to the requested resource is forbidden.' (and rule 2.2 reads Honeycomb's 'The requested resource cannot be found.' as type-level): the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message (other reading: kept, only the bare reason phrase restating the status, as 'Resource not found').",
  },
  {
    id: 'pygeoapi/collection-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Collection not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1 and 2.2: `description` 'Collection not found' names what was not found: a sentence, kept (`code` and `type` 'NotFound' are the reason phrase in PascalCase). Rule 6: `code` and `type` only restate the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'NotFound', the explicit `code` of OGC API's exception vocabulary).",
  },
  {
    id: 'pygeoapi/bbox-crs-without-bbox-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'NoApplicableCode',
    },
    why: "Rule 1: `NoApplicableCode` (OGC's code for an error no other code fits) names no kind, and text never decides: a 400 without fields: bad-request. Rule 2.1: `description` 'bbox-crs specified without bbox parameter' names only inputs by the API's keys, one called a parameter (as 'You need to pass either querystring parameters name or id'): the default (rule 2.4). Rule 6: the explicit `code` member: 'NoApplicableCode' (`type` repeats it). Rules 3 and 5: no field member, no id. Hesitated on code (other reading: none, a code that says only that no code applies, as a category).",
  },
  {
    id: 'spark-fhir/put-to-resource-type-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: `Message` (PascalCase, `message`) 'The requested resource does not support http method 'PUT'.' is ASP.NET Web API's stock line for the 405, the status restated with the method the client sent (as 'Invalid request method.' and 'Functionality not supported by server' say no more): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a sentence naming the method refused).",
  },
  {
    id: 'paypay-opa/dynamic-qr-payment-not-found-400',
    expect: {
      kind: 'not-found',
      message: 'Dynamic QR payment not found',
      fields: [],
      logId: null,
      code: 'DYNAMIC_QR_PAYMENT_NOT_FOUND',
    },
    why: "Rule 3: a body of one member holding an object is that object (`resultInfo`). Rule 1: `DYNAMIC_QR_PAYMENT_NOT_FOUND` is a not-found code, which decides on a 400: not-found. Rule 2.1: `message` 'Dynamic QR payment not found' is the code spelled out for a person, naming what was not found: kept. Rule 6: the explicit `code` member (over `codeId`, a number the docs pair with each code): 'DYNAMIC_QR_PAYMENT_NOT_FOUND'. Rule 5: `codeId` identifies the kind of answer, not this occurrence (the 500 below carries its own fixed `codeId`): no id.",
  },
  {
    id: 'paypay-opa/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: the one member `resultInfo` is the error object. Rule 1: 500: server. Rule 2.1: 'Something went wrong on PayPay service side' is a generic summary ('Something went wrong', 'Something went wrong in ORCID.'): the default (rule 2.4). Rule 6: `INTERNAL_SERVER_ERROR` only restates the status: no code. Rule 5: `codeId` '08101000' numbers the kind of answer, no id. Hesitated on code (other reading: 'INTERNAL_SERVER_ERROR', the explicit code of PayPay's documented list).",
  },
  {
    id: 'alipay/invalid-app-id-query-200',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'isv.invalid-app-id',
    },
    why: "Rule 3: a body of one member holding an object is that object (`alipay_trade_query_response`). Rule 6: a code named as one under another is the code, the other its category (Hikvision's `subStatusCode`, Method's `sub_type`): `sub_code` 'isv.invalid-app-id' over `code` '40002' (a vendor's number, no HTTP status). Rule 1: read without the API's namespace (`isv.`), `invalid-app-id` names the app's identity, the client's credential (as `invalid_client`, `app-key-invalid`), and a code outranks any 2xx: unauthenticated. Rule 2.1 and 2.2: `sub_msg` '无效的AppID参数' ('invalid AppID parameter') is the occurrence's line over `msg` 'Invalid Arguments' (generic), but it names only the input by the API's key and calls it a parameter (both readers gave Gigya's 'Invalid ApiKey parameter' the default): the default (rule 2.4). Rule 5: no id. Hesitated on kind (other reading: validation, a code that begins with `invalid` and names an input the message calls a parameter) and on message (other reading: kept, the AppID as a credential's name).",
  },
] satisfies Reading[];
