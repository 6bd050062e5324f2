import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 45 cases (every third case of the eighty-fourth holdout's parts DP, DQ, DR, DS, DT, DU
// and DV, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind84/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them), an excerpt of `types.ts` (`DEFAULT` and the case type), the
// `Reading` interface and one finished second reading (the eighty-third's) as a model of the format, and the cases'
// ids, sources, URLs and responses (none was thrown and none sends a `Date` header, so every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the rules
// read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path;
// they listed no folder. They marked 18 cases "hesitated" and named the other reading. Written once and not changed
// after the comparison.
export default [
  {
    id: 'free5gc/nef-af-not-found-404',
    expect: { kind: 'not-found', message: 'AF is not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.2: in problem details the occurrence's `detail` 'AF is not found' beats the `title` 'Data not found'; it names the record not found (the application function), not an input by its key, as 'Resource not found' stays a sentence: kept. Rule 6: no `type`, no code member; the numeric `status` only restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'free5gc/nef-missing-one-of-af-app-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `detail` 'Missing one of afAppId, trafficFilters or ethTrafficFilters' names only inputs by the API's keys written as code, as \"Exactly one of … is required\" and \"Either template_id or form_id should be added to query.\" are the default; the `title` 'Malformed request syntax' is HTTP's own definition of a 400 (RFC 7231's 'malformed request syntax'), which says no more than the status: the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code. Hesitated on message (other reading: the detail kept, as it says what is missing).",
  },
  {
    id: 'free5gc/nef-af-not-found-with-id-404',
    expect: { kind: 'not-found', message: 'AF not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.2: `detail` 'AF not found: unknown-af' beats the `title` 'Data not found'; it names the record not found and the id asked for (not a bare 'not found: ' reason phrase): kept. Rules 3, 5 and 6: no field, no id, no code (the numeric `status` restates the status).",
  },
  {
    id: 'sd-core-webconsole/user-account-already-exists-400',
    expect: { kind: 'bad-request', message: 'user account already exists', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. `error` holds words with spaces, not a code's shape, and text never decides the kind, so 'already exists' in prose makes no conflict (rule 1's duplicate row needs a code). Rule 2.1: 'user account already exists' is a person's sentence naming the record that exists: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'sd-core-webconsole/invalid-data-provided-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: \'invalid data provided\' is a generic summary, as "Provided data is incorrect", "Invalid input data" and "The data sent is not valid" are: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'sd-core-webconsole/incorrect-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'incorrect username or password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'incorrect username or password. Try again' says why signing in failed, a person's sentence, not the 401's phrase restated: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'sd-core-webconsole/token-not-valid-401',
    expect: { kind: 'unauthenticated', message: 'token is not valid', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'auth failed: token is not valid' leads with the 401's phrase in other words ('Authentication failed', a category line), which is dropped, and 'with a reason after it the line stays' (the rule row on 'Authentication failed'); 'token is not valid' names the credential that failed, as 'access_token is invalid' and 'JWT is missing or invalid' stay: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the whole line only restating the 401, as QRapid's 'auth: unauthenticated request' was read).",
  },
  {
    id: 'ericsson-sc/local-reply-mandatory-ie-missing-null-detail-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'MANDATORY_IE_MISSING' },
    why: "Rule 6: the problem's `cause` (3GPP's machine-readable cause) holds only a code, 'MANDATORY_IE_MISSING', and a code alone in a member is the code (IQAir's `message`, Camunda's `title`). Rule 1: a code that says an input is missing (a mandatory information element: 'a missing input is a validation code', as `parameter_missing`, `MISSING_ARG_TOPIC`) outranks a 400: validation. Rule 2.1: the `title` 'Bad Request' is the bare reason phrase and `detail` is null: the default (rule 2.4). Rules 3 and 5: no field member, no id (no request-id header). Hesitated on kind (other reading: bad-request, if `cause` is read as no code or an information element as part of the message as a whole).",
  },
  {
    id: 'cdr-mock-data-holder-energy/invalid-version-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'urn:au-cds:error:cds-all:Header/InvalidVersion',
    },
    why: "Rule 6: the lone item's explicit `code` is the code, as sent. Rule 1: read without its namespace it is `InvalidVersion` under the category `Header`: the version header is the protocol's, not an input the person types (rule 2.1's row: 'a header's name is the protocol's'; rule 1: 'a URI or header too long is the request's'), so it is a bad request of the request as a whole. Rule 2.2: the item's `detail` 'Version header must be a positive integer' beats its `title` 'Invalid Version', but it names only a header and the values it may take, as 'User-Agent header is required' and \"The direction parameter must be 'request' or 'response'\" are the default, and the title names only what is invalid: the default (rule 2.4). Rule 3: no path member (`meta` is empty): no field. Rule 5: no id. Hesitated on kind (other reading: validation, a code that begins with `invalid` and names an input, the version) and on message (other reading: the detail kept, a rule about the value).",
  },
  {
    id: 'cdr-mock-data-holder-energy/invalid-page-out-of-range-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'urn:au-cds:error:cds-all:Field/InvalidPage',
    },
    why: "Rule 1: 422: validation (and `Field/InvalidPage` is an `invalid` code naming an input). Rule 6: the lone item's explicit `code`, as sent. Rule 2.1: the `detail` 'page parameter is out of range.  Maximum page is 1' names the input by the API's key called a parameter and the values it may take (as \"The direction parameter must be 'request' or 'response'\" and an unknown value for a parameter are the default), and the `title` 'Invalid Page' names only what is invalid: the default (rule 2.4). Rule 3: the item has no path member: no field. Rule 5: no id. Hesitated on message (other reading: the detail kept, as 'Maximum page is 1' tells the person the limit).",
  },
  {
    id: 'cdr-mock-data-holder-energy/software-product-inactive-403',
    expect: {
      kind: 'forbidden',
      message: 'Software product status is Inactive',
      fields: [],
      logId: null,
      code: 'urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive',
    },
    why: "Rule 1: 403: forbidden (the code, `AdrStatusNotActive`, names no other kind). Rule 2.2: the item's `detail` 'Software product status is Inactive' beats its `title` 'ADR Status Is Not Active': a sentence saying why access was refused: kept. Rule 6: the lone item's explicit `code`, as sent. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'cdr-mock-data-recipient/invalid-arrangement-422',
    expect: {
      kind: 'validation',
      message: 'Invalid arrangement: foo',
      fields: [],
      logId: null,
      code: 'urn:au-cds:error:cds-all:Authorisation/InvalidArrangement',
    },
    why: "Rule 1: 422: validation; the code `InvalidArrangement` (an `invalid` code naming the arrangement sent) says no other kind, and its `Authorisation` category does not classify beside a code that does. Rule 6: the lone item's explicit `code`, as sent. Rule 2.2: the item's `detail` 'Invalid arrangement: foo' is the occurrence's text over the type-level `title` 'Invalid Consent Arrangement'; it names the consent arrangement in plain words with the id given, as 'Invalid phone number' stays: kept. Rules 3 and 5: no path member, no id. Hesitated on message (other reading: the default, a line naming only which input is invalid and its value, as 'Invalid jobId' is; or the title).",
  },
  {
    id: 'cdr-authorisation-server/revoke-invalid-arrangement-422',
    expect: {
      kind: 'validation',
      message: 'Invalid Consent Arrangement',
      fields: [],
      logId: null,
      code: 'urn:au-cds:error:cds-all:Authorisation/InvalidArrangement',
    },
    why: "Rule 1: 422: validation (the code `InvalidArrangement` says no other kind). Rule 6: the lone item's explicit `code`, as sent. Rule 2.1: the `detail` 'foo' is a lone word (the arrangement's id), no message; the `title` 'Invalid Consent Arrangement' is then the only sentence, the code spelled out for a person (KQI Documatica's 'Document deleted' beside its code): kept. Rules 3 and 5: no path member, no id (`meta` empty). Hesitated on message (other reading: the default, a title that only names what is invalid).",
  },
  {
    id: 'cdr-authorisation-server/revoke-client-assertion-invalid-format-400',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_client' },
    why: "Rule 1: OAuth's `invalid_client` is a credential code, which outranks a 400: unauthenticated. Rule 6: OAuth's `error` is the code. Rule 2.1: the `error_description`'s vendor number 'ERR-CLIENT_ASSERTION-005: ' is dropped; 'Cannot read client_assertion.  Invalid format.' reports a signed assertion (a JWT) the server could not parse, named by the API's key: token internals and a token that would not parse are developer text (rule 2.3, the seventy-eighth holdout's row), and a line naming only an input by its key is the default: the default (rule 2.4). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'cdr-authorisation-server/dcr-ssa-validation-failed-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_software_statement',
    },
    why: "Rule 6: OAuth's `error` (RFC 7591's dynamic registration code) is the code. Rule 1: `invalid_software_statement` begins with `invalid` and names what was sent (the `software_statement` in the registration body), as the eighty-second holdout's row reads RFC 7591's `invalid_client_metadata` as what was sent, not a credential: a validation code, which outranks a 400. Rule 2.1: the vendor number 'ERR-DCR-005: ' is dropped, and 'SSA validation failed.' only says something failed validation (two words before 'validation failed' are generic): the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, the software statement read as a signed credential like a client assertion).",
  },
  {
    id: 'adorsys-xs2a-sandbox/consents-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 403: forbidden. Rule 2.1: Spring Boot\'s `error` \'Forbidden\' is the bare reason phrase, and `message` "You don\'t have access to this resource" is the 403 in other words, as "Access to the requested resource is forbidden.", "Access to resource forbidden" and "This action is forbidden." say no more than the status: the default (rule 2.4). Rule 6: `error` only restates the status: no code. Rule 3: the top-level `path` is the request\'s URL path, no field. Rule 5: `timestamp` is no id. Hesitated on message (other reading: kept, a sentence addressed to the person).',
  },
  {
    id: 'mapserver/ogcapi-unknown-query-parameter-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'InvalidParameterValue' },
    why: "Rule 1: `InvalidParameterValue` is a validation code (rule 1's own example), outranking a 400: validation. Rule 6: the explicit `code`. Rule 2.2: `description` is the sentence candidate, but 'Unknown query parameter: unknown' names only a parameter by the API's key after 'parameter:' (a name after 'parameter:' is the API's; an unknown value for a parameter is the default): the default (rule 2.4). Rules 3 and 5: no field member (no OGC `locator`), no id.",
  },
  {
    id: 'mapserver/ogcapi-filter-lang-invalid-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'InvalidParameterValue' },
    why: "Rule 1: `InvalidParameterValue` is a validation code: validation. Rule 6: the explicit `code`. Rule 2.1: `description` 'Only filter-lang=cql2-text or filter-lang=cql2-json is handled' names only an input by the API's key and the values it may take, as \"The direction parameter must be 'request' or 'response'\" is: the default (rule 2.4). Rules 3 and 5: no field member, no id.",
  },
  {
    id: 'qgis-server/wfs3-offset-not-valid-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a body that is an array of one error object is that error's list; the item has no path member, so no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 6: `code` 'Bad request error' is the 400's phrase and the word error, a category line that only restates the status (Bitfinex's 'ratelimit: error', Frollo's 'Aggregator error'), no code. Rule 2.1: `description` \"Argument 'offset' is not valid. Offset for features to retrieve [0-3]\" names only an argument by its quoted key and the values it may take (\"Invalid argument [name]\", \"Invalid parameter 'x'\"): the default (rule 2.4). Rule 5: no id. Hesitated on code (other reading: 'Bad request error', the `code` member's words).",
  },
  {
    id: 'fuseki/not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the text's first line 'Error 404: Not Found' is the bare reason phrase behind the status's number (as 'HTTP 404' and 'error code: 1020'), and the second only labels the server and its build: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'tegola/map-not-configured-cached-200-text',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code, no error status in the body and no headers that say what failed: unknown (text never decides). Rule 2.6: plain text on a 2xx may be the message, but 'map (foo) not configured. check your config file' is written for whoever operates the server (its configuration file: 'If you operate this server, …' is developer text, rule 2.3's rows), starting with the server's own lower-case term: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as 'map (foo) not configured' names the map the person asked for).",
  },
  {
    id: 'mongooseim/invalid-query-string-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text \'Invalid query string\' says only that the request\'s query as a whole is invalid, as "Invalid request path /", "Invalid request format" and "Invalid format" say no more than the status: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as the corpus kept warp\'s \'Invalid query string\' in the fifth sample).',
  },
  {
    id: 'mongooseim/missing-owner-jid-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found (text never decides). Rule 2.1: plain text 'Missing owner JID' names only which input is missing, the room's owner by the API's name for it (an XMPP JID), as 'Halo GUID must be provided.' was read: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, 'owner JID' written in words, not quoted, as code, or called a parameter).",
  },
  {
    id: 'mongooseim/users-domain-does-not-exist-400',
    expect: { kind: 'bad-request', message: "User's domain does not exist", fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so 'does not exist' makes no not-found). Rule 2.6: plain text on a 4xx that is a person's sentence: \"User's domain does not exist\" names the record missing: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'mongooseim/domain-not-found-404',
    expect: { kind: 'not-found', message: 'Domain not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text 'Domain not found' names what was not found, as 'Resource not found' is a sentence (only the bare reason phrase restates the status): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'riak-kv/list-buckets-bad-utf8-500-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500: server. Rule 2.5: an HTML error page gives no message (its Erlang stack trace goes to `details`, rule 2.3), and rule 2.6 gives the default on a 5xx anyway: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'riak-explorer/create-bucket-type-invalid-json-500',
    expect: { kind: 'server', message: 'Cannot create bucket type', fields: [], logId: null, code: null },
    why: "Rule 1: 500: server (text never decides). Rule 2.1: `error` 'Cannot create bucket type: invalid json.' says which action failed, then a parser's bare 'invalid json' (developer text, rule 2.3: a bare 'Invalid JSON'); the person reads the sentence before the developer's part, as before a parser's report in parentheses: kept as 'Cannot create bucket type'. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the whole line a report of JSON that would not parse).",
  },
  {
    id: 'openqa/invalid-personal-access-token-403',
    expect: { kind: 'forbidden', message: 'invalid personal access token', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden; `error` holds words with spaces, no code, and text never decides, so no credential code turns it unauthenticated. Rule 2.1: 'invalid personal access token' names a credential, and a credential's name stays ('access_token is invalid'): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'openqa/erroneous-parameters-limit-invalid-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: 'Erroneous parameters (limit invalid)' is a generic line ('Invalid request parameters provided.') with only the API's key of the invalid input in brackets (\"Parameter(name) is invalid!\"): the default (rule 2.4). Rule 6: `error_status` 400 is the status, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'athena/route-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.3: `message` \"No route found for 'GET /fake/route'.\" is the router's report of a method and path, as Rails' 'No route matches [POST] \"/…\"' is developer text: the default (rule 2.4). Rule 6: the numeric `code` 404 only restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'luarocks/api-keys-revoked-200',
    expect: {
      kind: 'unknown',
      message: 'All API keys have been revoked',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 with no code, no error status in the body and no header: unknown; text never decides, and lines about no field on a 2xx say what failed, not which kind (OCR.space's list: unknown). Rule 2.2: a lone form-level sentence in the `errors` list is the message: 'All API keys have been revoked: please read the security message on https://luarocks.org/ and generate a new key' (a credential named, for the person to act on): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind (other reading: unauthenticated, the revoked key read as the credential failing).",
  },
  {
    id: 'scotty/default-not-found-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.5: the body '<h1>404: File Not Found!</h1>' is markup (an HTML element's tag), never a message, and its text is the reason phrase anyway: the default. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'webwork3/incorrect-username-or-password-200',
    expect: {
      kind: 'unknown',
      message: 'Incorrect username or password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 with no code, no error status in the body (`logged_in: 0` is a state, not an error status or code) and no header: unknown (text never decides; a failed sign-in is a credential kind only from a code or a 401). Rule 2.1: `message` 'Incorrect username or password.' is a person's sentence: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind (other reading: unauthenticated, from the refused sign-in).",
  },
  {
    id: 'rfc8555/user-action-required-terms-403',
    expect: {
      kind: 'forbidden',
      message: 'Terms of service have changed',
      fields: [],
      logId: null,
      code: 'urn:ietf:params:acme:error:userActionRequired',
    },
    why: "Rule 1: 403: forbidden (the problem type's last segment, `userActionRequired`, names no other kind). Rule 6: a problem `type` URI is the code when there is no other, as sent. Rule 2.2: `detail` 'Terms of service have changed' is the occurrence's sentence: kept. Rule 5: `instance` is a URL, not a token, so no support id; `Replay-Nonce` is no request id. Rule 3: no field.",
  },
  {
    id: 'ejbca/approval-invalid-request-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error_message` \"Invalid request ID '-12345'. Request ID must be a positive integer.\" names only which input is invalid, with its value quoted, and the values it may take (\"Invalid value for contentid '…'\", \"The direction parameter must be 'request' or 'response'\"): the default (rule 2.4). Rules 3, 5 and 6: no field member, no id (the approval request's id is the input, not a support id), no code. Hesitated on message (other reading: kept, 'request ID' written in words and a rule about its value).",
  },
  {
    id: 'netmaker/network-does-not-exist-404',
    expect: { kind: 'not-found', message: 'This network does not exist', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `Message` (PascalCase, rule 3) 'W1R3: This network does not exist.' leads with the vendor's label, dropped as an error number is, and then names the record not found: kept. Rule 6: the numeric `Code` 404 only restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'netmaker/delete-unsuccessful-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `Message` 'Delete unsuccessful.' is made only of words that say something failed ('Operation failed.'): the default (rule 2.4). Rule 6: `Code` 400 restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'netmaker/admin-already-exists-400',
    expect: { kind: 'bad-request', message: 'Admin already Exists', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request; 'already exists' in prose is no duplicate code (text never decides). Rule 2.1: `Message` 'Admin already Exists' is a sentence naming what exists: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ralph/user-scopes-not-allowed-401',
    expect: {
      kind: 'unauthenticated',
      message: 'User scopes do not allow access to the requested endpoint',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated (nothing turns a 401 into anything else). Rule 2.1: `detail` 'User scopes do not allow access to the requested endpoint' says why access was refused, not the 401's phrase restated: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ralph/post-parameter-not-allowed-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `detail` 'The following parameter is not allowed: `mamamia`' names only a parameter by the API's key written as code after a pointing headline ('The following field is invalid: email'): the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code.",
  },
  {
    id: 'ralph/put-statements-query-failed-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `detail` 'xAPI statements query failed' reports the backend's query that failed (a database's query that failed is developer text, the sixty-ninth holdout's row), and says only that something failed: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'adl-lrs/statement-verb-missing-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text 'verb is missing in Statement' names only which input is missing, a lone word in small letters that starts the line ('url is required'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'adl-lrs/score-min-above-max-400-text',
    expect: {
      kind: 'bad-request',
      message: 'Score minimum in statement result must be less than the maximum',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.6: plain text on a 4xx that is a person's sentence: 'Score minimum in statement result must be less than the maximum' states a rule between two values in words: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'marsha/initiate-upload-anonymous-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Authentication credentials were not provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: Django REST framework's `detail` 'Authentication credentials were not provided.' says what was missing (the credentials), not the bare phrase, as the corpus keeps Probely's and pekko-http's like lines: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 401's phrase in other words, as the fortieth sample's second reader read it).",
  },
  {
    id: 'marsha/initiate-upload-file-too-large-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['size', 'file too large']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body whose members are all lists of strings is a map of fields (Django REST framework): `size` with 'file too large, max size allowed is 10 Bytes'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
] satisfies Reading[];
