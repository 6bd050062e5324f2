import { ownKeys } from './util';

/**
 * The member names real APIs use for each part of an error, most telling first. Data, not code: the
 * structural reader looks each part up here, so a spelling missed is one word added to one list.
 */

/** A sentence for a person. Occurrence-specific text (`detail`, `error_description`) before type-level (`title`). */
export const MESSAGE_KEYS = [
  'userMessage',
  'user_message',
  // Apple's developer portal's `userString` beside its `resultString`, and the line for the person in its
  // `validationMessages: [{ validationKey, validationUserMessage }]`.
  'userString',
  'validationUserMessage',
  // publiq's, in the languages of its users (`endUserMessage: { nl, en }`), beside a `detail` for developers.
  'endUserMessage',
  'end_user_message',
  // Apache Fineract's, beside its `developerMessage` and `userMessageGlobalisationCode`.
  'defaultUserMessage',
  'localizedMessage',
  'localized_message',
  // Dell PowerStore's `messages: [{ code, severity, message_l10n, arguments }]`.
  'message_l10n',
  // QI Tech's `translation` beside its English `description`: the same sentence in the language of the API's users.
  'translation',
  'displayMessage',
  'display_message',
  'error_description',
  'errorDescription',
  'detail',
  'Detail',
  'hydra:description',
  // The occurrence's own words beside a description of the error's type (Fidelidade's `detailedDescription` beside
  // `description`; Toyota's beside a reason phrase).
  'detailedDescription',
  'detailed_description',
  // Beside `message`, the occurrence: "`message` usually just contains the http error code and the `description`
  // contains a more detailed description of the error" (a seed's docs); SparkPost's and WSO2's do the same.
  'description',
  'Description',
  // In Spanish (AEMET's `{ descripcion: "API key invalido", estado: 401 }`), Dutch (KVK's `{ fout: [{ code,
  // omschrijving }] }`) and Czech (ARES's `{ kod, subKod, popis }`).
  'descripcion',
  'omschrijving',
  'popis',
  // An Atom entry's (arXiv's error entry: `<title>Error</title><summary>incorrect id format for …</summary>`).
  'summary',
  'long_message',
  'longMessage',
  // netcup's `{ shortmessage: "Update of DNS records failed", longmessage: "The zone … could not be found." }`.
  'longmessage',
  'message',
  'Message',
  // A sentence under a plural name (Snipe-IT's `{ status: "error", messages: "Asset was not checked in…" }`); a list or
  // a map there holds field errors.
  'messages',
  // In the languages APIs are written in: Norwegian, Danish and Dutch, German, Spanish, Portuguese, Italian
  // (Skatteetaten's `{ kode, melding, korrelasjonsid }`).
  'melding',
  // Norwegian's "error message" (Brønnøysund's `{ korrelasjonsid, feilmelding }`).
  'feilmelding',
  'meldung',
  'Meldung',
  'mensaje',
  'mensagem',
  // The Pix API's violations (Banco Central do Brasil: `violacoes: [{ razao, propriedade }]`), its reason and property.
  'razao',
  'messaggio',
  'ErrorMessage',
  'errorMessage',
  'error_message',
  // BrightPay's `apiErrors: [{ errorCode, errorHint }]`, whose hint "describes the issue in a straightforward
  // language".
  'errorHint',
  'errorSummary',
  'defaultMessage',
  'default_message',
  // Alipay's and Taobao's `{ code, msg, sub_code, sub_msg }`: `msg` names the category ("Remote service error"),
  // `sub_msg` what happened, as `sub_code` is the specific code.
  'sub_msg',
  'subMsg',
  'msg',
  'faultstring',
  // XML-RPC's `<fault>` struct (WordPress's, Odoo's).
  'faultString',
  'reason',
  'statusMessage',
  // FundraiserMax's items, `details: [{ field: "email", issue: "must be a valid email address" }]`.
  'issue',
  // A title names the problem's type (RFC 9457 §3.1.3); an `error` beside it says what happened this time
  // (Honeycomb's "Dataset not found" under "The requested resource cannot be found.").
  'error',
  'Error',
  // French, German, Norwegian, Dutch, Italian, Portuguese (API Recherche d'entreprises' `{ erreur: "Veuillez …" }`).
  'erreur',
  'fehler',
  'Fehler',
  'feil',
  'fout',
  'errore',
  'erro',
  // The occurrence's sentence beside a title (Fantrax's `pageError: { code, title: "App Update Required", text }`).
  'text',
  'title',
  'Title',
  'hydra:title',
  'errors',
  'errorText',
  // MediaWiki's `error.info`; Alpha Vantage's `{ "Note": "Thank you for using Alpha Vantage! Our standard API call
  // frequency is 5 calls per minute…" }`.
  'info',
  // MultiSafepay's `{ success: false, error_code: 1032, error_info: "Invalid API key" }` (an object elsewhere:
  // Juspay's).
  'error_info',
  'errorInfo',
  'note',
  // Freesound's `{ status_code: 401, explanation: "Supplied api_key does not exist", type: "AuthenticationError" }`.
  'explanation',
  // JSON-stat's error items (`error: [{ status, id, label }]`, Eurostat's and other statistics offices').
  'label',
  // Etherscan's text, beside `message: "NOTOK"`: `{ status: "0", message: "NOTOK", result: "Max rate limit reached" }`.
  'result',
  // Foursquare's `meta.errorDetail`, named here as IATA ONE Record's `api:hasErrorDetail` list makes it an envelope
  // too.
  'errorDetail',
  // Last: the sentence beside a `message` that is only a reason phrase (Enphase's `{ message: "Not Found", details:
  // "System not found for …" }`); in an item, its sentence (Contentful's `{ name, path, details }`).
  'details',
  // Uploadcare's `{ error: { content: "UPLOADCARE_PUB_KEY is invalid.", status_code: 403 } }`.
  'content',
  // Hypixel's `{ success: false, cause: "Invalid API key" }`: last, as elsewhere it holds an exception's own text.
  'cause',
  // A status written as a sentence, where most write a word (Icinga 2's `{ error: 401, status: "Unauthorized. Please
  // check your user credentials." }`).
  'status',
] as const;

