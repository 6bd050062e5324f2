import {
  collectFieldErrors,
  contextField,
  fieldError,
  findFieldErrors,
  isClassName,
  isNestedFieldMap,
  namesField,
  REQUEST_PART,
} from './fieldErrors';
import { fieldPath } from './fieldPath';
import { isNamedErrorStatus, kindOfCode, kindOfStatus } from './kinds';
import {
  plainName,
  CODE_KEYS,
  CODE_SHAPE,
  DETAIL_KEYS,
  LOG_ID_KEYS,
  MESSAGE_KEYS,
  MESSAGE_SHAPE,
  RETRY_MS_KEYS,
  RETRY_SECONDS_KEYS,
} from './keys';
import { codeOf } from './parts';
import {
  fieldMessage,
  folded,
  isFormLine,
  idInText,
  isProse,
  isReasonPhrase,
  quality,
  saysRefused,
  sentence,
  tidy,
} from './text';
import { durationMs, waitInText } from './timing';
import type { ApiFieldError, ParsedError } from './types';
import { inLanguages, isObject, ownKeys, ownMember, soleItem, statusOf, str, traceId, type Loose } from './util';

/** Members that hold the error object itself, in the envelopes APIs wrap it in. */
const NESTED_ENVELOPES = [
  'error',
  'Error',
  'fault',
  'ResponseStatus',
  'responseStatus',
  'errors',
  'detail',
  'result',
  // Mapzen Search's `results: { error: { type, message } }`; Botmaker's `problems: { code, message }` beside an empty
  // `result`.
  'results',
  'problems',
  // Evergreen's OpenSRF gateway: `{ payload: [{ textcode: "NO_SESSION", desc: "…" }], status: 200 }`.
  'payload',
  // Tiny Tiny RSS's `{ seq: 0, status: 1, content: { error: "NOT_LOGGED_IN" } }`.
  'content',
  'response',
  'Response',
  'status',
  'json',
  'messages',
  // Authorize.net's `messages: { resultCode: "Error", message: { code: "E00041", text: "…" } }`.
  'message',
  // A JSON:API resource's members (DatoCMS's `[{ id, type: "api_error", attributes: { code, details } }]`).
  'attributes',
  // NetSuite's `o:errorDetails: [{ detail, "o:errorCode" }]`; IATA ONE Record's JSON-LD `api:hasErrorDetail: [{
  // "api:hasMessage" }]`.
  'errorDetails',
  'errorDetail',
  // Ashby's `{ success: false, errorInfo: { code, message, requestId } }`, Juspay's `error_info: { message }`.
  'errorInfo',
  'error_info',
  // Zuora's `{ success: false, reasons: [{ code, message }] }`; a NestJS exception filter's `{ statusCode, path,
  // reason: { statusCode, message, error } }` (Xenial's).
  'reasons',
  'reason',
  // A gateway's report around the backend's own error (BC Registries' `{ errorMessage: "API backend third party service
  // error.", rootCause: { message } }`).
  'rootCause',
  // A list named as such (Avantio's SOAP `<ErrorList><Error><ErrorMessage>`), and one of codes (DingConnect's
  // `ErrorCodes: [{ Code, Context }]` beside a numeric `ResultCode`).
  'errorList',
  'ErrorList',
  'errorCodes',
  // A code's name holding the whole error (REALTOR.ca's `ErrorCode: { Id: 400, Description, LogId }` beside its empty
  // results).
  'ErrorCode',
  'errorCode',
  // In Dutch (KVK's `{ fout: [{ code: "IPD5200", omschrijving: "Er zijn geen gegevens gevonden…" }] }`) and Portuguese
  // (Banco do Brasil's `{ erros: [{ codigo, mensagem, ocorrencia }] }`).
  'fout',
  'erros',
  // An Atom feed's error entry (arXiv's).
  'entry',
  // A response object sent whole, as a Lambda proxy's handler returns it (Bubble's `{ statusCode: 404, body: { status,
  // message } }`).
  'body',
  // The other half of a head-and-body envelope (SAP Product Lifecycle Costing's `{ body: {}, head: { messages: [{
  // code, severity }] } }`).
  'head',
  // The list results come in, holding the error instead (Loqate's `{ Items: [{ Error, Description, Cause } ] }`).
  'Items',
] as const;
/** Members that hold context: read for a support id, a retry hint and details, never for the message. */
const INNER = [
  'innerError',
  'innererror',
  'InnerError',
  'debugInfo',
  'extensions',
  'meta',
  // Creditsafe's `metaData: { apiLogId, timeStamp, requestUrl }` beside its `error`.
  'metaData',
  'metadata',
  'parameters',
  'debug',
  'error_data',
  'errorData',
  // Todoist's `error_extra: { retry_after }`, Discourse's `extras: { wait_seconds }`, Iterable's `params: { field }`.
  'params',
  'error_extra',
  'extra',
  'extras',
  // Transloadit's `info: { retryIn }` (MediaWiki's string `info` is a message).
  'info',
  // An error's own data (oRPC's `ORPCError` `data: { retryAfter }`, JSON-RPC's `error.data`).
  'data',
  // Yandex Music's `invocationInfo: { "req-id", hostname, "exec-duration-millis" }`.
  'invocationInfo',
  // The header every answer carries (Saferpay's `ResponseHeader: { SpecVersion, RequestId }`).
  'ResponseHeader',
  'responseHeader',
] as const;
/** What a body's `status` says when the call failed and its error is in `data` (JSend's `error`, and ADP's word). */
const FAILED: ReadonlySet<unknown> = new Set(['error', 'failure']);
/** A code named as one under another (`subStatusCode`, `errorSubCode`, `sub_code`). */
const SUB_CODE = /sub_?(?:status_?)?(?:code|kod)$/i;
/** Members whose code names a category (`type: "validation_failed"`), which a lone item's specific code outranks. */
const CATEGORY_KEYS: ReadonlySet<string> = new Set([
  'type',
  'error_type',
  'errorType',
  'status',
  'kind',
  'className',
  'name',
  'failureReason',
  'failure_reason',
]);

