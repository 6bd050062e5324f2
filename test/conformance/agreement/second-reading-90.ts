import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 45 cases (every third case of the ninetieth holdout's parts FD, FE, FF, FG, FH, FI and
// FJ, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind90/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind90/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind90/reading-interface.ts`) and one finished second reading (the eighty-ninth's,
// `.tmp/blind90/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind90/cases.json`; none was thrown, none sends a `Date` header, and every `now` is 2026-11-22T12:00:00Z),
// no notes, no expectations, no kit answers. They were told not to open the case files or anything else under
// `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use search tools,
// nor to list folders. They opened only the files the brief names, by their full paths (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. Before reading
// the brief, in the same command that printed it, they listed the names in the brief's own folder (`.tmp/briefs`)
// and opened none of them; they listed no other folder. They marked 23 cases "hesitated" and named the other
// reading. Written once and not changed after.
export default [
  {
    id: 'fosrestbundle/form-validation-failed-json-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'This value should not be blank']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` holds a serialized Symfony form, whose `children` lead no path (the fiftieth holdout's row, Kimai's `errors: { children: { project: { errors } } }`): the field `name` with 'This value should not be blank.'. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `message` 'Validation Failed' is a generic summary: with only a field message, the default (rule 2.4). Rule 6: `code` 400 is the status in digits: no code. Rule 5: no id.",
  },
  {
    id: 'fosrestbundle/rfc7807-exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.2: `detail` 'Something bad happened.' beats `title` 'An error occurred', but rule 2.1: both say only that something failed ('Something went wrong'; a line made only of words that say something failed is generic however they are arranged, the twenty-eighth holdout's row): the default (rule 2.4). Rule 6: the problem `type` links the HTTP specification's own section (Symfony's `…rfc2616#section-10`, the sixty-seventh holdout's row): no code; `status` 500 restates the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'laravel-json-api/slug-already-taken-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['slug', 'has already been taken']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a JSON:API item whose `source.pointer` '/data/attributes/slug' is `slug` (the prefix removed), its `detail` 'The slug has already been taken.' the field's. Rule 1: 422: validation; no code says duplicate, and text never decides, so 'already been taken' makes no conflict. Rule 2.4: only a field message, and `title` 'Unprocessable Entity' is the reason phrase: the default. Rule 6: `status` '422' is the status: no code. Rule 5: no id.",
  },
  {
    id: 'laravel-json-api/invalid-json-syntax-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '4' },
    why: "Rule 3: a JSON:API errors list of one item with no `source`: no field. Rule 1: a 400 without field errors whose numeric code names no kind: bad-request. Rule 2.3: `title` 'Invalid JSON' is a bare \"Invalid JSON\" (the twenty-eighth holdout's row) and `detail` 'Syntax error' is PHP's JSON parser's report: developer text, the default (rule 2.4). Rule 6: the lone item's `code` '4', a numeric code as a string; `status` '400' is the status. Rule 5: no id. Hesitated on code (other reading: none, PHP's `json_last_error` number being no code the vendor documents for programs).",
  },
  {
    id: 'laravel-json-api/member-data-must-be-array-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: `source.pointer` '/data' points at the JSON:API document's own primary data, the whole body, not an input inside it (only `/data/attributes/` and `/data/relationships/` lead fields): no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `detail` 'The member data must be an array.' is a report on the document's structure against the JSON:API format (a body that \"must be a JSON …\", the thirty-fourth holdout's row), and `title` 'Non-Compliant JSON API Document' a category: the default (rule 2.4). Rules 5 and 6: no id; `status` '400' is the status, no code. Hesitated on fields and kind (other reading: the field `data` from the pointer, and then validation) and on message (other reading: 'The member data must be an array.' kept as a sentence).",
  },
  {
    id: 'laravel-json-api/validation-exception-two-fields-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'These credentials do not match our records'],
        ['foo.bar', 'Foo bar is not baz'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: two JSON:API items whose pointers '/email' and '/foo/bar' are `email` and `foo.bar` (JSON Pointer), each with its `detail`. Rule 1: 422: validation (no credential code, and text never decides, so the refused sign-in's words make no unauthenticated). Rule 2.4: only field messages, and the `title`s are the reason phrase: the default. Rule 6: `status` '422' is the status: no code. Rule 5: no id.",
  },
  {
    id: 'yii3/error-handler-json-internal-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'An internal server error occurred.' is the 500's phrase in a sentence ('A server-side error occurred', 'An unexpected problem has occurred.'): generic, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'league-oauth2-server/invalid-client-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Client authentication failed',
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: OAuth's `error_description` beats `error`; `message` repeats it. Rule 2.1: 'Client authentication failed' is no bare \"Authentication failed\" (the row that reads the bare phrase as the 401's): it names the credential that failed, the OAuth client's, and a credential's name stays: kept. Rule 6: OAuth's `error`: 'invalid_client'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 401's phrase in other words with a word before it).",
  },
  {
    id: 'rodauth/login-invalid-password-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [['password', 'invalid password']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated (field errors never turn a 401 into anything else). Rule 3: `field-error` (kebab-case) is a pair of a field's name and its message, as GLPI's pair names a code and its sentence (the fiftieth holdout's row): the field `password` with 'invalid password'. Rule 2.1: `error` 'There was an error logging in' says only that signing in failed ('Login failed', 'Error signing in to …', category lines): the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields (other reading: none, a list of two strings being no item that names a field).",
  },
  {
    id: 'rodauth/login-required-400-json',
    expect: {
      kind: 'bad-request',
      message: 'Please login to continue',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so asking to log in makes no unauthenticated). Rule 2.1: `error` 'Please login to continue' is the 401's phrase in other words ('You must be logged in to access the api', the eighty-seventh holdout's row), which beside any status but a 401 says what was refused: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'rodauth/unsupported-accept-header-406',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 406: bad-request. Rule 2.1: `error` 'Unsupported Accept header. Must accept \"application/json\" or compatible content type' names only a header as invalid (a header's name is the protocol's, never a person's word: the seventy-eighth holdout's header row) and the wire format it takes: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'rodauth/create-account-login-too-short-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['login', 'minimum 3 characters']],
      logId: null,
      code: 'login_too_short',
    },
    why: "Rule 1: 422: validation, and `login_too_short` is a code that says an input's value breaks its length rule (Better Auth's `PASSWORD_TOO_SHORT`). Rule 3: `field-error` is a pair of the field `login` and its message 'invalid login, minimum 3 characters'. Rule 2.1: `error` 'There was an error creating your account' says only that the action failed (a category line, as 'Error signing in to …' is): with only a field message, the default (rule 2.4). Rule 6: a code alone in `reason`, a message-like member (as in a message's member, IQAir's): 'login_too_short'. Rule 5: no id. Hesitated on message (other reading: 'There was an error creating your account' kept, naming the action) and on code (other reading: none, `reason` being no code member).",
  },
  {
    id: 'open-api-spex/invalid-boolean-query-message-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['validParam', 'Invalid boolean']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a JSON:API item whose `source.pointer` '/validParam' is `validParam`, its `message` 'Invalid boolean. Got: string' the field's. Rule 1: 422: validation. Rule 2.1: `title` 'Invalid value' is generic: with only a field message, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'open-api-spex/invalid-format-body-field-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['user.name', 'Invalid format']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a JSON:API item whose `source.pointer` '/user/name' is `user.name`, its `detail` 'Invalid format. Expected ~r/[a-zA-Z][a-zA-Z0-9_]+/' the field's (the regular expression after it is the developer's part, the seventy-fifth holdout's row, but the field keeps its line). Rule 1: 422: validation. Rule 2.1: `title` 'Invalid value' is generic: with only a field message, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'open-api-spex/custom-renderer-unexpected-field-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: the text 'Unexpected field: inValid2' names only an input the API does not know, by its key after a colon (the eighty-seventh holdout's row, Boltz's 'Undefined parameter: currency'): the default (rule 2.4). Rule 3: text names no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'graphiti/validation-relationship-invalid-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['pets', 'is invalid']],
      logId: null,
      code: 'invalid',
    },
    why: "Rule 3: a JSON:API item whose `source.pointer` '/data/relationships/pets' is `pets` (the prefix removed), its `detail` 'Pets is invalid' the field's (its `meta.attribute` names the same field). Rule 1: 422 and `unprocessable_entity`: validation. Rule 2.1: `title` 'Validation Error' is generic: with only a field message, the default (rule 2.4). Rule 6: the item's `code` 'unprocessable_entity' only restates the 422, a category that gives way to the more specific code in the item (as Mautic's gives way to its `type`): `meta.code` 'invalid'. Rule 5: no id. Hesitated on code (other reading: 'unprocessable_entity', the item's own code member).",
  },
  {
    id: 'doorkeeper/client-credentials-invalid-client-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Client authentication failed due to unknown client',
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 1: 401 and `invalid_client`: unauthenticated. Rule 2.2: `error_description` beats `error`. Rule 2.1: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' is Doorkeeper's stock text for `invalid_client`, and only `invalid_request`'s definition is read as saying no more than the status (the sixty-ninth holdout's row; the sixty-third's says the corpus keeps Doorkeeper's other definitions); it names the client and gives reasons after the failure: kept. Rule 6: `error`: 'invalid_client'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, RFC 6749's own definition of `invalid_client` read as `invalid_request`'s is).",
  },
  {
    id: 'trillium-api/missing-content-type-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'missing_content_type' },
    why: "Rule 1: 415: bad-request; `missing_content_type` names a header, which is the request's (the eighty-fourth holdout's row, `Header/Missing`), not an input's missing value. Rule 2.4: no sentence: the default. Rule 6: the error object's `type` 'missing_content_type' is its only code (a category classifies only beside another code). Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, `type` being a category member).",
  },
  {
    id: 'salvo/catcher-method-not-allowed-405-json',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: `name` 'Method Not Allowed' is the reason phrase, and `brief` 'The request method is not supported for the requested resource.' is the 405 defined in other words (ASP.NET Web API's 'The requested resource does not support http method 'PUT'.', the eighty-second holdout's row): the default (rule 2.4). Rule 6: `code` 405 is the status in digits: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: `brief` kept as a sentence).",
  },
  {
    id: 'salvo/catcher-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: 'The requested resource could not be found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx; of its labelled lines, 'code: 404' and 'name: Not Found' are the status and its reason phrase, and 'brief: The requested resource could not be found.' is the sentence: only the bare reason phrase restates the status, so 'Resource not found' is a sentence (the fifth holdout's row): kept. Rule 6: '404' in the text is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, Salvo's stock brief for the status, as its 405's).",
  },
  {
    id: 'pavex/json-body-content-type-mismatch-415-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 415: bad-request. Rule 2.1 with rule 2.3: the text names only the `Content-Type` header and the media types the endpoint takes (a header's name is the protocol's, the seventy-eighth holdout's header row; the wire format is the program's, rule 7): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'pavex/buffered-body-unexpected-error-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers ('Something went wrong while reading the request body.', generic besides): the default. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'shuttle/invalid-project-name-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid project name',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `message` 'Invalid project name. Project names must: …' names the input in a person's words ('Invalid phone number') and gives the rules a name must follow: kept. Rule 6: `status_code` 400 is the status in digits: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'shuttle/invalid-custom-domain-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid custom domain',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `message` 'Invalid custom domain' names the input in a person's words, not by an API key ('Invalid phone number' stays): kept. Rule 6: `status_code` 400 is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a short line naming only what is invalid).",
  },
  {
    id: 'utoipa/todo-axum-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 3: a member named as an error that holds text holds the message (`{ NeutronError: \"…\" }`, the twenty-ninth holdout's row) and is no field, so `NotFound` is the error; rule 2.1: its 'id = 1' is a value printed, no sentence: the default (rule 2.4). Rule 6: the member's name is the reason phrase in PascalCase, no code member: no code. Rule 5: no id. Hesitated on code (other reading: 'NotFound', the error's variant name).",
  },
  {
    id: 'fusio/refresh-token-expired-server-error-400',
    expect: {
      kind: 'server',
      message: 'Refresh token is expired',
      fields: [],
      logId: null,
      code: 'server_error',
    },
    why: "Rule 1: a `server_error` code on a 4xx (Huntflow's on a 400): server (text never decides, so an expired token makes no unauthenticated). Rule 2.2: OAuth's `error_description` beats `error`; rule 2.1: 'Refresh token is expired' names the credential and what is wrong with it: kept. Rule 6: OAuth's `error`: 'server_error'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, an expired refresh token being `invalid_grant`'s case, the code a server's slip).",
  },
  {
    id: 'pomerium/std-error-internal-server-error-json-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `Error` (PascalCase `error`) 'Internal Server Error: 404' is the 500's reason phrase with a status number after it: the default (rule 2.4). Rule 6: `Status` 500 is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'node-oidc-provider/device-code-missing-parameter-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth `invalid_request` on a 400: bad-request. Rule 2.1: `error_description` 'missing required parameter 'device_code'' names only which input is missing, by its quoted key (PDF-Sign's 'Missing required parameter: templateId'): the default (rule 2.4). Rule 3: no member names a field. Rule 6: `error`: 'invalid_request'. Rule 5: no id.",
  },
  {
    id: 'node-oidc-provider/client-authentication-failed-401',
    expect: {
      kind: 'unauthenticated',
      message: 'client authentication failed',
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 1: 401 and `invalid_client`: unauthenticated. Rule 2.2: `error_description` beats `error`; rule 2.1: 'client authentication failed' names the credential that failed, the OAuth client's, no bare \"Authentication failed\": kept (as League's, above). Rule 6: `error`: 'invalid_client'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 401's phrase in other words).",
  },
  {
    id: 'node-oidc-provider/double-client-authentication-400',
    expect: {
      kind: 'bad-request',
      message: 'client authentication must only be provided using one mechanism',
      fields: [],
      logId: null,
      code: 'invalid_request',
    },
    why: "Rule 1: OAuth `invalid_request` on a 400: bad-request. Rule 2.2: `error_description` beats `error`; rule 2.1: 'client authentication must only be provided using one mechanism' says what was wrong with the request this time, not `invalid_request`'s definition (a sentence that says what was wrong stays, the sixty-ninth holdout's row): kept. Rule 6: `error`: 'invalid_request'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, OAuth client authentication mechanics being the developer's).",
  },
  {
    id: 'node-oidc-provider/userinfo-scope-not-granted-400',
    expect: {
      kind: 'bad-request',
      message: 'access token missing requested scope',
      fields: [],
      logId: null,
      code: 'invalid_scope',
    },
    why: "Rule 1: OAuth `invalid_scope`: bad-request. Rule 2.2: `error_description` beats `error`; rule 2.1: 'access token missing requested scope' names the credential and what it lacks: kept. Rule 3: `scope` 'profile' is the OAuth scope the code is about, a value and no path (the Czech banks' `scope` names an item's field beside a field code, not an OAuth scope beside `invalid_scope`): no field. Rule 6: `error`: 'invalid_scope'. Rule 5: no id. Hesitated on fields (other reading: [['profile', 'access token missing requested scope']], an error's `scope` as its path, the sixtieth holdout's row).",
  },
  {
    id: 'django-oauth-toolkit/invalid-credentials-given-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid credentials given',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: `invalid_grant`, a credential code on a 400: unauthenticated. Rule 2.2: `error_description` beats `error`; rule 2.1: 'Invalid credentials given.' names the credential, which says that signing in failed: kept. Rule 6: `error`: 'invalid_grant'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'dex/invalid-client-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid client credentials',
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 1: 401 and `invalid_client`: unauthenticated. Rule 2.2: `error_description` beats `error`; rule 2.1: 'Invalid client credentials.' names the credential: kept. Rule 6: `error`: 'invalid_client'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'identityserver4/connect-token-invalid-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth `invalid_request` on a 400: bad-request. Rule 2.1: the code alone is no sentence: the default (rule 2.4). Rule 6: `error`: 'invalid_request'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'tibco-api-exchange-gateway/token-validation-invalid-grant-400',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_grant' },
    why: "Rule 1: `invalid_grant`, a credential code on a 400: unauthenticated. Rule 2.1: the code alone is no sentence: the default (rule 2.4). Rule 6: `error`: 'invalid_grant'. Rule 5: no id in the body, and none of the headers (`Cache-Control`, `Pragma`) is a request id. Rule 3: no field.",
  },
  {
    id: 'elide/unknown-identifier-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.3: the lone item's `detail` 'InvalidObjectIdentifierException: Unknown identifier '100' for parent' (its entities read as text) opens with an exception class, as `TypeError:` prefixes do: developer text, the default (rule 2.4). Rule 6: no code member; the exception's class in the text is developer text: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Unknown identifier '100' for parent' kept, the class dropped as a label before the sentence).",
  },
  {
    id: 'elide/patch-extension-unparsable-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `detail` 'Bad Request Body'Could not parse patch extension value: {\"id\":\"6\", …}'' is a reason phrase before a parser's report with JSON as text (a body the server could not parse): developer text, the default (rule 2.4). Rule 6: `status` '400' is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'drf-json-api/required-attribute-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['headline', 'This field is required']],
      logId: null,
      code: 'required',
    },
    why: "Rule 3: a JSON:API item whose `source.pointer` '/data/attributes/headline' is `headline`, its `detail` 'This field is required.' the field's. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 6: the lone item's `code`: 'required'; `status` '400' is the status. Rule 5: no id.",
  },
  {
    id: 'drf-json-api/nested-list-two-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['comments.0.attachment.data', 'This field is required'],
        ['comments.0.body', 'This field is required'],
      ],
      logId: null,
      code: 'required',
    },
    why: "Rule 3: two JSON:API items whose pointers, '/data/attributes/' removed, are `comments.0.attachment.data` and `comments.0.body` (array indices as numbers), each with 'This field is required.'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rule 6: errors that all carry one code give it (the fifty-first holdout's row): 'required'. Rule 5: no id. Hesitated on fields (other reading: `comments.0.attachment`, the nested relationship's `data` member dropped as the prefix is).",
  },
  {
    id: 'fastapi-jsonapi/filter-null-field-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['filters', "can't be null"]],
      logId: null,
      code: null,
    },
    why: "Rule 3: a JSON:API item whose `source.parameter` 'filters' (a path-like member rule 3 lists; a parameter's name, not a part of the request) names the field, its `detail` 'The field `email` can't be null.' the field's. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `title` 'Invalid filters querystring parameter.' names only which parameter is invalid: with only a field message, the default (rule 2.4). Rule 6: `status_code` 400 is the status: no code. Rule 5: no id. Hesitated on fields and kind (other reading: no field, a query parameter that holds a filter expression being no input, and then bad-request with the default).",
  },
  {
    id: 'userver/uri-too-long-414-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 414: bad-request. Rule 2.1: the text 'the URI is too long' is the 414's reason phrase ('URI Too Long') in other words, as 'Capture Payload too large' is the 413's (the sixty-ninth holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a plain-text sentence on a 4xx, rule 2.6).",
  },
  {
    id: 'pistache/method-not-allowed-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: the text 'Method Not Allowed' is the bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code (the `Allow` header is the protocol's).",
  },
  {
    id: 'esp-idf-httpd/method-not-allowed-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: the text 'Specified method is invalid for this resource' is the 405 in other words (ASP.NET Web API's 'The requested resource does not support http method …', the eighty-second holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a plain-text sentence on a 4xx).",
  },
  {
    id: 'ai-on-the-edge-device/header-fields-too-long-431-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 431: bad-request. Rule 2.1: the text 'Header fields are too long' is the 431's reason phrase ('Request Header Fields Too Large') in other words, and names only headers (the seventy-eighth holdout's header row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a plain-text sentence on a 4xx).",
  },
  {
    id: 'aria2/rpc-unauthorized-code-1-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '1' },
    why: "Rule 1: a 400 whose JSON-RPC `error.code` 1 is aria2's own number and names no kind, and 'Unauthorized' in `message` is a word, not a code member (text never decides): bad-request. Rule 2.1: `message` 'Unauthorized' is a lone word: the default (rule 2.4; Media Manager's 'Unauthorized' on a 400, read so by its collector). Rule 6: the error's `code` 1, a numeric code as a string: '1'; `id` null is the JSON-RPC call's id. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: forbidden, an `Unauthorized` code without a 401), on message (other reading: 'Unauthorized' kept, the 401's phrase beside another status saying what was refused) and on code (other reading: 'Unauthorized', a code alone in a message's member).",
  },
] satisfies Reading[];