/** A machine code for programs to branch on; the specific before the category. */
export const CODE_KEYS = [
  'error_code',
  'errorCode',
  'ErrorCode',
  'faultCode',
  'errorcode',
  'code',
  'Code',
  // In other languages: Norwegian and Danish, Polish and Czech, Spanish and Portuguese, Italian.
  'kode',
  'kod',
  'codigo',
  'código',
  'codice',
  // Sage's `$dataCode`.
  'dataCode',
  'subcode',
  // RESTCONF's `error-tag` (RFC 8040 §7.1): the condition, under the layer its `error-type` names.
  'errorTag',
  // Method's `{ type: "INVALID_REQUEST", code: 400, sub_type: "INVALID_SOURCE_LIABILITY" }`: the specific code under
  // its category.
  'sub_type',
  'subType',
  '__type',
  'type',
  'error_type',
  'errorType',
  'reason',
  'status',
  'error',
  'Error',
  'error_summary',
  'name',
  'key',
  'kind',
  'className',
  // Gusto's `category: "duplicate_operation"` ("You may use the category to programmatically handle errors").
  'category',
  // Setu's `{ code: "ERR007", failureReason: "invalid-params" }`: the category beside a numbered code.
  'failureReason',
  'failure_reason',
  // A status written as a word is a code (Elsevier's `status: { statusCode: "AUTHORIZATION_ERROR", statusText }`); one
  // in digits is the status, which a code never restates.
  'statusCode',
] as const;