/** The parts of an error object, each with the member names it goes by, most telling first. */
const PARTS = {
  message: MESSAGE_KEYS,
  code: CODE_KEYS,
  logId: LOG_ID_KEYS,
  details: DETAIL_KEYS,
  retryMs: RETRY_MS_KEYS,
  retrySeconds: RETRY_SECONDS_KEYS,
  title: ['title', 'Title'],
  // Where an error object names the one field it is about (Stripe's `param`, Mollie's `field`, Twirp's
  // `meta.argument`, Zulip's `var_name`, NetSuite's `o:errorPath`, Dropbox Sign's `error_path`, Zoho Sign's
  // `error_param`).
  ownField: [
    'param',
    'parameter',
    'field',
    'fieldName',
    'field_name',
    'param_name',
    'argument',
    'var_name',
    'errorPath',
    'error_path',
    // Zoho Sign's `{ code: 9011, error_param: "sow-2", message }`; CiviCRM's `{ is_error: 1, error_field }`.
    'error_param',
    'error_field',
    // Pocket ID's `{ error: "email is already in use", code, details: { property: "email" } }`, as class-validator
    // names an item's field.
    'property',
    // DRF exception handlers' (PostHog's `{ type, code, detail, attr }`).
    'attr',
    // A JSON Pointer beside a problem's `detail` (SanctionsLookup's `{ detail: "name is required", pointer:
    // "/subjects/0/name" }`), as JSON:API's below.
    'pointer',
    // JSON:API's `source: { pointer }` on an error object sent alone (Tidepool's `{ code: "type-not-string", title,
    // detail, source: { pointer: "/deviceModel" } }`); a `source` in text names where the error came from.
    'source',
  ],
  // Microsoft's REST guidelines' "target of the error (e.g., the name of the property in error)" (TomTom's): beside the
  // message only, as a `target` elsewhere is metadata (Twirp's `meta: { target: "Balrog" }`).
  target: ['target'],
  nested: [...NESTED_ENVELOPES, ...INNER],
  // The status an error object writes for itself (TomTom's `httpStatusCode`, KrakenD's `http_status_code`).
  status: ['status', 'statusCode', 'status_code', 'httpStatus', 'http_status', 'httpStatusCode', 'http_status_code'],
} as const;
type Part = keyof typeof PARTS;
const PART_NAMES = Object.keys(PARTS) as Part[];
/** Each part's number, to look parts up by index rather than by name. */
const P = Object.fromEntries(PART_NAMES.map((part, i) => [part, i])) as Record<Part, number>;
// Each name any part goes by, to its rank in every part (-1 where it is not one of the part's names).
// Ranks are doubled, so that a name found by its shape can sit between two listed ones.
const RANKS = new Map<string, Int16Array>();
PART_NAMES.forEach((part, index) =>
  PARTS[part].forEach((name: string, rank) => {
    const ranks = RANKS.get(name) ?? new Int16Array(PART_NAMES.length).fill(-1);
    ranks[index] = rank * 2;
    RANKS.set(name, ranks);
  }),
);
const ALL_NAMES = [...RANKS.keys()];

/** A member named after an error's kind (TomTom's `detailedError`, Infobip's `serviceException`, `NeutronError`). */
const ERROR_NAMED = /^\w+(?:Error|_error|Exception|_exception|Fault)$/;

/**
 * Spellings no list can hold, found by their shape: messages and codes (`MESSAGE_SHAPE`, `CODE_SHAPE`),
 * `retry_in_seconds`, `retryAfterMillis`, `request_uuid`. Each ranks after the part's listed names, but a
 * code named as one (`api_error_code`) before a category (`type`).
 */
const REFERENCE = /^(?:log|error)_?ref$|^ref_?id$|^reference_?code$/i;
const SHAPES: ReadonlyArray<readonly [Part, RegExp, number]> = [
  // A message named as one (Portainer's `err`) before `details`, which speaks only when nothing else does.
  ['message', MESSAGE_SHAPE, MESSAGE_KEYS.indexOf('details') * 2 - 1],
  ['code', CODE_SHAPE, CODE_KEYS.indexOf('type') * 2 - 1],
  ['code', SUB_CODE, PARTS.code.length * 2],
  // A reference is the vendor's code when it is a number (mod.io's `error_ref: 15024`, "the mod.io error code"), the
  // occurrence's when it is a token (Snyk's `errorRef`, a UUID; NGP VAN's `referenceCode: "88A111-E2FF8"`): `REFERENCE`
  // sorts the value to one part.
  ['code', REFERENCE, PARTS.code.length * 2],
  ['retryMs', /^retry\w*(?:ms|millis(?:econds)?)$/i, PARTS.retryMs.length * 2],
  // An error object named by its kind (TomTom's `detailedError`, Infobip's `requestError.serviceException`), or its
  // text (Neutron's `{ NeutronError: "Attribute 'shared' not allowed in POST" }`).
  ['nested', ERROR_NAMED, PARTS.nested.length * 2],
  ['message', ERROR_NAMED, MESSAGE_KEYS.indexOf('details') * 2 - 1],
  // A wait is a retry hint too (Discourse's `extras.wait_seconds`).
  ['retrySeconds', /^(?:retry|wait)\w*(?:_s|secs?|seconds)$/i, PARTS.retrySeconds.length * 2],
  // Under a vendor's prefix too (Meta's `fbtrace_id`), or the client's (Fiserv's echoed `clientRequestId`); Help
  // Scout's `logRef`, Snyk's `errorRef` and Smartsheet's `refId` name the log entry support looks up; Lithic's
  // `debugging_request_id`; netcup's `serverrequestid`; Secure Trading's XML `<requestreference>`; the CWMS Data API's
  // `incidentIdentifier`, an id spelled out; an activity's, an operation's or an invocation's id (Airwatch's
  // `activityId`, Kubeflow's `operationId`, Abion's `invocationId`), a response's (Timeweb Cloud's `response_id`) and
  // a tracking id (Sophos Central's `trackingId`), a fault's (Just Eat Takeaway's `faultId`), an incident's
  // (GatewayAPI's `incident_uuid`); an error id under a vendor's prefix (Viessmann's `viErrorId`).
  [
    'logId',
    /^(?:(?:[a-z]{1,4}|client|debugging|server)_?)?(?:request|req|trace|tracing|correlation|transaction|activity|operation|invocation|response|tracking|fault|incident)_?(?:id|uuid)$|^[a-z]{1,4}_?error_?id$|^request_?reference$|^(?:[a-z]+_?)?correlation_?reference$|^(?:incident|request|trace|error)_?identifier$/i,
    PARTS.logId.length * 2,
  ],
  ['logId', REFERENCE, PARTS.logId.length * 2],
];
// Names seen before that no list holds as they are spelled: their plain name's ranks, their shape's, or none (null);
// bounded, as a hostile body can hold any number.
const SHAPED = new Map<string, Int16Array | null>();
function ranksOf(name: string): Int16Array | undefined {
  let ranks = RANKS.get(name) ?? SHAPED.get(name);
  if (ranks !== undefined) return ranks ?? undefined;
  ranks = RANKS.get(plainName(name)) ?? null;
  if (!ranks && name.length <= 40)
    for (const [part, shape, rank] of SHAPES)
      if (shape.test(name)) (ranks ??= new Int16Array(PART_NAMES.length).fill(-1))[P[part]] = rank;
  if (SHAPED.size < 1024) SHAPED.set(name, ranks);
  return ranks ?? undefined;
}

