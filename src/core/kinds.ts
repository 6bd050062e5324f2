import type { ApiErrorKind } from './types';

const STATUS_KINDS: Readonly<Record<number, ApiErrorKind>> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  410: 'not-found',
  412: 'conflict',
  422: 'validation',
  429: 'rate-limited',
  499: 'cancelled',
  // A gateway could not reach the service: 502-504, Cloudflare's 520-527 and 530, and 529 (overloaded).
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
  520: 'unavailable',
  521: 'unavailable',
  522: 'unavailable',
  523: 'unavailable',
  524: 'unavailable',
  525: 'unavailable',
  526: 'unavailable',
  527: 'unavailable',
  529: 'unavailable',
  530: 'unavailable',
};

/**
 * The 4xx statuses HTTP names (RFC 9110, RFC 6585, RFC 7725, RFC 8470, WebDAV's, the teapot), and nginx's 499. A
 * vendor's own (Beqelal's 479 "Unauthorized IP access", 439 "Duplicate trace number") names nothing: a code beside it
 * decides, as beside a 400.
 */
const NAMED_4XX: ReadonlySet<number> = new Set([
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424,
  425, 426, 428, 429, 431, 451, 499,
]);

/**
 * An error status HTTP names: one of those 4xx, or a 5xx of RFC 9110 or RFC 6585. WebDAV's 507 and 508 are left out: a
 * number in the 500s beside a 2xx is more often a vendor's own (T-Bank's `ErrorCode: "508"`) than WebDAV's.
 */
export const isNamedErrorStatus = (status: number): boolean =>
  NAMED_4XX.has(status) || (status >= 500 && status <= 505) || status === 511;

/** What a status says: any other 4xx is a bad request, any other 5xx a server error. */
export const kindOfStatus = (status?: number): ApiErrorKind | undefined =>
  status === undefined || status < 400 || status > 599
    ? undefined
    : (STATUS_KINDS[status] ?? (status < 500 ? 'bad-request' : 'server'));

/**
 * Machine codes across vendors, by what they contain once lower-cased and stripped of separators and
 * an `Exception`/`Error`/`Fault` suffix (`ThrottlingException`, `throttling_error` and `THROTTLING` are
 * one code). Tried in order; a stem starting with `=` must match the whole code. OAuth 2.0 (RFC 6749,
 * RFC 6750, OIDC), gRPC and Google canonical codes (AIP-193), GraphQL servers, AWS, Azure, Slack,
 * Stripe and the seeds' envelopes.
 */