/** Where an item names its field. `name` and `key` last: elsewhere they name a class or a code. */
export const PATH_KEYS = [
  'field',
  'Field',
  'fieldName',
  'field_name',
  'FieldName',
  // In Spanish, Portuguese and Italian (Atto's `{ campo: "cantidad", regla }`; the Pix API's `propriedade`).
  'campo',
  'propriedade',
  'fieldPath',
  'field_path',
  'path',
  'Path',
  'propertyPath',
  'property_path',
  'propertyName',
  'PropertyName',
  'property',
  'pointer',
  'jsonPointer',
  'json_pointer',
  'jsonPath',
  'instancePath',
  'dataPath',
  // Kappa's `dataLocation: "$request.body#/country (line 1, position 13)"`.
  'dataLocation',
  // Kraken's GraphQL `validationErrors: [{ inputPath: ["input", "user", "firstName"], message }]` (Octopus Energy).
  'inputPath',
  // Google Ads' `location: { fieldPathElements: [{ fieldName, index }] }`.
  'fieldPathElements',
  'param',
  'parameter',
  // Siigo's `Errors: [{ Code: "parameter_required", Message, Params: ["mail_to"] }]`: the parameters it is about.
  'params',
  'validationKey',
  // Screenshot Scout's `errors: [{ option: "url", message }]`: a rendering API's parameters are its options.
  'option',
  // The Czech banks' open-banking standard's `errors: [{ error: "FIELD_MISSING", scope: "merchant.identification" }]`.
  'scope',
  'argumentName',
  'argument',
  'attribute',
  'attr',
  'loc',
  'location',
  'target',
  'members',
  'memberNames',
  'MemberNames',
  // Grafana's request binding: `{ fieldNames: ["Name"], classification: "RequiredError", message: "Required" }`.
  'fieldNames',
  'RelatedProperties',
  // NGP VAN's `errors: [{ code, text, properties: ["resultCodeId"] }]`.
  'properties',
  'fields',
  'param_name',
  'paramName',
  // Apache Fineract's `errors: [{ parameterName, defaultUserMessage, developerMessage }]`.
  'parameterName',
  'parameter_name',
  // Gusto's `{ error_key: "first_name", category, message }` ("identifies the attribute/parameter related to the
  // error").
  'error_key',
  'errorKey',
  'in',
  'element',
  'source',
  'meta',
  'name',
  'key',
  // Bitbucket Server's `errors: [{ context: "name", message, exceptionName }]` (`null` for the form's).
  'context',
  'keys',
] as const;

/** An id a person quotes to support. */
export const LOG_ID_KEYS = [
  'logId',
  // Creditsafe's `metaData: { apiLogId: 547650 }` beside its `error`.
  'apiLogId',
  // Norwegian (Skatteetaten's `korrelasjonsid`).
  'korrelasjonsid',
  'log_id',
  'requestId',
  'request_id',
  'RequestId',
  'requestID',
  'RequestID',
  'request-id',
  // Cut short (Yandex Music's `invocationInfo: { "req-id" }`).
  'req-id',
  'reqId',
  'req_id',
  'x-request-id',
  'traceId',
  'trace_id',
  'TraceId',
  'traceID',
  'correlationId',
  'correlation_id',
  'CorrelationId',
  'errorId',
  'error_id',
  'supportId',
  'support_id',
  'incidentId',
  'incident_id',
  // Dynatrace's `issueId`, the occurrence its support looks up.
  'issueId',
  'referenceId',
  'reference_id',
  'eventId',
  'event_id',
  'debug_id',
  'debugId',
  'ray_id',
  'rayId',
  // Canvas's `error_report_id`, the report support opens.
  'error_report_id',
  'errorReportId',
  // A W3C trace context written into the body (Prodigi's `traceParent: "00-<trace id>-<span id>-00"`): its trace id.
  'traceParent',
] as const;

/** Developer-only text. */
export const DETAIL_KEYS = [
  'FullException',
  'stack',
  'stackTrace',
  'stacktrace',
  'StackTrace',
  'stack_trace',
  'trace',
  'exception',
  'Exception',
  'debug',
  'debugMessage',
  'debug_message',
  'developerMessage',
  'developer_message',
  // Visma eAccounting's `DeveloperErrorMessage` ("… Try again in 55 seconds.", a wait read from details too).
  'DeveloperErrorMessage',
  'developerErrorMessage',
  'innerException',
  'backtrace',
  'hint',
] as const;

/** A wait before retrying, in seconds unless the name says milliseconds. */
export const RETRY_SECONDS_KEYS = [
  'retry_after',
  'retryAfter',
  'RetryAfter',
  'retry_after_seconds',
  'retryAfterSeconds',
  'retry_in',
  'retryIn',
  'retry-after',
  'retryDelay',
  'retry_delay',
  'wait',
  'wait_seconds',
  'waitSeconds',
  'backoff',
  'retryAfterSecs',
] as const;
export const RETRY_MS_KEYS = [
  'retry_after_ms',
  'retryAfterMs',
  'retryAfterMillis',
  'retry_after_millis',
  'retryDelayMs',
  'retry_in_ms',
  // RevenueCat's `backoff_ms`.
  'backoff_ms',
  'backoffMs',
  // rate-limiter-flexible's `RateLimiterRes`, sent as it is (Segment's `data: { msBeforeNext, remainingPoints }`).
  'msBeforeNext',
] as const;