/**
 * What one object holds: the names of its members that some part goes by, found in one pass (a plain
 * object's own keys are walked: a body has a handful, and probing it for a hundred names, most absent,
 * costs more; anything else is probed with `in`, which also sees an Error's inherited `message`). Each
 * part's names, best first, are sorted out the first time the part is asked for.
 */
class Scan {
  private readonly names: string[] = [];
  private readonly ranks: Int16Array[] = [];
  private readonly parts: (string[] | undefined)[] = [];
  constructor(value: Loose) {
    for (const name of ownKeys(value) ?? ALL_NAMES.filter((name) => name in value)) {
      const ranks = ranksOf(name);
      if (ranks) {
        this.names.push(name);
        this.ranks.push(ranks);
      }
    }
  }
  /** The names that may hold `part`, best first (an insertion sort: there are one or two). */
  of(index: number): readonly string[] {
    let found = this.parts[index];
    if (found) return found;
    found = [];
    const order: number[] = [];
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i];
      const rank = this.ranks[i]?.[index] ?? -1;
      if (name === undefined || rank < 0) continue;
      // In order already (most parts have one name): no search, no splice.
      if (rank >= (order[order.length - 1] ?? -1)) {
        found.push(name);
        order.push(rank);
        continue;
      }
      let at = found.length;
      while (at > 0 && (order[at - 1] ?? -1) > rank) at--;
      found.splice(at, 0, name);
      order.splice(at, 0, rank);
    }
    return (this.parts[index] = found);
  }
}
const scan = (value: Loose) => new Scan(value);

const isRecord = (value: unknown): value is Loose => isObject(value) && !Array.isArray(value);

interface Place {
  value: Loose;
  scan: Scan;
  /** The lone item of a list of errors, which speaks for the whole. */
  lone?: boolean;
  /** The member a context sits in. */
  name?: string;
}

/**
 * The objects that describe the error, most specific first: a nested error object (`error`, `fault`,
 * `meta.error`, …) before the body, and the item of an `errors` list of one that names no field
 * (JSON:API, Cloudflare) after it.
 */
function envelopes(body: Loose): Place[] {
  const found: Place[] = [];
  const seen = new Set<unknown>();
  const add = (value: unknown, depth: number, lone?: boolean) => {
    if (!isRecord(value) || seen.has(value) || depth > 3) return;
    seen.add(value);
    const place: Place = { value, scan: scan(value), lone };
    for (const name of place.scan.of(P.nested)) {
      const listed = plainName(name);
      const named = (NESTED_ENVELOPES as readonly string[]).includes(listed);
      if (!named && (INNER as readonly string[]).includes(listed)) continue;
      const member: unknown = value[name];
      // A nested map of fields (`errors: { title: "is required" }`) is not an envelope: its `title` is a field.
      if ((listed === 'errors' || listed === 'detail' || listed === 'messages') && isNestedFieldMap(member)) continue;
      // A list of one error object that names no field is that object (Intuit's `Fault: { Error: [{ … }] }`); an
      // `errors` list is read below, after the envelope it sits in.
      const lone = listed !== 'errors' && Array.isArray(member) && member.length === 1 ? member[0] : undefined;
      add(isRecord(lone) && !namesField(lone) ? lone : member, depth + 1);
    }
    const meta: unknown = ownMember(value, 'meta');
    if (isRecord(meta)) add(ownMember(meta, 'error'), depth + 1);
    // A description that is itself an error object (TForce Freight's `responseStatus: { code: "ERROR", description: {
    // errorCode, errorDescription } }`).
    const described: unknown = ownMember(value, 'description');
    if (isRecord(described)) add(described, depth + 1);
    // `error` cut short, holding an object (Review Board's `{ stat: "fail", err: { code: 105, msg } }`); a string
    // there is the message (Figma's `{ err: "Invalid token" }`).
    add(ownMember(value, 'err'), depth + 1);
    // XML's attributes, as PHP's `json_encode` of a SimpleXML element writes them (WebPurify's `{ rsp: { "@attributes":
    // { stat: "fail" }, err: { "@attributes": { code: "100", msg: "Invalid API Key" } } } }`): the element's own
    // members.
    add(ownMember(value, '@attributes'), depth + 1);
    // A body of one member holding an object is that object (Subsonic's `{ "subsonic-response": { status, error } }`),
    // as XML's one-element wrappers are; so is one whose other members are null (Vidispine's `{ notFound: null,
    // invalidInput: { context, explanation }, … }`, one member per kind of error).
    if (depth === 0) {
      // A list of one result that holds an error holds the error there, whatever the list is called (Cisco APIC's `{
      // totalCount: "1", imdata: [{ error: { attributes: { code, text } } }] }`); an `errors` list is read below.
      for (const name of Object.keys(value).slice(0, 16)) {
        const item: unknown = soleItem(value[name]);
        if (item !== value[name] && isRecord(item) && isRecord(item.error) && !/^errors$/i.test(name))
          add(item, depth + 1);
      }
      // An empty object says nothing either (PostNL's `CurrentStatus: {}` beside its `Warnings`).
      const names = Object.keys(value).filter((name) => value[name] !== null && ownKeys(value[name])?.length !== 0);
      const only: unknown = names.length === 1 ? value[names[0] ?? ''] : undefined;
      if (isRecord(only) && !isNestedFieldMap(only)) add(only, depth + 1);
      // A device's whole answer, a warning (Tasmota's `{ WARNING: "Need user=<username>&password=<password>" }`, or
      // PostNL's list of one, `Warnings: [{ Message: "No shipment found", Code }]`): beside anything else, a warning is
      // not the error. And text that is the whole `response` (Brightpearl's `{ response: "Authorization token expired"
      // }` on a 401), as it is beside `success: 0` below.
      else if (/^(?:warnings?|response)$/.test(plainName(names[0] ?? ''))) {
        const said: unknown = soleItem(only);
        add(typeof said === 'string' ? { message: said } : said, depth + 1);
      }
    }
    // An object that says nothing itself and holds one object among its values holds the error there, as a
    // one-element wrapper does (Wirecard's XML `<CC_TRANSACTION><TransactionID>1</TransactionID><PROCESSING_STATUS>…
    // <ERROR><Message>`, its ids beside each wrapper).
    if (!place.scan.of(P.message).length && !place.scan.of(P.nested).length) {
      let only: unknown;
      let members = 0;
      for (const name in value)
        if (++members > 32) {
          only = undefined;
          break;
        } else if (isRecord(value[name])) {
          if (only !== undefined) {
            only = undefined;
            break;
          }
          only = value[name];
        }
      if (!isNestedFieldMap(only)) add(only, depth + 1);
    }
    // A member no part goes by that says itself it failed holds the error (Beget's `{ status: "success", answer: {
    // status: "error", errors: [{ error_code, error_text }] } }`: the call went through, its answer failed); `details`
    // that say so are another service's (Pollinations' upstream gateway).
    if (depth === 0) {
      let members = 0;
      for (const name in value) {
        const member: unknown = value[name];
        if (isRecord(member) && FAILED.has(ownMember(member, 'status')) && !ranksOf(name)) add(member, depth + 1);
        if (++members >= 32) break;
      }
    }
    // A body that says it failed holds the error in `data` (Yii 2's `suppress_response_code`: `{ success: false,
    // data: { message, status: 404 } }`, WordPress's `wp_send_json_error`, JSend's `{ status: "error", data }`:
    // Postal's; JSend's `fail` holds fields there, read in `read`).
    const data: unknown = ownMember(value, 'data');
    const said: unknown = ownMember(value, 'message');
    const failed =
      ownMember(value, 'success') === false ||
      ownMember(value, 'success') === 0 ||
      // Or its `message` holds only a code, and the sentence is the text in `data` (Samsung Knox's `{ code: 4000000,
      // message: "RESOURCE_INVALID_PARAM", data: "Device ID list cannot be empty" }`).
      (typeof data === 'string' && typeof said === 'string' && quality(said) === 'code');
    // Text under `response` or `payload` in a body that says it failed is its message (Poloniex's `{ success: 0,
    // response: "You may only generate one deposit address per currency per day." }`, Empatica's `{ status: "error",
    // statusText: "Unauthorized", payload: "Invalid username or password" }`).
    const response: unknown =
      failed || FAILED.has(ownMember(value, 'status'))
        ? (ownMember(value, 'response') ?? ownMember(value, 'payload'))
        : undefined;
    if (typeof response === 'string') add({ message: response }, depth + 1);
    if (
      failed ||
      ownMember(value, 'ok') === false ||
      FAILED.has(ownMember(value, 'status')) ||
      // Or text in `data` is all the body holds (Stellastra's `{ data: "The syntax of the user's email is
      // invalid." }`).
      (depth === 0 && typeof data === 'string' && ownKeys(value)?.length === 1) ||
      // Or `data` is itself an error (SMTP2GO's `{ request_id, data: { error, error_code } }`, Hookdeck's `{ data: {
      // message }, status: 404, code }`, Demae-can's `{ code: "MAINTENANCE", data: { errorMessage } }`).
      (depth === 0 &&
        isRecord(data) &&
        (typeof data.error === 'string' ||
          data.error_code !== undefined ||
          typeof data.message === 'string' ||
          typeof data.errorMessage === 'string'))
    )
      // Text there is the error's message (r_keeper's `{ success: false, data: "Invalid vendor id or token" }`).
      add(typeof data === 'string' ? { message: data } : data, depth + 1);
    // A GraphQL result typed as an error (Vendure's ErrorResult: `data: { applyCouponCode: { __typename:
    // "CouponCodeLimitError", errorCode, message } }`, sent with a 200), its type the code when nothing else names
    // one (Dagster's `{ __typename: "RunNotFoundError" }`); and a result that holds an error instead of its data, a
    // level or two down (Webiny's `data: { fileManager: { listFiles: { data: null, error: { code, message } } } }`).
    if (depth === 0 && isRecord(data)) {
      let results = 0;
      const visit = (record: Loose, level: number) => {
        for (const name in record) {
          const result: unknown = record[name];
          if (++results > 8 || !isRecord(result)) continue;
          if (/Error$/.test(String(result.__typename)))
            add(
              result.code === undefined && result.errorCode === undefined
                ? { code: result.__typename, message: result.message }
                : result,
              depth + 1,
            );
          else if (isRecord(result.error) && result.data == null && Object.keys(result).length <= 3)
            add(result.error, depth + 1);
          else if (level < 2) visit(result, level + 1);
        }
      };
      visit(data, 0);
    }
    found.push(place);
  };
  add(body, 0);
  // Only a lone item speaks for the whole; of several, the kind's default summarizes. After every envelope: the
  // body's list, `error.errors`, UPS's `response.errors`, and a list named for whose errors it holds (BrightPay's
  // `apiErrors: [{ errorCode, errorId, errorHint }]`).
  for (const { value } of [...found])
    for (const list of errorLists(value)) {
      const head = Array.isArray(list) && list.length === 1 ? list[0] : undefined;
      // One level into it too (The Weather Company's `errors: [{ error: { code, message } }]`), unless the error
      // there names a field (Zendesk Sell's `errors: [{ error: { field, details }, meta }]`): its sentence is that
      // field's.
      if (isRecord(head) && !namesField(head) && !(isRecord(head.error) && namesField(head.error))) add(head, 2, true);
    }
  // Last, the body's `meta`, where some APIs keep the error itself (Foursquare's `meta: { code, errorType,
  // errorDetail }` beside an empty `response`).
  add(ownMember(body, 'meta'), 3);
  return found;
}