const CODE_STEMS: ReadonlyArray<readonly [ApiErrorKind, readonly string[]]> = [
  // Before `validation`: a query that does not parse or validate is the developer's, not the person's.
  // A method the URL does not take is the request's, not an input's (Trend Micro's `InvalidMethod`).
  [
    'bad-request',
    [
      'graphqlparsefailed',
      'graphqlvalidationfailed',
      '=graphqlvalidation',
      '=graphqlparse',
      '=invalidmethod',
      // A key repeated in the request's JSON (DIGIT's `REQUEST_JSON_DUPLICATE_KEY`): the body's, no value someone
      // holds.
      'jsonduplicate',
    ],
  ],
  // Before `unauthorized`: EC2's UnauthorizedOperation is a permission.
  ['forbidden', ['unauthorizedoperation', 'unauthorizedaccess']],
  [
    'rate-limited',
    [
      'ratelimit',
      'throttl',
      'toomanyrequests',
      // Of any kind (django-allauth's `too_many_login_attempts`).
      'toomany[a-z]*attempts',
      'quota',
      'resourceexhausted',
      '=exhausted',
      'slowdown',
      'requestlimitexceeded',
      // Bitrix24's `QUERY_LIMIT_EXCEEDED`, sent with a 503.
      'querylimitexceeded',
      '=limitexceeded',
      // UniCourt's `LIMIT_REACHED` (a 403: "You have reached 300 Document Download per day"), as bare.
      '=limitreached',
      // Google's `dailyLimitExceeded` (a day's quota of calls), and a month's (Cypress Cloud's
      // `FREE_PLAN_EXCEEDS_MONTHLY_TESTS` on a 402).
      'dailylimit',
      'monthlylimit',
      'exceeds(?:daily|monthly)',
      // Geotab's `OverLimitException`; MediaWiki's `maxlag`, which asks a client to wait out the replicas' lag.
      'overlimit',
      '=maxlag',
      'requestsexceeded',
      'concurrencylimit',
      'tpmlimit',
      'rpmlimit',
      '=throttled',
      // CloudConvert's `CREDITS_EXCEEDED` (a 402): a quota of credits, as `insufficient_quota` is.
      'creditsexceeded',
      // ScrapeGraphAI's `insufficient_credits` (a 402): the same allowance, spent.
      'insufficientcredit',
      // IBM Quantum's `NOT_CREDITS_AVALIABLES` (a 403): none left.
      '^not?(?:enough)?credits?',
      // Snip's `USAGE_LIMIT_EXCEEDED` (a 403): a plan's allowance of calls.
      'usagelimit',
    ],
  ],
  // Before `not-found`: the caller's key or token matched nothing (Fingerprint's `secret_api_key_not_found`, a 403).
  ['unauthenticated', ['apikeynotfound', 'tokennotfound']],
  [
    'not-found',
    [
      'notfound',
      'nosuch',
      'doesnotexist',
      'notexist',
      'resourcemissing',
      // RESTCONF's and NETCONF's `data-missing` (RFC 8040 §7, RFC 6241 A): the data the request names is not there.
      '=datamissing',
      'unknownresource',
      // "No <thing> found" (Fans United's `status: "no_client_found"` beside a 400).
      '^no(?!t)[a-z]+found$',
      // A search that found nothing (Trainline's `no_results` beside a 400).
      '=noresults',
    ],
  ],
  [
    'conflict',
    [
      'alreadyexist',
      'exists',
      'duplicate',
      // Its short form (Tango Card's `CC_DUPEREGISTER`).
      'dupe',
      'conflict',
      // NETCONF's and RESTCONF's `lock-denied` and `in-use` (RFC 8040 §7: 409): another session holds what it names.
      '=lockdenied',
      '=inuse',
      // A value someone else holds: `taken`, `email_taken`, Talo's `IDENTIFIER_TAKEN`.
      'taken$',
      'inuse',
      'alreadyinuse',
      'conditionalcheckfailed',
      '=aborted',
      'versionmismatch',
      // A resource in the wrong state for the request (Rev.ai's problem type `invalid-job-state` on a 409), which no
      // input's value can mend.
      'invalid[a-z]+state$',
      'preconditionfailed',
      'concurrentmodification',
      'alreadyowned',
      'alreadyregistered',
      'unique',
    ],
  ],
  [
    'unauthenticated',
    [
      'unauthenticated',
      'notauthed',
      // Wit.ai's `no-auth`.
      '=noauth',
      'notauthenticated',
      'invalidauth',
      'invalidgrant',
      'invalidtoken',
      // "Illegal" for invalid (Lazada's `IllegalAccessToken`).
      'illegal[a-z]*token',
      // Geotab's `InvalidUserException`: the session or the login is no valid user.
      'invaliduser$',
      // Either word order: `API_TOKEN_INVALID` (Klarna) says what `invalid_token` does.
      'tokeninvalid',
      'sessioninvalid',
      'signatureinvalid',
      // USGS M2M's `AUTH_INVALID`: the sign-in, not an input, is what is invalid.
      'auth(?:entication)?invalid',
      // OAuth's `invalid_client`; a client's metadata (RFC 7591's `invalid_client_metadata`) is what was sent.
      'invalidclient(?!metadata)',
      'invalidapikey',
      // An app's id is its credential (Alipay's `isv.invalid-app-id`).
      'invalidappid',
      'apikeyinvalid',
      'invalidkey',
      // The same for a key another word names (FareHarbor's `app-key-invalid`, its `key-missing`).
      // ScreenshotOne's `access_key_required`.
      '^(?:api|app|access|secret|client|user)?key(?:invalid|missing|required)$',
      // And a token, in either word order (TurboSMS's `REQUIRED_TOKEN`).
      '^(?:missing|required|no)(?:api|access|auth|bearer|session)?token$',
      '^(?:api|access|auth|bearer|session)?token(?:missing|required)$',
      'invalid(?:app|access|secret|client|user)key$',
      'invalidaccesskeyid',
      'invalidclienttokenid',
      // APNs' `ExpiredProviderToken`: the provider's signing token.
      'expired[a-z]*token',
      'tokenexpired',
      // Kite Connect's `TokenException` on a 403: the session's token expired or is invalid.
      '=token',
      'tokenrevoked',
      // Apple's device enrollment's `token_rejected`.
      'tokenrejected',
      'invalidjwt',
      // Apple's Web Push `BadJwtToken`: the sender's signed token.
      'badjwt',
      'jwtexpired',
      'jwtinvalid',
      '=loginrequired',
      // AzuraCast's `NotLoggedInException`, sent with a 403.
      'notloggedin',
      'interactionrequired',
      // Auth0's `mfa_required` (the sign-in needs its second factor) and its SPA SDK's `missing_refresh_token` (no
      // session to renew): the person signs in again.
      'mfarequired',
      'missingrefreshtoken',
      'notauthorized',
      'consentrequired',
      'signaturedoesnotmatch',
      // Pulsoid's `error_authorization_header_has_wrong_format`: the sign-in's header, not an input.
      'authorizationheader',
      // Junction's `provider_credential_error`: the password a provider refused.
      'providercredential',
      'incompletesignature',
      // AWS's `MissingAuthenticationToken`, Rapyd's `MISSING_AUTHENTICATION_HEADERS`.
      'missingauth',
      // A sign-in that failed, in either word order (Check Point's `err_login_failed`, Too Good To Go's `FAILED LOGIN`,
      // Husqvarna's `invalid.login`).
      'loginfailed',
      'failedlogin',
      '=invalidlogin',
      'invalidcredential',
      'badcredential',
      // KQI Documatica's `BAD_INTERFACE_CODE_PASSWORD`: a password, whatever it signs in.
      '^bad[a-z]*password$',
      'wrongcredential',
      // A sign-in pair that did not match (Stack Auth's `EMAIL_PASSWORD_MISMATCH`), or its password.
      'passwordmismatch',
      'wrongpassword',
      'incorrectpassword',
      // The current password, asked before a new one is set, compared with the stored one (Browsertrix's
      // `invalid_current_password`).
      'invalidcurrentpassword',
      // Either word order (FOLIO's `username.incorrect`, `password.incorrect` on a 422; Airlock IAM's
      // `USERNAME_PASSWORD_WRONG`, `OTP_WRONG`): "incorrect" and "wrong" compare with what is stored, where "invalid"
      // may be a new password's rules.
      '(?:password|username|otp)(?:incorrect|wrong)',
      'authenticationfailed',
      'authenticationrequired',
      // Zenvia's `AUTHENTICATION_ERROR` and Tiny Tiny RSS's `LOGIN_ERROR` (the table reads codes without their `Error`
      // suffix).
      '=authentication',
      '=login',
      'authrequired',
      'sessionexpired',
      'invalidsession',
      // Evergreen's `NO_SESSION`.
      '=nosession',
      'noapikey',
      'missingapikey',
      'accountinactive',
      'invalidsignature',
      'requesttimetooskewed',
      'authfailure',
      // remove.bg's `auth_failed`.
      'authfailed',
      'signaturefailure',
    ],
  ],
  [
    'forbidden',
    [
      'accessdenied',
      'forbidden',
      'permissiondenied',
      // Google Maps' `status: "REQUEST_DENIED"`: refused, as `access_denied` is.
      'denied',
      'insufficientscope',
      'insufficientpermission',
      'missingscope',
      'notpermitted',
      'noaccess',
      'insufficientprivilege',
      'accountsuspended',
      'blocked',
      'restricted',
      '=ipnotallowed',
      // A key or an account not allowed to do what it asked (NS's `API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR` on a 400),
      // and access not allowed, as access denied (Quizizz's `user.ACCESS_NOT_ALLOWED` on a 400).
      'notallowedto',
      'accessnotallowed',
      'unauthorizedclient',
      'missingpermission',
      'permissionerror',
      // HTTP calls a 401 "Unauthorized", and a 401 needs no code to be read: a server that sends the code
      // without that status (AppSync's `errorType: "Unauthorized"` on a 200, monday's
      // `UserUnauthorizedException`) refuses someone it knows.
      'unauthorized',
      'unauthorised',
      // Moodle's `errorcode: "accessexception"`.
      '=access',
    ],
  ],
  [
    'validation',
    [
      'validation',
      'invalidargument',
      'baduserinput',
      'unprocessable',
      'invalidparameter',
      'invalidparam',
      // Iterable's `BadParams`; WeChat Pay's `PARAM_ERROR` and Rakuten's `wrong_parameter` (a parameter is wrong).
      'badparam',
      'wrongparam',
      // Truv's `incorrect_parameters`, Wildberries' `IncorrectParameter`, NOWPayments' `INVALID_REQUEST_PARAMS` (the
      // request's parameters, not the request as a whole).
      'incorrectparam',
      'invalidrequestparam',
      '=param',
      '=params',
      '=parameter',
      // HAFAS's `API_PARAM` (Mobiliteit.lu's, ResRobot's engine): a request parameter invalid or missing.
      '=apiparam',
      'parameterinvalid',
      'invalidinput',
      // TomTom's `BAD_INPUT`, as GraphQL's `BAD_USER_INPUT`.
      'badinput',
      'parametermissing',
      // ModernMT's `ParameterParsingException`: a parameter's value could not be read.
      'parameterparsing',
      'missingparameter',
      // Cut short (the Mobility Data Specification's reference server's `missing_param`).
      '=missingparam',
      // NSQ's `MISSING_ARG_TOPIC`: an argument left out, named after it.
      'missingarg',
      // Avinode's `ERR_INPUT_MISSING`.
      'inputmissing',
      // Alibaba OSS's `MissingArgument`; an id the request left out (The Trade Desk's `MissingUserId`).
      'missingargument',
      'missing[a-z]*id$',
      // kvmd's `ValidatorError` (PiKVM's, GL.iNet's): a validator refused an input.
      '=validator',
      // Zulip's `REQUEST_VARIABLE_MISSING`.
      'variablemissing',
      'missingvariable',
      'missingfield',
      // NETCONF's and RESTCONF's `missing-element` (RFC 6241 A), an element the request's data must hold.
      'missingelement',
      // An input sent where the call takes none (Trilium's `PROPERTY_NOT_ALLOWED`).
      '^(?:property|field|param(?:eter)?|attribute|argument)s?notallowed$',
      // Bot Framework's `MissingProperty`: a member the request left out.
      'missingproperty',
      'propertymissing',
      // Bean Validation's constraints by name (lexoffice's `violation: "NOTNULL"`).
      '=notnull',
      '=notblank',
      '=notempty',
      'missingrequired',
      'requiredfield',
      'invalidfield',
      'invalidvalue',
      'invalidformat',
      'invalidemail',
      // An input's value breaks its length rule (Better Auth's `PASSWORD_TOO_SHORT`, `PASSWORD_TOO_LONG`); a URI or a
      // header too long is the request's (a 414's, a 431's).
      'tooshort',
      '^(?!uri|url|requesturi|header|requestheader)[a-z]+toolong$',
      // zod's issue codes for a value out of its bounds (`too_small`, `too_big`), of any kind, not only a length.
      'toosmall',
      '=toobig',
      'outofrange',
      'badvalue',
      'baddata',
      '=required',
      // An input named before it (Velocity's `proof_jwt_is_required`).
      'isrequired$',
      // Whatever names the input comes first: `COUNTY_CODE_INVALID`, `EMAIL_INVALID`, and one it left out (Silent
      // Witness's `case_id_missing`).
      // A header's is the request's, not an input's (the Consumer Data Standards' `Header/Invalid`, `Header/Missing`),
      // and so is the body's (GraphQL.NET's `JSON_INVALID`).
      '^(?!header|json|body|payload|request)\\w*invalid$',
      '^(?!header|json|body|payload|request)\\w*missing$',
      // 3GPP's `MANDATORY_IE_INCORRECT` (free5GC's, an information element's value wrong), as `…_INVALID`.
      'incorrect$',
      // WooCommerce's `woocommerce_rest_product_invalid_id`: the id sent is not valid.
      'invalidid$',
      'constraint',
    ],
  ],
  [
    'bad-request',
    [
      'badrequest',
      'invalidrequest',
      'unsupported',
      'failedprecondition',
      'invalidscope',
      'malformed',
      'invalidjson',
      // Matrix's `M_BAD_JSON`: the body as a whole, where "bad" before an input's name is a validation code; and
      // Trillium's `parse_error`, a body that would not parse, on a 422 too.
      '=badjson',
      '=parse',
      'methodnotallowed',
      'notacceptable',
      'toolarge',
      'payloadtoolarge',
      'contextlength',
      'invalidaction',
      'invalidoperation',
      // The request as a whole, or its encoding, not one input's value (and its checksum: Box's and S3's
      // `BadDigest`).
      'baddigest',
      'invalidbody',
      'invalidpayload',
      'invalidconfiguration',
      'invalidcontenttype',
      'invalidmediatype',
      // OSRM's `InvalidQuery`: the query string as a whole (a query parameter's value is an input's).
      '=invalidquery',
    ],
  ],
  // Any other code that says an input's value is invalid (rule 1: `invalid_search_offset`, `invalid_industry`,
  // `INVALID_FILE_META_DATA`): after the codes above, which name the request, a credential or a state instead. Not
  // any `missing…`: Aleph Alpha's `MISSING_CAPABILITY` is the model's, not the input's. "Bad" says the same (APNs'
  // `BadDeviceToken`, what3words' `BadCoordinates`), but of a gateway.
  ['validation', ['^invalid', '^bad(?!gateway)']],
  ['timeout', ['deadlineexceeded', 'timeout', 'timedout']],
  ['unavailable', ['unavail', 'overloaded', 'maintenance', 'badgateway', 'upstream', 'capacity']],
  [
    'server',
    ['internal', 'servererror', '=server', '=unknown', 'dataloss', 'unimplemented', 'notimplemented', 'unexpected'],
  ],
  ['cancelled', ['=cancelled', '=canceled', 'clientclosedrequest']],
];