/**
 * A member's name as the lists spell it: without a vendor's namespace prefix (NetSuite's `o:errorCode`, Sage's
 * `$message`), and in camelCase when it is in PascalCase (.NET's and Intuit's `Fault`, `Type`, `Code`) or kebab-case.
 */
export const plainName = (name: string): string => {
  const colon = name.indexOf(':');
  let bare = name.charAt(0) === '$' ? name.slice(1) : colon > 0 && colon <= 8 ? name.slice(colon + 1) : name;
  // A JSON-LD property after its namespace says what it holds with "has" (IATA ONE Record's `api:hasMessage`).
  if (colon > 0 && /^has[A-Z]/.test(bare)) bare = bare.slice(3);
  // Without a dotted namespace before a list of errors (ImmobilienScout24's `{ "common.messages": [{ message: {
  // messageCode, message } }] }`); a dotted name elsewhere is a field's path.
  if (bare.indexOf('.') > 0 && /^[a-z]+\.(?:messages|errors)$/i.test(bare)) bare = bare.slice(bare.indexOf('.') + 1);
  // Without a letter that names its type (GameBanana's `_sErrorCode`, `_sErrorMessage`, `_aErrorData`).
  if (bare.charAt(0) === '_' && /^_[a-z][A-Z][a-z]/.test(bare)) bare = bare.slice(2);
  // In kebab-case too (ORCID's `error-code`, `user-message`).
  if (bare.includes('-')) bare = bare.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  // In capitals too (Qualys's XML `<CODE>`, `<TEXT>`).
  if (/^[A-Z][A-Z_]+$/.test(bare)) return bare.toLowerCase();
  return /^[A-Z][a-z]/.test(bare) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare;
};

/**
 * Members that describe the error itself. A map holding one of them is an envelope, never a map of
 * fields (unless every value is a list of messages: DRF's `{ "description": ["..."] }`).
 */
export const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  ...MESSAGE_KEYS,
  ...CODE_KEYS,
  ...LOG_ID_KEYS,
  ...DETAIL_KEYS,
  ...RETRY_SECONDS_KEYS,
  ...RETRY_MS_KEYS,
  'errors',
  'Errors',
  'status',
  'statusCode',
  'status_code',
  'StatusCode',
  'success',
  'ok',
  'timestamp',
  'instance',
  'documentation_url',
  'more_info',
  'moreInfo',
  'help',
  'helpUrl',
  'link',
  'links',
  'errorLink',
  'data',
  'meta',
  'extensions',
  'fault',
  'Response',
  'ResponseStatus',
  'result',
  'response',
  'parameters',
  'httpStatus',
  'http_status',
  'statusText',
  'domain',
  'locationType',
  'errorCauses',
  'validation',
  'violations',
  'jsonrpc',
  'id',
]);

/**
 * Spellings of a message and a code no list can hold, found by their shape: `err_msg`, `errMsg`, `error_msg`, `err`
 * (`error` cut short: Figma's and ClickUp's `{ err: "Invalid token" }`), TMDB's `status_message`, `errorDetail`, ADP's
 * `messageText` and `messageTxt`, Pwinty's `statusTxt`, WaafiPay's `responseMsg`, RETS' `ReplyText`, Open Food Facts'
 * `status_verbose`, ClouDNS's `statusDescription`, OGC's `ExceptionText`, DPO Pay's `ResultExplanation`, ResRobot's
 * `errorText`, Plesk's `errtext`, an error's description under a vendor's short prefix (Cardmarket's
 * `mkm_error_description`), a `detailedMessage` (as `detailedDescription`, listed above), Tango Card's
 * `denial_message`, a member named by the status (SignNow's `{ "404": "Unable to find a route…" }`), and one named by
 * its language (Dell Unity's `messages: [{ "en-US": "The requested resource does not exist." }]`); `err_code`,
 * `api_error_code`, NooBaa's `rpc_code` and ClickUp's `ECODE` (`e_code`), OGC's `exceptionCode`, Tango Card's
 * `denial_code`, Lightrail's `messageCode`, brainCloud's `reason_code`, a code under its vendor's name (Roblox's
 * `datastoreErrorCode`) or what failed (HappyTravel's `booking-failure-code`), and the key of a message in a bundle
 * (BigBlueButton's `messageKey: "validationError"`), and a status written as a word under a response's name (TurboSMS's
 * `response_status: "REQUIRED_TOKEN"`).
 */