/** An object's lists of errors: `errors`, and one named for whose they are (`apiErrors`, `api_errors`). */
function errorLists(value: Loose): unknown[] {
  const lists: unknown[] = [];
  for (const name of (ownKeys(value) ?? ['errors', 'Errors']).slice(0, 32)) {
    const list: unknown = /errors$/i.test(name) ? ownMember(value, name) : undefined;
    if (Array.isArray(list)) lists.push(list);
  }
  return lists;
}

/**
 * A message member that holds the sentence in a `text` beside its id and severity (IBM Business Automation Workflow's
 * `userMessage: { text }`, its `UserMessage: { UniqueId, Text, Severity }`).
 */
const textIn = (value: unknown, name: string): string | undefined => {
  if (!isRecord(value) || name.endsWith('s') || (ownKeys(value)?.length ?? 9) > 4) return undefined;
  const text: unknown = ownMember(value, 'text') ?? ownMember(value, 'Text');
  return typeof text === 'string' ? text : undefined;
};

/** What the envelopes hold for context (`innerError`, `meta`, `extensions`, …), and the items of their `details`. */
function context(places: readonly Place[]): Place[] {
  const found: Place[] = [];
  for (const place of places)
    for (const name of place.scan.of(P.nested)) {
      // A list of one context object is that object (NissanConnect's `meta: [{ traceId, spanId }]`).
      const inner = soleItem(place.value[name]);
      if ((INNER as readonly string[]).includes(plainName(name)) && isRecord(inner))
        found.push({ value: inner, scan: scan(inner), name });
    }
  // An error's `details` object holds its context too (BabySea's `details: { retry_after_seconds, limit }`).
  for (const place of places) {
    const details: unknown = ownMember(place.value, 'details');
    if (isRecord(details)) found.push({ value: details, scan: scan(details), name: 'details' });
  }
  // A retry delay among the `details` (Connect's `{ type, value, debug: { retryDelay } }`), and a support id (Google's
  // `google.rpc.RequestInfo`, Google Ads' `GoogleAdsFailure: { errors, requestId }`, The Things Stack's `ErrorDetails:
  // { correlation_id }`); the other items there are field violations and links, which the field search reads.
  for (const { value } of places) {
    const details: unknown = ownMember(value, 'details');
    if (Array.isArray(details))
      for (const item of details.slice(0, 16))
        if (isRecord(item)) {
          if ('retryDelay' in item) found.push({ value: item, scan: scan(item) });
          else {
            const place = { value: item, scan: scan(item) };
            if (place.scan.of(P.logId).length) found.push(place);
          }
          if (isRecord(item.debug) && 'retryDelay' in item.debug)
            found.push({ value: item.debug, scan: scan(item.debug) });
        }
  }
  return found;
}