/**
 * A code as the table reads it: lower case, letters and digits only, without an error-class suffix, and without the
 * API's name before it (CAMARA's `ONE_TIME_PASSWORD_SMS.INVALID_OTP`, `SIM_SWAP.…`), which would hide where it starts.
 */
const bare = (code: string): string =>
  code
    // A URN whose last segment is a category and a code names the error there (the Consumer Data Standards'
    // `urn:au-cds:error:cds-all:Field/InvalidPageSize`); a header's category stays, as what it names is the request's.
    .replace(/^urn:(?:[\w.-]+:)+(?:(?!header\/)[a-z]+\/(?=[a-z]+$)|(?=header\/[a-z]+$))/i, '')
    // A problem type's URI names the problem in its last segment (Shlink's `https://shlink.io/api/error/invalid-data`).
    .replace(/^(?:https?:\/\/|\/)[^\s?#]*\/(?=[^/\s?#]+$)/, '')
    .replace(/^[A-Z][A-Z_]*\.(?=[A-Z][A-Z_]*$)/, '')
    // Nor an "error" prefix (Interchecks' `ERR_INVALID_RECIPIENT_ID`) or a one-letter namespace (Matrix's
    // `M_INVALID_USERNAME`).
    .replace(/^(?:err(?:or)?|[a-z])_(?=[a-z])/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    // "Not valid" is how many spell invalid (ScreenshotOne's `signature_is_not_valid`, Simple JWT's `token_not_valid`).
    .replace(/(?:is)?notvalid/, 'invalid')
    .replace(/(?:exception|error|fault)$/, '');

// The table compiled once: per row, its whole-code stems as a set and the rest as one alternation.
const ROWS = CODE_STEMS.map(([kind, stems]) => ({
  kind,
  exact: new Set(stems.filter((stem) => stem[0] === '=').map((stem) => stem.slice(1))),
  part: new RegExp(stems.filter((stem) => stem[0] !== '=').join('|') || '(?!)'),
}));

// Every stem of every row at once: most codes (`card_declined`) are in no row, and one test says so
// where trying each row costs a dozen.
const ANY_PART = new RegExp(ROWS.map(({ part }) => part.source).join('|'));
const ANY_EXACT: ReadonlySet<string> = new Set(ROWS.flatMap(({ exact }) => [...exact]));

function lookUp(code: string): ApiErrorKind | null {
  const word = bare(code);
  if (!word || !(ANY_EXACT.has(word) || ANY_PART.test(word))) return null;
  for (const { kind, exact, part } of ROWS) if (exact.has(word) || part.test(word)) return kind;
  return null;
}

// Codes seen before, and what the table said (null: nothing). An API sends the same few codes again and again,
// and each costs two regex replacements and a table search; bounded, as a hostile body can hold any number.
const KNOWN = new Map<string, ApiErrorKind | null>();

/**
 * A code in capitals led by the operation that failed, then an input's value called invalid or bad (FastAPI Users'
 * `REGISTER_INVALID_PASSWORD`, `RESET_PASSWORD_BAD_TOKEN`), is a validation code, as `INVALID_PASSWORD` is; other
 * words after an operation keep their own reading (Plaid's `ITEM_LOGIN_REQUIRED` is no sign-in).
 */
function afterOperation(code: string): ApiErrorKind | null {
  const reason = /^[A-Z]+(?:_[A-Z]+)*_((?:INVALID|BAD)_[A-Z]+(?:_[A-Z]+)*)$/.exec(code)?.[1];
  return reason !== undefined && lookUp(reason) === 'validation' ? 'validation' : null;
}

/** What a machine code says, or undefined when the table does not know it. */
export function kindOfCode(code: unknown): ApiErrorKind | undefined {
  if (typeof code !== 'string') return undefined;
  let kind = KNOWN.get(code);
  if (kind === undefined) {
    // A namespace in small letters before a dot (Alipay's `isv.invalid-timestamp`) is tried with and without it.
    kind =
      lookUp(code) ??
      (/^[a-z]+\.[a-z]/.test(code) ? lookUp(code.slice(code.indexOf('.') + 1)) : null) ??
      afterOperation(code);
    if (KNOWN.size < 1024 && code.length <= 100) KNOWN.set(code, kind);
  }
  return kind ?? undefined;
}

/**
 * Kinds a code may change a 5xx into: a throttle (S3's `SlowDown` is a 503), an outage or a timeout. A code that
 * only says the server failed (OpenAI's `server_error` on a 503) says less than the status.
 */
const FROM_5XX: ReadonlySet<ApiErrorKind> = new Set(['rate-limited', 'unavailable', 'timeout']);

/**
 * Codes, as `bare` reads them, that reword the 401's reason phrase, alone or after what was refused (Neutron's
 * `PolicyNotAuthorized`).
 */
const RESTATES_401 = /notauthori[sz]ed$/;

/**
 * A value the server does not support, named on a 422 (CAMARA's `UNSUPPORTED_IDENTIFIER`, Socure's
 * `unsupported_schema`): the input's fault, as the 422 says, where a media type or a method is the request's.
 */
const UNSUPPORTED_VALUE = /^unsupported(?!mediatype|contenttype|method|httpmethod|version|apiversion|granttype)/;

/** Where `kindOf`'s codes hold the category of the error's code (Stripe's `type`, ShipEngine's `error_type`). */
const CATEGORY = 1;
/** A code that only says the request was bad, wherever it sits: a category (NutritionSignals' lone `type`). */
const REQUEST_WAS_BAD = /^(?:invalidrequest|badrequest)$/;

/**
 * The kind from the status and the codes together: the error's code, then its category, then any other (a
 * challenge's, a header's). A code outranks a status that says little (400,
 * 403, 409, 422, any 2xx, none); it never turns a 401 into anything else, nor a 404 or 410 into
 * anything but not-found; on a 5xx it may only say which server-side failure.
 */
export function kindOf(
  status: number | undefined,
  codes: readonly (string | undefined)[],
  itemCodes: readonly string[],
  hasFieldErrors: boolean,
): ApiErrorKind {
  const byStatus = kindOfStatus(status);
  let byCode: ApiErrorKind | undefined;
  let at = 0;
  for (; at < codes.length; at++) if ((byCode = kindOfCode(codes[at]))) break;
  // Fields' codes count only when every one says its value is taken (GitHub's `already_exists` on a 422).
  if (!byCode && itemCodes.length && itemCodes.every((code) => kindOfCode(code) === 'conflict')) byCode = 'conflict';
  // A 400 with field errors is a validation failure, whatever category its code names; and a category
  // code (`invalid_request_error`) says less than a 403, 404, 409 or 422 does.
  if (byCode === 'bad-request' && (hasFieldErrors || (byStatus && byStatus !== 'bad-request' && status !== 422)))
    byCode = undefined;
  // An outage's code names one on a 5xx only (rule 1): on a 4xx the service answered (Airwallex's
  // `SERVICE_UNAVAILABLE` on a 400, unspeech's `UPSTREAM_ERROR` on a 403).
  if (byCode === 'unavailable' && status !== undefined && status >= 400 && status < 500) byCode = undefined;
  // So does an unexpected error's: only a server's own failure named so makes a 4xx the server's (rule 1: Huntflow's
  // `server_error`), not a catch-all for what the app did not foresee (ToPWR's `E_UNEXPECTED_ERROR` on a 400,
  // BrightPay's `UNKNOWNERROR`).
  if (
    byCode === 'server' &&
    status !== undefined &&
    status >= 400 &&
    status < 500 &&
    /unexpected|^unknown$/.test(bare(codes[at] ?? ''))
  )
    byCode = undefined;
  if (byCode && byCode !== byStatus) {
    // A 403 refuses: a code there says why (a throttle, a credential, a quota), and a rule it names is one the server
    // enforces, no input's fault (PeerTube's `does_not_respect_follow_constraints`).
    if (status === 403 && byCode === 'validation') return 'forbidden';
    // "Not authorized" is the 401's reason phrase reworded: on a 403, whose phrase is Forbidden, it says what was
    // refused (Polygon's `status: "NOT_AUTHORIZED"`), as the same words sent as text do; and beside a 2xx, as the
    // table reads `Unauthorized` there (MyLight Systems' `{ status: "error", error: "not.authorized" }` on a 200).
    if (
      (status === 403 || (status !== undefined && status < 300)) &&
      byCode === 'unauthenticated' &&
      RESTATES_401.test(bare(codes[at] ?? ''))
    )
      return 'forbidden';
    if (status === undefined || status < 400 || status === 400 || status === 403 || status === 409) return byCode;
    if (status < 500 && !NAMED_4XX.has(status)) return byCode;
    // A throttle or a quota on any other 4xx (rule 1's "on any status"), but a 401's and a not-found's.
    if (byCode === 'rate-limited' && status < 500 && status !== 401 && status !== 404 && status !== 410) return byCode;
    // A query that does not parse (`GRAPHQL_PARSE_FAILED`, gqlgen answers it with a 422) is no field's fault; a
    // category (`invalid_request_error`) says less than the 422. A sign-in refused with a 422 is no input's fault
    // either (FOLIO's `password.incorrect`).
    if (
      status === 422 &&
      (byCode === 'conflict' ||
        byCode === 'rate-limited' ||
        byCode === 'unauthenticated' ||
        (byCode === 'bad-request' &&
          at !== CATEGORY &&
          !REQUEST_WAS_BAD.test(bare(codes[at] ?? '')) &&
          !UNSUPPORTED_VALUE.test(bare(codes[at] ?? ''))))
    )
      return byCode;
    // A timeout behind a gateway's status is the gateway's failure to reach the service (Tenon's `request_timeout` on
    // Cloudflare's 522), as the 504's own phrase is (SumUp's problem type `gateway-timeout` on a 504).
    if (status >= 500 && FROM_5XX.has(byCode) && !(byCode === 'timeout' && byStatus === 'unavailable')) return byCode;
    // A validation code on any other 4xx (Hugging Face TEI's `error_type: "Validation"` on a 413).
    if (byCode === 'validation' && byStatus === 'bad-request') return byCode;
  }
  // Field errors make a 400 a validation failure (rule 1), and a status HTTP does not name; a 415 or a 405 says what
  // was wrong with the request whatever its items name (Prozorro's `name: "Content-Type"` on a 415), unless their codes
  // say an input's value is wrong (lexoffice's `violation: "NOTNULL"` on a 406).
  if (
    hasFieldErrors &&
    ((byStatus === 'bad-request' &&
      (status === undefined ||
        status === 400 ||
        !NAMED_4XX.has(status) ||
        (itemCodes.length > 0 && itemCodes.every((code) => kindOfCode(code) === 'validation')))) ||
      (!byStatus && !byCode))
  )
    return 'validation';
  return byStatus ?? 'unknown';
}