export const MESSAGE_SHAPE =
  /^_?(?:e_?|err(?:or)?_?|status_?|ret(?:urn)?_?|res(?:ponse)?_?|result_?|exception_?|denial_?|sub_?)?(?:code_?)?(?:msg|message|desc)s?(?:_?te?xt)?$|^err$|^err(?:or)?_?(?:detail|reason|info)$|^(?:[a-z]{2,4}_)?(?:(?:api_?)?result|status|exception|err(?:or)?|reply)_?(?:te?xt|verbose|description|explanation)$|^detailed_?(?:description|message)$|^[1-5]\d\d$|^[a-z]{2}-[a-z]{2}$/i;
export const CODE_SHAPE =
  /^(?:api_?)?(?:e|err(?:or)?|ret(?:urn)?|rpc|result|response|exception|message|denial|text|reason)_?code$|^[a-z]+[-_]?(?:error|failure)[-_]?code$|^message_?key$|^(?:result|response)_?status$/i;

/**
 * Whether a member belongs to the error's envelope, in its listed spelling, in PascalCase, or by its shape
 * (Seafile's `{ error_msg: "File not found." }` is an envelope, not a field).
 */
export function isEnvelopeKey(key: string): boolean {
  let known = ENVELOPE_NAMES.get(key);
  if (known === undefined) {
    known =
      ENVELOPE_KEYS.has(key) || ENVELOPE_KEYS.has(plainName(key)) || MESSAGE_SHAPE.test(key) || CODE_SHAPE.test(key);
    if (ENVELOPE_NAMES.size < 1024 && key.length <= 40) ENVELOPE_NAMES.set(key, known);
  }
  return known;
}
// Names judged before: bodies repeat their members' names (an API sends the same few); bounded, as a hostile body
// can hold any number.
const ENVELOPE_NAMES = new Map<string, boolean>();

/** Members never searched for field errors: they hold locations, links, traces or echoes of the request. */
export const NOT_ERRORS: ReadonlySet<string> = new Set([
  ...DETAIL_KEYS,
  'locations',
  'links',
  'Links',
  'help',
  'Help',
  'metadata',
  'headers',
  'request',
  'config',
  'query',
  'variables',
  'documentation_url',
  'more_info',
  'cost',
  'throttleStatus',
  'rateLimit',
  'rate_limit',
  'innerError',
  'innererror',
  'debugInfo',
  'DebugInfo',
  'input',
  'value',
  'rejectedValue',
  'invalidValue',
  'ctx',
  'context',
  'url',
  'instance',
]);

/** A list of member names with each name's rank, for finding which of them an object has in one pass. */
export interface KeyIndex {
  readonly keys: readonly string[];
  readonly rank: ReadonlyMap<string, number>;
}

export const keyIndex = (keys: readonly string[]): KeyIndex => ({
  keys,
  rank: new Map(keys.map((key, i) => [key, i])),
});

/**
 * The members of `value` that the index names, best-ranked first. A plain object's own keys are walked
 * once (a body has a handful; probing it for forty names, most absent, costs more); anything else is
 * probed with `in`, which also sees inherited and non-enumerable members (an Error's `message`).
 */
export function membersIn(value: object, index: KeyIndex, own = ownKeys(value)): string[] {
  if (!own) return index.keys.filter((key) => key in value);
  // An insertion sort: there are one or two, and Array.prototype.sort costs more to set up than that.
  const found: string[] = [];
  for (const key of own) {
    const rank = index.rank.get(key) ?? index.rank.get(plainName(key));
    if (rank === undefined) continue;
    let at = found.length;
    while (at > 0 && (index.rank.get(found[at - 1] ?? '') ?? -1) > rank) at--;
    if (at === found.length) found.push(key);
    else found.splice(at, 0, key);
  }
  return found;
}