/** The first usable value of a part across the places, in the order of its names. */
function first<T>(
  places: readonly Place[],
  part: number,
  read: (value: unknown, name: string) => T | undefined,
): T | undefined {
  for (const place of places)
    for (const name of place.scan.of(part)) {
      const found = read(place.value[name], name);
      if (found !== undefined) return found;
    }
  return undefined;
}

/** A wait in milliseconds from a number of `unit` milliseconds, a numeric string, or a duration (`30s`). */
const wait = (value: unknown, unit: number): number | undefined => {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim())
        ? +value
        : undefined;
  if (n !== undefined) return n >= 0 && n < Infinity ? n * unit : undefined;
  return durationMs(value);
};
const milliseconds = (value: unknown) => wait(value, 1);
const secondsAsMs = (value: unknown) => wait(value, 1000);

/**
 * A code, or a number that is not the response's status (Google's `code: 404` beside `status: "NOT_FOUND"`). Only text
 * is read as a number: an object there (an XML element, Secure Trading's `<error>` under a code's name) has no number,
 * and one made without a prototype throws when converted.
 */
const codeBeside =
  (...statuses: unknown[]) =>
  (value: unknown, name = '') =>
    statuses.some(
      (status) => value === status || (typeof value === 'string' && value !== '' && Number(value) === status),
    ) ||
    isZero(value) ||
    (typeof value !== 'number' && REFERENCE.test(name))
      ? undefined
      : codeOf(value);

/** A list of errors that holds one code and no sentence (Ashby's `errors: ["requested_job_not_found"]`): its code. */
function loneCode(places: readonly Place[]): string | undefined {
  for (const { value } of places) {
    // Or `reasons` (Letta's `{ error: "Rate limited", reasons: ["premium-usage-exceeded"] }`).
    const list: unknown = ownMember(value, 'errors') ?? ownMember(value, 'reasons');
    if (Array.isArray(list) && list.length === 1 && typeof list[0] === 'string' && quality(list[0]) === 'code')
      return codeOf(list[0]);
  }
  // Or a message member that holds a code and nothing else (IQAir's JSend `data: { message: "city_not_found" }`,
  // IDkollen's BankID `{ message: "alreadyInProgress" }`, Klevu's `{ error: "Unauthorized", message:
  // "invalid-credentials" }`, SIS ID's dotted `{ message: "error.validation" }`).
  return first(places, P.message, (value) =>
    typeof value === 'string' &&
    /^(?:[a-z]+(?:[_-][a-z]+)+|[A-Z]+(?:_[A-Z]+)+|[a-z]{3,}(?:[A-Z][a-z]+)+|[a-z]+\.[a-z]+(?:[A-Z][a-z]+)*)$/.test(
      value,
    )
      ? value
      : undefined,
  );
}

/**
 * A `target` that names a property, not a type (AvaTax's `"HttpRequest"`, `"IncorrectData"`) nor a part of the
 * request (MLS Grid's `target: "query"`, as `in: "query"` names none).
 */
const targetOf = (value: unknown) =>
  typeof value === 'string' && (isClassName(value) || REQUEST_PART.test(value)) ? undefined : fieldOf(value, 'target');

/**
 * A status as a number, a numeric string or a status line (OpenSubtitles' XML-RPC `status: "401 Unauthorized"` beside
 * its 200).
 */
const statusLineOf = (value: unknown) =>
  statusOf(value) ?? (typeof value === 'string' ? statusOf(/^([1-5]\d\d) [A-Z][\w' -]*$/.exec(value)?.[1]) : undefined);

/** An error status (4xx, 5xx), from a number or a numeric string. */
const errorStatusOf = (value: unknown) => {
  const status = statusOf(value);
  return status !== undefined && status >= 400 ? status : undefined;
};

/**
 * One of the error statuses HTTP names, from a number or a numeric string: under any code's name beside a 2xx, it is
 * the status the body means (Hostex's `error_code: 429`, XpressCover's `err_code: "404"`), where a vendor's own number
 * that only looks like one (T-Bank's `ErrorCode: "508"`) is not.
 */
const httpErrorStatusOf = (value: unknown) => {
  const status = statusOf(value);
  return status !== undefined && isNamedErrorStatus(status) ? status : undefined;
};

/**
 * The field an error names; a code there (Cerebras's `param: "validation_error"`) names none. Of a `source` object only
 * JSON:API's own members name one: an item's other path names there (Redox's `Source: { ID, Name }`) name the sender.
 */
const fieldOf = (value: unknown, name: string) =>
  plainName(name) === 'source'
    ? isRecord(value)
      ? fieldPath(value.pointer ?? value.parameter)
      : undefined
    : typeof value === 'string' && /_error$/i.test(value)
      ? undefined
      : fieldPath(value);

/** A support id labelled in a message member's text, when no member holds one (`idInText`). */
function labelledId(places: readonly Place[]): string | undefined {
  for (const { value, scan } of places)
    for (const name of scan.of(P.message)) {
      const text: unknown = value[name];
      const found = typeof text === 'string' ? idInText(text) : undefined;
      if (found) return found;
    }
  return undefined;
}

/**
 * The error's own id, when the body is the error and says so beside its message (PSA's and Geosapiens' `uuid`, Lens'
 * `reference` and MindLogger's `uid` holding a UUID; a payment's `reference` in other words is the merchant's own): a
 * resource's `uuid` deeper in the body is no support id (Giftbit's `campaign.uuid`).
 */
function ownId(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  // The reference an answer echoes for its transaction (TForce Freight's `transactionReference: { transactionId }`
  // beside its `responseStatus`): the id its support asks for.
  const reference: unknown = ownMember(body, 'transactionReference');
  const transaction = isRecord(reference) ? idOf(ownMember(reference, 'transactionId')) : undefined;
  if (transaction !== undefined || !scan(body).of(P.message).length) return transaction;
  const uuid: unknown = ownMember(body, 'uuid');
  if (typeof uuid === 'string' && /^[\w-]{8,}$/.test(uuid)) return uuid;
  // A `reference` or `uid` only when it is a UUID: in other words it is a payment's or a user's (Firebase's `uid`).
  const own: unknown = ownMember(body, 'reference') ?? ownMember(body, 'uid');
  return typeof own === 'string' && /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i.test(own) ? own : undefined;
}

/** Zero says "none" where an API always sends the member (Azure DevOps' `errorCode: 0`, `eventId: 0`). */
const isZero = (value: unknown) => value === 0 || value === '0';
const idOf = (value: unknown) => (isZero(value) ? undefined : str(value)?.trim() || undefined);
/**
 * A support id; a number under a reference's name is a code instead (`REFERENCE`), and under a response's, the
 * number of a kind of answer (SelectLine's `ResponseId: 39` beside `ResponseIdDescription`; Timeweb's `response_id`
 * is a UUID).
 */
const logIdOf = (value: unknown, name: string) =>
  typeof value === 'number' && (REFERENCE.test(name) || /^response_?id$/i.test(name))
    ? undefined
    : plainName(name) === 'traceParent'
      ? traceId(str(value))
      : idOf(value);

const textOf = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.filter((line) => typeof line === 'string').join('\n') || undefined : str(value);

/**
 * The code and, when it names only a category, the code of a lone item that says more (GoCardless's
 * `type: "validation_failed"` beside `reason: "bank_account_exists"`).
 */
function codes(
  places: readonly Place[],
  fieldErrors: readonly ApiFieldError[],
  read: (value: unknown, name?: string) => string | undefined,
  status?: number,
): Pick<ParsedError, 'code' | 'category'> {
  // The lone item's code says what happened this time, over its envelope's (HMRC's `DUPLICATE_SUBMISSION` in
  // `errors` beside `code: "BUSINESS_ERROR"`), as its sentence does.
  const lone = places.filter((place) => place.lone);
  const ordered = lone.length ? [...lone, ...places] : places;
  for (const [at, place] of ordered.entries())
    for (const name of place.scan.of(P.code)) {
      const code = read(place.value[name], name);
      // A `name` that is one word in small letters names a resource, not an error (Getnet's `name: "payments"`, the
      // npm registry's package, FortiGate's `name: "bgp"`); an error's name reads `ValidationError`, `not_found`.
      if (code === undefined || (name === 'name' && /^[a-z]+$/.test(code))) continue;
      // A code that only says "validation" (Dwolla's `ValidationError`) is a category too, and so is one that only
      // restates the status (Mercado Pago's `error: "bad_request"` on a 400, beside its `cause` item's `130`).
      const kind = fieldErrors.length === 1 ? kindOfCode(code) : undefined;
      const specific =
        fieldErrors.length === 1 &&
        (CATEGORY_KEYS.has(name) ||
          kind === 'validation' ||
          (kind !== undefined && kind === kindOfStatus(status)) ||
          GENERAL_CODE.test(code))
          ? read(fieldErrors[0]?.code)
          : undefined;
      if (specific) return { code: specific, category: code };
      // A code under this one says what happened (Hikvision's XML `statusCode: 4`, "Invalid Operation", beside
      // `subStatusCode: "invalidOperation"`): a word there is the code, and this one its category.
      const under = place.scan.of(P.code).find((other) => other !== name && SUB_CODE.test(other));
      const sub = under === undefined ? undefined : read(place.value[under], under);
      if (sub !== undefined && !/^\d+$/.test(sub) && !SUB_CODE.test(name)) return { code: sub, category: code };
      // A category beside the code classifies when the code does not (ShipEngine's `error_type: "validation"` beside
      // `error_code: "request_body_required"`, Easyship's `type: "invalid_request_error"` beside `code`).
      const category = CATEGORY_KEYS.has(plainName(name))
        ? undefined
        : place.scan
            .of(P.code)
            .filter((other) => CATEGORY_KEYS.has(plainName(other)))
            .map((other) => read(place.value[other]))
            .find((found) => found !== undefined);
      // A number beside a word under another code's name (komoot's `{ error: "BadCredentials", code: 401 }` on a 403):
      // the number is the code, and the word says what kind of error it is.
      let word: string | undefined;
      if (category === undefined && /^\d+$/.test(code))
        for (const other of place.scan.of(P.code))
          if (other !== name && isWordCode(place.value[other]) && (word = read(place.value[other], other))) break;
      // Else the code of the envelope around a detail's (Roblox's `error: "INVALID_ARGUMENT"` around `errorDetails: [{
      // datastoreErrorCode: "InvalidCursor" }]`).
      return { code, category: category ?? word ?? first(ordered.slice(at + 1), P.code, read) };
    }
  return {};
}

/**
 * A code that says only that an error occurred, or where to read it (Redfish's `Base.1.0.GeneralError` beside "See
 * ExtendedInfo for more information.", iLO's `iLO.0.10.ExtendedInfo`): a category, which the lone item's code outranks.
 */
const GENERAL_CODE = /(?:^|\.)(?:General_?Error|ExtendedInfo)$/i;

/** A word written as a code (`BadCredentials`, `not_found`), told apart cheaply before it is read as one. */
const isWordCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z][\w.-]{2,63}$/.test(value);

/** The one string under a name no part goes by, when nothing names a message or an error and it reads as prose. */
function onlyProse({ value, scan }: Place): string | undefined {
  // A `status` that is neither a sentence nor an object is the result's flag (Codeforces' `{ status: "FAILED", comment
  // }`), not the error.
  const speaks = (name: string) => name !== 'status' || isObject(value[name]) || isProse(value[name]);
  if (scan.of(P.message).some(speaks) || scan.of(P.nested).some(speaks)) return undefined;
  // Text a part goes by is that part's (`developerMessage` is the developer's), whatever it reads like.
  const texts = ownKeys(value)?.filter((name) => typeof value[name] === 'string' && !ranksOf(name));
  const prose: unknown = texts?.length === 1 ? value[texts[0] ?? ''] : undefined;
  return isProse(prose) || spellsOutACode(prose, value) ? sentence(prose) : undefined;
}

/**
 * A line that spells out a code beside it, word for word ("Document deleted" beside `status: "DOCUMENT_DELETED"`, KQI
 * Documatica's), is that code read for a person, however few small words it has.
 */
function spellsOutACode(line: unknown, value: Loose): boolean {
  if (typeof line !== 'string' || !line.includes(' ')) return false;
  const letters = line.toLowerCase().replace(/[^a-z]/g, '');
  return (
    ownKeys(value)?.some((name) => {
      const code: unknown = value[name];
      return (
        code !== line &&
        isWordCode(code) &&
        /[_A-Z]/.test(code) &&
        code.toLowerCase().replace(/[^a-z]/g, '') === letters
      );
    }) === true
  );
}

/**
 * "Not authorized" restates a 401 (RFC 9110 calls it Unauthorized; Asana's status line says Not Authorized), "to make
 * this request" too (Iceberg's REST catalog's), as "Not authenticated", "Authorization required" (Apache's and nginx's
 * 401 pages), "Authorization failed" (Pinterest's, ParcelValue's) and "Authentication Error" (Thinkific's) do; sent
 * with a 403, whose phrase is Forbidden, it says what was refused (Battle.net's, Zammad's, DeepInfra's FastAPI
 * `detail`, Canvas Medical's "Authorization failed", Cloudflare's "Authentication error"), and with any other status
 * but a 401 it restates nothing (Railway's GraphQL error under `INTERNAL_SERVER_ERROR`, on a 200; Chapa's
 * "Authorization required" beside `status: "failed"` on a 200).
 */
const refused = (line: string, status?: number) => status !== undefined && status !== 401 && saysRefused(line);

/**
 * A body that is a pair of a code and its sentence (GLPI's `["ERROR_SESSION_TOKEN_INVALID", "session_token seems
 * invalid"]`): the code. The sentence is read as a list's one line.
 */
function pairCode(body: unknown): string | undefined {
  const [code, line] = Array.isArray(body) && body.length === 2 ? body : [];
  return typeof code === 'string' && typeof line === 'string' && quality(code) === 'code' && quality(line) !== 'code'
    ? code
    : undefined;
}

/**
 * A Rust enum as serde writes it, its variant named for a status and holding the sentence (utoipa's todo example:
 * `{ "Unauthorized": "missing api key" }`, `{ "NotFound": "id = 1" }`): the variant is the code, not a field.
 */
function statusVariant(body: Loose): Loose | undefined {
  if (!isRecord(body)) return undefined;
  // Most bodies start with a key in small letters: that settles it without listing them.
  for (const first in body) {
    if (!/^[A-Z]/.test(first)) return undefined;
    break;
  }
  const keys = ownKeys(body);
  const name = keys?.length === 1 ? (keys[0] ?? '') : '';
  const said: unknown = name ? body[name] : undefined;
  return typeof said === 'string' &&
    /^(?:[A-Z][a-z]+)+$/.test(name) &&
    isReasonPhrase(name.replace(/\B(?=[A-Z])/g, ' '))
    ? { code: name, message: said }
    : undefined;
}

/**
 * What an error body says, found by structure: the best sentence for a person among every message
 * member of every envelope (a sentence beats a code, a reason phrase, a generic summary and developer
 * text), the most specific code, the field errors wherever they sit, the support id, developer details
 * and a retry hint. Formats add what only they know. `errors` points it at a known list instead of
 * searching; `status` is the response's, so a code that only repeats it is no code.
 */
export function read(input: Loose, errors?: unknown, status?: number): ParsedError {
  const body = statusVariant(input) ?? input;
  // A body that is a list of one error speaks through it (Salesforce's `[{ message, errorCode }]`).
  const root = Array.isArray(body) && body.length === 1 && isRecord(body[0]) ? body[0] : body;
  // Unless it names a field (Belvo's `[{ field: "link", message: "This field is required.", request_id }]`): then
  // its sentence is that field's, and only its ids speak for the response.
  const fieldItem = root !== body && namesField(root);
  const places = isRecord(root) ? envelopes(root) : [];
  const inner = context(places);
  const everywhere = inner.length ? [...places, ...inner] : places;
  // JSend's `{ status: "fail", data }`: "If the reasons for failure correspond to POST values, the response object's
  // keys SHOULD correspond to those POST values" (its spec), so `data` is a map of fields.
  const jsendFail =
    isRecord(root) && ownMember(root, 'status') === 'fail' && isRecord(root.data) ? root.data : undefined;
  const found =
    errors !== undefined
      ? collectFieldErrors(errors)
      : jsendFail
        ? collectFieldErrors(jsendFail)
        : findFieldErrors(body);
  // A wait is no input's fault: on a 429, the parameter an item names is the limit's key (MBTA's JSON:API `source:
  // { parameter: "api_key" }`), and its sentence speaks for the response.
  const fieldErrors =
    status === 429 && found.some((error) => error.field)
      ? found.map((error) => fieldError(undefined, error.message, error.code))
      : found;
  let message: string | undefined;
  let spoke: Place | undefined;
  // The first line that says no more than the status: no message, though still the text of the one field it is about.
  let generic: string | undefined;
  const developer: string[] = [];
  // An envelope that says no more than a reason phrase leaves the sentence to a context named as the error's (Lithic's
  // `error_data: { message }` beside "Unprocessable Content"); `debug` and `params` hold the developer's.
  const errorContexts = inner.filter((place) => /^error/i.test(place.name ?? ''));
  const speakers = fieldItem ? [] : errorContexts.length ? [...places, ...errorContexts] : places;
  // The best sentence; the developer text among the members ranked before it goes to `details`.
  search: for (const place of speakers)
    for (const name of place.scan.of(P.message)) {
      const { value } = place;
      // Of an element XML repeats, the first (OGC's `<ExceptionText>`s: the sentence, then the request's URI); a list
      // of one under a name that is not a plural is its line (Autodata's `info: ["Not Authorized"]`), in an envelope,
      // not in DRF's map of fields (`{ title: ["This field is required."] }`, Pontoon's search field `text`).
      const list: unknown = value[name];
      const text = /text$/i.test(name);
      // Asked only of a list that could be the line: walking a map of fields for every `errors` list costs.
      const member: unknown =
        Array.isArray(list) && (text || !/s$/.test(name)) && !isNestedFieldMap(value)
          ? text
            ? list[0]
            : soleItem(list)
          : (inLanguages(list, name) ?? textIn(list, name) ?? list);
      const said = typeof member === 'string' ? member : undefined;
      const line = said === undefined ? undefined : folded(said);
      const kind = line === undefined ? undefined : quality(line);
      if (line !== undefined && (kind === 'sentence' || (kind === 'reason' && refused(line, status)))) {
        // Folded and judged already: only a long line needs the cut (and judging again).
        message = line.length <= 300 ? tidy(line, 300) : sentence(line);
        spoke = place;
        break search;
      }
      if (kind === 'developer' && said !== undefined && !developer.includes(said)) developer.push(said);
      if (kind === 'generic') generic ??= line;
    }
  // A body that names no member as its message, nor any error, says it in its one line of prose (Compiler Explorer's
  // `{ exit: 2, answer: "Unknown format tool 'invalid'" }`, Codeforces' `comment`): two words in small letters at
  // least, which a date, a name or an address has not.
  const [only] = places;
  if (message === undefined && generic === undefined && !fieldErrors.length && only && places.length === 1)
    message = onlyProse(only);
  // An exception told as a sentence, not named by its class, is the error's own words when nothing else speaks
  // (Postcode.nl's `{ exception: "Combination does not exist.", exceptionId: "…AddressNotFoundException" }`).
  if (message === undefined && generic === undefined)
    for (const { value } of places) {
      const told = folded(ownMember(value, 'exception'));
      if (told !== undefined && quality(told) === 'sentence') {
        message = tidy(told, 300);
        break;
      }
    }
  // A lone form-level message speaks for the whole when nothing else does; one about a field does not
  // ("Required": which?), and of several the kind's default summarizes better than the first. Alone in
  // the error's list, it says what happened this time, over the envelope's type-level sentence (EasyPost's
  // `errors: ["No eligible insurance found…"]` beside "The requested resource could not be found.").
  // A line that only points elsewhere ("Visit https://… for more details") says nothing beside it.
  const formLevel = fieldErrors.filter((error) => !error.field);
  const said = formLevel.length > 1 ? formLevel.filter((error) => isFormLine(error.message)) : formLevel;
  if (said.length === 1 && (!message || formLevel.length === fieldErrors.length))
    message = sentence(said[0]?.message) ?? message;
  // The status an envelope writes for itself (Yii 2's `data.status: 404` on a 200) is no code. Beside a 2xx, a `code`
  // of an error status is the status the body means (Twelve Data's `code: 429` on a 200; the Copernicus hub's `code:
  // "400"`; Automation Exercise's `responseCode: 405`; Narodmon's `errno: 400`).
  const ok = status === undefined || status < 300;
  const ownStatus = places
    .map(
      (place) =>
        first([place], P.status, statusLineOf) ??
        (ok
          ? (errorStatusOf(
              ownMember(place.value, 'code') ??
                ownMember(place.value, 'responseCode') ??
                ownMember(place.value, 'errno'),
            ) ?? first([place], P.code, httpErrorStatusOf))
          : undefined),
    )
    .find(Boolean);
  const readCode = codeBeside(status, ownStatus);
  // An error object about one field: the field error is its message. A wait is no input's fault: a 429's `param`
  // (Cerebras's `"quota"`) names the limit, not a field.
  if (status !== 429 && !fieldErrors.some((error) => error.field)) {
    // Or its context names the parameter, and why in its own words (Deribit's JSON-RPC `error: { message: "Invalid
    // params", data: { param, reason } }`): that reason is the field's, over a type-level message. Without a reason,
    // a generic line is still the named field's (Serpii's "Invalid or missing required parameter: q" beside `details:
    // { field: "q" }`): the form marks the input, and the kind's default speaks for the response. So does the error
    // object's own field member beside a line that names only its key (Zulip's `var_name` beside "Missing 'content'
    // argument").
    const named = places.map((place) => (place.value === root ? undefined : contextField(place.value))).find(Boolean);
    const reason = named ? fieldMessage(ownMember(named.context, 'reason')) : undefined;
    const field =
      (message && (first(everywhere, P.ownField, fieldOf) ?? (spoke && first([spoke], P.target, targetOf)))) ||
      named?.field ||
      (generic && first(everywhere, P.ownField, fieldOf));
    const text = (named && field === named.field && (reason ?? (message || generic))) || message || generic;
    // A `path` beside it that ends at the same field says which item it is in (Transfeera's `field: "account"` beside
    // `path: "$.transfers[0].destination_bank_account.account"`).
    let at = field;
    for (const place of field ? places : []) {
      const path: unknown = ownMember(place.value, 'path');
      if (typeof path !== 'string') continue;
      if (path.endsWith(`.${field}`)) at = fieldPath(path) ?? field;
      break;
    }
    if (at && text) fieldErrors.push(fieldError(at, text, first(places, P.code, readCode)));
  }
  const title = first(places, P.title, (value) => sentence(value));
  // A wait told in the envelope's own sentence beside the item that speaks (DCSA's `statusCodeMessage: "… Please try
  // again in 1 hour"` beside `errors.errorCodeMessage`).
  const retryAfterMs =
    first(everywhere, P.retryMs, milliseconds) ??
    first(everywhere, P.retrySeconds, secondsAsMs) ??
    (status === 429 ? first(places, P.message, waitInText) : undefined);
  const extra = first(everywhere, P.details, textOf);
  const details = developer.length ? [extra, ...developer].filter(Boolean).join('\n') : extra;
  // A context named as the error's holds its code when the envelope's only restates the status (Exotel's `response: {
  // code: 404, error_data: { code: 1000, message } }`).
  const coded = codes(places, fieldErrors, readCode, status);
  const codeAlone = loneCode(places);
  // A reason phrase says no more than the status, beside a code that does (Klevu's `error: "Unauthorized"`).
  // So does one in PascalCase (Eight Sleep's `code: "BadRequest"` beside `error: "invalid_grant"`).
  const phrase =
    codeAlone !== undefined &&
    /^[A-Za-z ]+$/.test(coded.code ?? '') &&
    isReasonPhrase((coded.code ?? '').replace(/([a-z])(?=[A-Z])/g, '$1 '));
  const code =
    (phrase ? codeAlone : coded.code) ?? codeAlone ?? codes(errorContexts, [], readCode, status).code ?? pairCode(body);
  // A number beside a code in the message's member (Samsung Knox's `{ code: 4000000, message:
  // "RESOURCE_INVALID_PARAM" }`): the number is the code, and the word says what kind of error it is; so is a number
  // behind a short prefix (UniCourt's `{ code: "UN400", message: "INVALID_INPUT" }`).
  const category =
    coded.category ??
    (coded.code !== undefined && /^(?:[A-Za-z]{1,4}[-_]?)?\d+$/.test(coded.code) ? codeAlone : undefined);
  // A lone form-level item that only repeats the message adds nothing, and would turn a 404 into a validation failure
  // for a UI that shows field errors first; its code is the response's. So does one that only says the request failed
  // (Yuno's `messages: ["Invalid request."]`) or a lone word (zod's `formErrors: ["Required"]`): no list, no sentence.
  const lone = !fieldErrors[1] && !fieldErrors[0]?.field ? fieldErrors[0] : undefined;
  const judged = lone && (lone.message === message ? 'restated' : quality(lone.message));
  const restated =
    judged === 'restated' || judged === 'generic' || judged === 'word' || judged === 'reason' || judged === 'developer';
  // Errors that all carry one code give it, as a list holding one code does (ONS's three `ErrMissingParameters`).
  const shared = fieldErrors[1] && fieldErrors.every((error) => error.code === fieldErrors[0]?.code);
  return {
    code: code ?? (restated || shared ? fieldErrors[0]?.code : undefined),
    category,
    title: title !== message ? title : undefined,
    message,
    fieldErrors: restated ? [] : fieldErrors,
    logId: first(everywhere, P.logId, logIdOf) ?? labelledId(places) ?? ownId(root),
    // Which says more than a 200 or a bare 400 (rule 1).
    status: ownStatus,
    details: details || undefined,
    retryAfterMs,
  };
}
