import { fieldPath, isFormLevel, isLocation } from './fieldPath';
import { plainName, isEnvelopeKey, keyIndex, membersIn, MESSAGE_KEYS, NOT_ERRORS, PATH_KEYS } from './keys';
import { codeOf } from './parts';
import {
  fieldMessage,
  folded,
  isDeveloperText,
  isFieldText,
  isFormLine,
  isProse,
  isReasonPhrase,
  quality,
  sentence,
} from './text';
import type { ApiFieldError } from './types';
import { inLanguages, isObject, ownKeys, ownMember, soleItem, type Loose } from './util';

/**
 * The most field errors one model holds. Enough for a bulk import's report (a thousand rows), while
 * a hostile body with millions of items still costs a bounded amount of work.
 */
export const MAX_FIELD_ERRORS = 1000;
/** How deep the search goes, and how many values it looks at per body. */
const MAX_DEPTH = 10;
const STATUS_MEMBER = /^(?:http_?)?status_?code$|^httpStatus(?:Code)?$/i;
const MAX_VISITS = 5000;

export const fieldError = (field: string | undefined, message: string, code?: string): ApiFieldError => {
  const error: { field?: string; message: string; code?: string } = { message };
  if (field) error.field = field;
  if (code) error.code = code;
  return error;
};

const join = (prefix?: string, field?: string) => (prefix && field ? prefix + '.' + field : prefix || field);
/** An item's path under the field that holds it, unless it repeats it (Canvas's `url: [{ attribute: "url" }]`). */
const under = (prefix?: string, field?: string) =>
  prefix && field && (prefix === field || prefix.endsWith('.' + field)) ? prefix : join(prefix, field);

/**
 * Members that hold a collection of errors. Under a strong one (`errors`, `fieldErrors`, …) a map's
 * values may be one-word messages ("Required"); under a weak one (`validation`, `details`, …) they must
 * read as sentences, so `{ source: "payload", keys: ["email"] }` is not taken for two fields. WordPress's
 * `data.params` maps each invalid parameter to its sentence; a camelCase `…Details` holds a vendor's errors (Oracle
 * Simphony's `posDetails`, Campaign Monitor's `FailureDetails`), and so does one named for what failed (The Trade
 * Desk's `FailedLines`); Redfish's `@Message.ExtendedInfo` (DMTF DSP0266) and Nutanix's `message_list` list messages,
 * and the Pix API's Portuguese `violacoes` its violations; a Rails app's `reasons` lists its record's full messages
 * (Entourage's `{ error: { message: "Could not create entity", reasons: ["Email already exists"] } }`).
 */
const STRONG_CONTAINER =
  /^(?:_?errors|Errors|(?:field|validation|invalid|form)_?(?:errors|Errors|fields|Fields)|invalid-params|invalidParams|fields|failures|messages)$/i;
const byPosition = (value: object): boolean => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
};
const FIELDS_HOLDER = /^(?:field|validation|invalid|form)_?(?:errors|fields)$|^fields$|^invalid-?params$|^causes$/i;
const CONTAINER =
  /errors$|violations?$|violacoes$|invalid|failures$|problems$|issues$|validation|causes?$|^reasons$|messages?$|^details?$|^(?:error|exception)_?details?$|[a-z]Details$|^data$|^params?$|^parameters?$|_fields$|^_embedded$|^failed_?[a-z]|ExtendedInfo$|^message_?list$|^error_?data$/i;
/** Names an error object goes by in an envelope: never a field's. */
const WRAPPER = /error|fault|exception|problem|response|result|warning/i;
const isContainer = (key: string) =>
  (CONTAINER.test(key) || STRONG_CONTAINER.test(key) || (key.charAt(0) === '_' && CONTAINER.test(plainName(key)))) &&
  !isFormLevel(key);
/**
 * A list under `error` is a list of errors too (Kraken's `{ "error": ["EAPI:Invalid key"] }`), not a field, in the
 * languages APIs are written in too (KVK's Dutch `fout: [{ code, omschrijving }]`, Banco do Brasil's Portuguese `erros:
 * [{ codigo, mensagem }]`), and so is one under a name that
 * ends in one (AirNow's `{ WebServiceError: [{ Message: "Invalid API key" }] }`).
 */
const isErrorList = (key: string, value: unknown) =>
  Array.isArray(value) &&
  (/^(?:error|erreur|fehler|feil|fout|errore|erros?)$/i.test(key) || /^[A-Za-z]+(?:Error|Exception|Fault)$/.test(key));
/**
 * What an `error` member holds is searched as errors: a list (above), or a map of text (Branch's `{ error: {
 * device_fingerprint_id: "doesn't pass regex", instrumentation: {} } }`) or of lists of text (Classy's Laravel-style
 * `{ error: { client_secret: ["The client secret field is required …"] } }`), whose members are fields when they read
 * as messages; an error object's own members (`message`, `code`) make it an envelope instead, and one holding objects
 * wraps them (tRPC's `error: { json: { message, code } }`). So does a map named for the error's parts (Paysera's
 * `error_properties: { "purchase.amount": ["Amount should be greater than 0"] }` beside its OAuth-style `error`).
 */
const ERROR_NAMED = /^(?:error_[a-z]+|error[A-Z][a-z]+)$/;
const holdsErrors = (key: string, value: unknown): boolean =>
  (key === 'error' || key === 'Error' || (ERROR_NAMED.test(key) && !Array.isArray(value))) &&
  (Array.isArray(value) ||
    (ownKeys(value)?.every((name) => {
      const member: unknown = (value as Loose)[name];
      return (
        typeof member === 'string' ||
        (isObject(member) && ownKeys(member)?.length === 0) ||
        (Array.isArray(member) && member.length > 0 && member.every((line) => typeof line === 'string'))
      );
    }) ??
      false));
/** Members that list whole fields (ABP's `members`), each taking the item's message. */
const FIELD_LISTS: ReadonlySet<string> = new Set([
  'members',
  'memberNames',
  'MemberNames',
  'fieldNames',
  'fields',
  'keys',
  // Redfish's `@Message.ExtendedInfo` items: `RelatedProperties: ["#/IndicatorLED"]` (DMTF DSP0266).
  'RelatedProperties',
  'properties',
]);
/** A part of the request, which `in`, `location` and `target` name where they name no input. */
export const REQUEST_PART = /^(?:body|query|path|header|headers|cookie|cookies|params|form|json|payload|formdata)$/i;
/**
 * A class or error name, not a field: in `name` (Strapi, Feathers), or as an error's `target` (AvaTax's
 * `"HttpRequest"`).
 */
export const isClassName = (value: string): boolean => /(?:Error|Exception)$|^[A-Z][a-z]+[A-Z]/.test(value);

/** Where an item keeps its code; `reason` is Google's (`INVALID_EMAIL`) and RFC 7807's prose, which is no code. */
const ITEM_CODES = keyIndex([
  'code',
  'error_code',
  'errorCode',
  'type',
  'reason',
  'error',
  'errorType',
  'kind',
  'rule',
  'validator',
  // lexoffice's `{ violation: "NOTNULL", field, message }`.
  'violation',
  'category',
  // Redfish's message registry key (DMTF DSP0266: `@Message.ExtendedInfo: [{ MessageId: "CGEN1001", Message }]`).
  'MessageId',
]);

type Context = { out: ApiFieldError[]; visits: number };

const looksLikeMessage = (value: unknown, strong: boolean): boolean => {
  const line = typeof value === 'string' ? folded(value) : undefined;
  return line !== undefined && (strong || line.includes(' ')) && isFieldText(line) && !isReasonPhrase(line);
};

const PATHS = keyIndex(PATH_KEYS);
const MESSAGES = keyIndex(MESSAGE_KEYS);
/** A key that names an error, not an input: under `errors.`, or ending in what went wrong. */
const MESSAGE_KEY =
  /^errors?\.|\.(?:\w+_)?(?:conflict|invalid|required|missing|not_?found|already_?exists|duplicate|forbidden|too_(?:long|short|large|many))$/;

/**
 * Where an error keeps its context, naming the parameter it is about and why, in its own words: Zamzar's `context: {
 * parameter, reason }`, Deribit's JSON-RPC `data: { param, reason }`, Teamleader's JSON:API `meta: { field }`,
 * TransparentMedz's `details: { field: "drug_id", reason: "required" }`. Only a parameter's own names are read there:
 * a context's `name` or `path` is any record's.
 */
const ITEM_CONTEXT = ['context', 'data', 'meta', 'metadata', 'details'] as const;
const isContextKey = (key: string) => (ITEM_CONTEXT as readonly string[]).includes(key);
const CONTEXT_PATHS = [
  'param',
  'parameter',
  'field',
  'fieldName',
  'field_name',
  'param_name',
  'argument',
  'propertyPath',
  // Pterodactyl's JSON:API `meta: { source_field: "name" }`.
  'source_field',
];

/** An error's context that names its parameter (`ITEM_CONTEXT`), and that parameter. */
export function contextField(item: Loose): { context: Loose; field: string } | undefined {
  for (const key of ITEM_CONTEXT) {
    const context: unknown = ownMember(item, key);
    if (!isObject(context) || Array.isArray(context)) continue;
    for (const name of CONTEXT_PATHS) {
      const value: unknown = ownMember(context, name);
      const field = typeof value === 'string' && !/_error$/i.test(value) ? fieldPath(value) : undefined;
      if (field) return { context, field };
    }
  }
  return undefined;
}

/** The path an error item names, in any spelling: a list of fields when it names several. */
function pathsOf(item: Loose, depth = 0, own = ownKeys(item)): (string | undefined)[] | undefined {
  const paths = ownPaths(item, depth, own);
  // Most items have no context: their own keys, already at hand, say so without a lookup.
  if (paths || depth || (own && !own.some(isContextKey))) return paths;
  const named = contextField(item)?.field;
  return named ? [named] : undefined;
}

function ownPaths(item: Loose, depth: number, own: string[] | undefined): (string | undefined)[] | undefined {
  for (const key of membersIn(item, PATHS, own)) {
    const value = item[key];
    // A number alone is a record's id, not where it failed (Evergreen's `{ target: 210, result: [event] }`).
    if (value == null || value === '' || typeof value === 'number') continue;
    // A path of no segments names the whole input (zod's `path: []` beside `keys: ["extra"]`): form-level.
    if (Array.isArray(value) && !value.length && !FIELD_LISTS.has(key)) return undefined;
    if (FIELD_LISTS.has(key) && Array.isArray(value)) {
      const paths = value.slice(0, 32).map(fieldPath).filter(Boolean);
      if (paths.length) return paths;
      continue;
    }
    // JSON:API's `source: { pointer }` or `{ parameter }`.
    if (isObject(value) && !Array.isArray(value)) {
      const inner = depth < 2 ? pathsOf(value, depth + 1) : undefined;
      if (inner) return inner;
      continue;
    }
    // In PascalCase too (MYOB's `Name: "CustomerNotFound"`); words with spaces there are the error's title (Swedbank
    // Pay's `problems: [{ name: "Payment not found", description }]`).
    const plain = plainName(key);
    if (plain === 'name' && (typeof value !== 'string' || isClassName(value) || value.includes(' '))) continue;
    // A scope in capitals is the error's category (Astra DB's `scope: "EMPTY"`), not where it failed.
    if (plain === 'scope' && (typeof value !== 'string' || !/[a-z]/.test(value))) continue;
    // A message key (Cronofy's `key: "errors.required"`, STACKIT's `key: "project.create_conflict"`) names what is
    // wrong, not where.
    if ((plain === 'key' || plain === 'name') && typeof value === 'string' && MESSAGE_KEY.test(value)) continue;
    // Google's legacy `location` names a field when it is a parameter's, or one in the body (YouTube's `locationType:
    // "other"` beside `location: "body.snippet.categoryId"`); a header's names none.
    if (
      key === 'location' &&
      typeof item.locationType === 'string' &&
      item.locationType !== 'parameter' &&
      !(typeof value === 'string' && value.startsWith('body.'))
    )
      continue;
    // Where in the request, not which field: Litestar's `source: "body"`, OpenAPI's `in: "query"`. A `source` in
    // text names where the error came from (Mastercard's `Source: "Security.Credential"`); only JSON:API's object
    // holds a field.
    if (
      typeof value === 'string' &&
      (plainName(key) === 'source' || ((key === 'in' || key === 'location') && REQUEST_PART.test(value)))
    )
      continue;
    const path = fieldPath(value);
    // The same field with its indices says which item (Tripletex's `field: "employments.division.name"` beside `path:
    // "employments[0].division.name"`).
    const indexed = key !== 'path' && typeof item.path === 'string' ? fieldPath(item.path) : undefined;
    if (path) return [indexed?.replace(/\.\d+(?=\.|$)/g, '') === path ? indexed : path];
  }
  return undefined;
}

/** An item's message: the first of its message members that reads as one. */
function messageOf(item: Loose, own: string[] | undefined): string | undefined {
  const keys = membersIn(item, MESSAGES, own);
  const details: unknown = ownMember(item, 'details');
  // Most items say it once: no line to weigh against another.
  if (keys.length === 1 && typeof details !== 'string') return fieldMessage(soleItem(item[keys[0] ?? '']));
  let first: string | undefined;
  for (const key of keys) {
    const said: unknown = soleItem(item[key]);
    const message = fieldMessage(said);
    if (!message) continue;
    if (first === undefined) first = message;
    // A sentence beats a summary ranked before it (Zendesk Sell's `message: "unknown attribute"` beside `details: "The
    // attribute '/invalid_field' is not a known attribute …"`), judged as sent.
    if (quality(folded(said) ?? '') === 'sentence') return message;
  }
  // Or a sentence in its `details`, the occurrence's own words, as `detailedDescription` is.
  return first !== undefined && typeof details === 'string' && quality(folded(details) ?? '') === 'sentence'
    ? (fieldMessage(details) ?? first)
    : first;
}

/**
 * An item's one line of prose under a name no part goes by, when it names a field and no message: its message, as a
 * body's one line of prose is the body's (Atto's Spanish `{ item: 1, campo: "cantidad", regla: "La cantidad debe ser
 * mayor a 0" }`). Two such lines, and neither is; an echo of the input is none (class-validator's `value`, which may be
 * a sentence: TypeGraphQL's "Lorem ipsum dolor sit amet, …" beside the `constraints` that say what is wrong).
 */
function loneProse(item: Loose, own: string[] | undefined): string | undefined {
  const texts = own?.filter(
    (key) =>
      typeof item[key] === 'string' &&
      !PATHS.rank.has(key) &&
      !ITEM_CODES.rank.has(key) &&
      !MESSAGES.rank.has(key) &&
      !NOT_ERRORS.has(key),
  );
  const line: unknown = texts?.length === 1 ? item[texts[0] ?? ''] : undefined;
  return isProse(line) ? fieldMessage(line) : undefined;
}

/**
 * Whether an object is one error item: a message of its own, or a field named in text beside a code
 * (GitHub's `{ field: "title", code: "missing_field" }`). A member that only holds more errors
 * (`{ fields: { … } }`) does not make one.
 */
function isItem(value: Loose, own = ownKeys(value)): boolean {
  let path = false;
  let code = false;
  for (const key of own ?? ITEM_NAMES.filter((name) => name in value)) {
    const member = value[key];
    if (typeof member === 'string') {
      if ((MESSAGES.rank.has(key) || (key.charAt(0) === '_' && MESSAGES.rank.has(plainName(key)))) && key !== 'errors')
        return true;
      path ||= PATHS.rank.has(key);
      code ||= ITEM_CODES.rank.has(key);
    } else if (Array.isArray(member)) {
      if ((NESTED_MESSAGES as readonly string[]).includes(key) || isChildList(key, member)) code = true;
      // Only beside a path: a field may be called `title` (DRF's `{ title: ["This field is required."] }`).
      else if (MESSAGES.rank.has(key) && typeof soleItem(member) === 'string') code = true;
      // A path of segments (`path: ["name"]`) names a field as a string does.
      else if (
        PATHS.rank.has(key) &&
        member.length &&
        member.every((segment: unknown) => typeof segment === 'string' || typeof segment === 'number')
      )
        path = true;
    } else if (key === 'constraints' && isConstraintMap(member)) code = true;
  }
  return path && (code || loneProse(value, own) !== undefined);
}
/**
 * An item under a field that says only a code (Prodigi's `"recipient.name": [{ code: "Required" }]`, Loco's `{ code:
 * "email", message: null }`): the code is that field's error.
 */
const codeOnly = (item: Loose, path: string | undefined, own: string[] | undefined): boolean =>
  path !== undefined &&
  messageOf(item, own) === undefined &&
  membersIn(item, ITEM_CODES, own).some((key) => typeof item[key] === 'string');
/** An item that names no field and says only a summary (or nothing) beside a map of fields of its own. */
const isBatchItem = (item: Loose, own: string[]): boolean => {
  const errors: unknown = item.errors;
  if (!isObject(errors) || Array.isArray(errors) || pathsOf(item, 0, own)) return false;
  const message = messageOf(item, own);
  return (message === undefined || !sentence(message)) && isNestedFieldMap(errors);
};
const ITEM_NAMES = [
  ...MESSAGE_KEYS,
  ...PATH_KEYS,
  'code',
  'error_code',
  'errorCode',
  'type',
  'reason',
  'kind',
  'rule',
  'validator',
  'messages',
  'constraints',
];

/** Where an item keeps more messages: `{ name: "email", messages: ["is too long"] }`. */
const NESTED_MESSAGES = ['messages', 'errors', 'constraints'] as const;

/** A validator's rule and its outcome as Particle\Validator names them (`LengthBetween::TOO_LONG`). */
const VALIDATOR_RULE = /^[A-Z]\w*::[A-Z][A-Z_]*$/;

/** Messages keyed by the rule each broke: a few members, each a line, each named as a code (`regexNotMatch`). */
const RULE_NAME = /^[a-z]+(?:[A-Z][a-z]+)+$/;
const isRuleMessages = (value: unknown, rule = RULE_NAME): boolean => {
  if (!isObject(value) || Array.isArray(value)) return false;
  const rules = Object.keys(value);
  return (
    rules.length > 0 && rules.length <= 8 && rules.every((name) => rule.test(name) && typeof value[name] === 'string')
  );
};
/**
 * class-validator's `ValidationError` (`{ property: "title", constraints: { isLength: "title must be longer than …" },
 * children: [] }`, sent as it is by Foal, routing-controllers and Nest apps that do not flatten it): its constraints
 * are the field's messages keyed by the decorator that failed (`contains` too), its children the errors of the object
 * the field holds.
 */
const DECORATOR = /^[a-z][A-Za-z\d]*$/;
const isConstraintMap = (value: unknown): boolean => isRuleMessages(value, DECORATOR);
const isChildList = (key: string, value: unknown): boolean =>
  key === 'children' &&
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((child) => isObject(child) && !Array.isArray(child));

/** Whether an error item names a field. */
export const namesField = (item: Loose): boolean => pathsOf(item)?.[0] !== undefined;

/**
 * An item wrapped in a one-member object naming its type (Adyen's `{ InvalidField: { name, message } }`,
 * what XML-to-JSON serializers make), or in an `error` beside its links (Zendesk Sell's `{ error: { field, details },
 * meta }`): the item inside.
 */
const unwrapped = (entry: Loose): Loose => {
  const keys = isObject(entry) && !Array.isArray(entry) ? Object.keys(entry) : [];
  const inner = keys.length === 1 ? entry[keys[0] ?? ''] : keys.includes('error') ? entry.error : undefined;
  return isObject(inner) && !Array.isArray(inner) && !isItem(entry) && isItem(inner) ? inner : entry;
};

/**
 * One error item (`{ field, message, code }` in any spelling) into field errors, at `prefix`. An item
 * without a message but with a field and a code (GitHub's `{ resource, field, code: "missing_field" }`)
 * says what happened in the code.
 */
function readItem(item: Loose, prefix: string | undefined, context: Context, depth: number, own = ownKeys(item)): void {
  const paths = pathsOf(item, 0, own) ?? [undefined];
  let code: string | undefined;
  for (const key of membersIn(item, ITEM_CODES, own)) if ((code = codeOf(item[key]))) break;
  // The context's reason says what is wrong this time, over the error's type-level message (Zamzar's "an invalid value
  // was specified for a parameter" beside `context: { parameter: "target_format", reason: "unsupported is not a
  // supported format" }`).
  const named = paths[0] ? contextField(item) : undefined;
  let message =
    (named && fieldMessage(ownMember(named.context, 'reason'))) ??
    messageOf(item, own) ??
    (paths[0] ? loneProse(item, own) : undefined);
  // Nested messages under the item: `{ field: "email", errors: ["..."] }`, `{ path, messages: [..] }`.
  const nested = NESTED_MESSAGES.map((key) => ownMember(item, key)).find((value) => value && typeof value === 'object');
  // Keyed by the rule each broke (Paymill's `{ field: "token", messages: { regexNotMatch: "…" } }`, as Laminas keys a
  // field's messages by its validators): every message is the item's field's, the rule its code.
  const children = ownMember(item, 'children');
  if (paths[0] && isChildList('children', children))
    for (const path of paths) walk(children, join(prefix, path), context, depth + 1, true, true);
  if (
    !message &&
    paths[0] &&
    ((ownMember(item, 'messages') === nested && isRuleMessages(nested)) ||
      (ownMember(item, 'constraints') === nested && isConstraintMap(nested)))
  ) {
    for (const path of paths)
      for (const [rule, line] of Object.entries(nested as Loose)) {
        const said = fieldMessage(line);
        if (said) context.out.push(fieldError(under(prefix, path), said, rule));
      }
    return;
  }
  if (!message && nested && typeof nested === 'object') {
    for (const path of paths) walk(nested, join(prefix, path), context, depth + 1, true);
    return;
  }
  // A message member that holds only a code is the field's code (HolidayMate's `{ field, issue: "must_be_future_date"
  // }`): its words are the message, as a code member's are.
  if (!message && !code && paths[0])
    for (const key of membersIn(item, MESSAGES, own))
      if (
        typeof item[key] === 'string' &&
        /[a-z]/i.test(item[key]) &&
        !isFieldText(item[key]) &&
        (code = codeOf(item[key]))
      )
        break;
  if (!message && (paths[0] || prefix !== undefined) && code && code !== 'custom')
    message = fieldMessage(code.replace(/[_-]+/g, ' ').toLowerCase());
  // A list of items that each name a field, under any member of an item that names none (Payload's `{ name:
  // "ValidationError", message: "The following field is invalid: email", data: [{ field, message }] }`).
  // So does a map of fields under a member that holds errors (Mautic's `{ message: "label: A label is required.",
  // details: { label: ["A label is required."] } }`). A JSON Schema validator's error (Ajv's, TypeBox's) keeps its
  // keyword's arguments in `params` (`{ keyword: "required", params: { requiredProperties: ["title"] } }`): no fields.
  if (!paths[0])
    for (const key of own ?? [])
      if (
        !(NESTED_MESSAGES as readonly string[]).includes(key) &&
        !(key === 'params' && typeof item.keyword === 'string') &&
        (isFieldItemList(item[key]) || (isContainer(key) && isNestedFieldMap(item[key])))
      )
        walk(item[key], prefix, context, depth + 1, true, true);
  // About no field, a message must say something on its own: not "Invalid", not "Required".
  if (!message || (!paths[0] && !prefix && !isFormLine(message))) return;
  for (const path of paths) context.out.push(fieldError(under(prefix, path), message, code));
}

/** Where a serialized Symfony form keeps its fields' nodes (`{ errors: [..], children: { name: { errors } } }`). */
const FORM_CHILDREN = 'children';

/** `error`, and an error's text named for whom it is written (`userError`, `developer_error`). */
const ERROR_MEMBER = /^(?:[a-z]+_?)?[Ee]rror$|^[A-Z][A-Za-z]*(?:Error|Exception|Fault)$/;
/** A message named for what it is about (Pi-hole's `data: { sql_msg: "Database not available" }`): no form's field. */
const MESSAGE_MEMBER = /^[a-z]+_msg$|^[a-z]+Message$/;
/**
 * Django REST framework's words for the field a message sits under ("This field may not be null."), and a validator's
 * rule said of it (APIStar's typesystem: `{ name: "Must have no more than 10 characters." }`).
 */
const ABOUT_THE_FIELD = /^(?:this field\b|must (?:have|be|not|contain|match)\b)/i;

/**
 * A member an envelope goes by, unless it holds text about "this field": a field's, under any name but a message's
 * (cloudscale's DRF `{ name: "This field may not be blank." }`).
 */
const isEnvelopeText = (key: string, entry: unknown) =>
  isEnvelopeKey(key) && !(typeof entry === 'string' && ABOUT_THE_FIELD.test(entry) && !MESSAGES.rank.has(key));

/**
 * Whether an object is a map of field to messages: every value a message, a list of messages, an
 * error item or a nested map. Envelope members (`message`, `code`, …) make it an envelope instead,
 * except when every value is a list of strings (DRF's `{ "description": ["This field may not be blank."] }`).
 */
function isFieldMap(value: Loose, strong: boolean, root: boolean, depth = 0): boolean {
  // The error's own status beside its fields says nothing of them (Khalti's `details: { user: [..], http_status_code:
  // 400 }`).
  const all = Object.keys(value);
  const listed = all.filter((key) => !(typeof value[key] === 'number' && STATUS_MEMBER.test(key)));
  const keys = listed.length < all.length && listed.every((key) => Array.isArray(value[key])) ? listed : all;
  // As deep as the search goes, and no deeper: a body nested past it (or a cycle) holds no map it reads.
  if (!keys.length || depth > MAX_DEPTH) return false;
  // The common case first: an envelope holds text under a member of its own (`message`, `code`).
  if ((root || !strong) && keys.some((key) => typeof value[key] === 'string' && isEnvelopeText(key, value[key])))
    return false;
  // Below an error's name too, a lone `detail` holding text is the error (Phoenix's error view, `{ errors: { detail:
  // "…" } }`, NervesHub's), not a field.
  // Forms name fields `title`, `name` or `message` (Shopify's `{ errors: { title: "is required" } }`), none `detail`.
  if (keys.length === 1 && keys[0] === 'detail' && typeof value.detail === 'string') return false;
  const lists = keys.every(
    (key) => Array.isArray(value[key]) && value[key].length && value[key].every((v: unknown) => typeof v === 'string'),
  );
  // A member that holds errors by name is no field, below the top too (DatoCMS's `details: { messages: [..] }`).
  if (
    lists &&
    keys.some((key) => value[key].some((v: string) => looksLikeMessage(v, true) && (strong || root || isProse(v))))
  )
    return !keys.some(
      (key) =>
        // A container's name holding only DRF's "This field …" is a field of that name (CVAT's `{ message: ["This
        // field may not be null."] }`).
        (root
          ? isContainer(key) && !value[key].every((v: string) => ABOUT_THE_FIELD.test(v))
          : STRONG_CONTAINER.test(key) && !isFormLevel(key)) || isErrorList(key, value[key]),
    );
  // `{ error: "Failure to Launch" }` under `messages` (CodeIgniter) is the error itself, and `Errors: { Error: [..] }`
  // (Mastercard's, what XML makes of a list) holds a list of errors: no form has a field called `error`, nor one that
  // names whom an error's text is for (Grist's `details: { userError: "…" }`) or the exception class it is (Correios's
  // SOAP `detail: { SigepClienteException: "CEP NAO ENCONTRADO" }`) or the message it is (`MESSAGE_MEMBER`), nor one
  // called `err` holding an error object (Review Board's, WebPurify's `{ rsp: { err: { code, msg }, text } }`).
  if (
    keys.some(
      (key) =>
        isErrorList(key, value[key]) ||
        (typeof value[key] === 'string' && (ERROR_MEMBER.test(key) || MESSAGE_MEMBER.test(key))) ||
        (key === 'err' && isObject(value[key]) && !Array.isArray(value[key])),
    )
  )
    return false;
  // At the top, a member that holds errors by name (`fieldErrors: { "user.email": [..] }`) holds the map:
  // the body is its envelope, and `fieldErrors` no field.
  if (root && keys.some((key) => STRONG_CONTAINER.test(key) && isObject(value[key]))) return false;
  // Below the top, a lone `params` member holding a map of fields holds them, as WordPress's `data.params` does:
  // MEDrefer's `errors: { params: { id: [..] } }` names `id`, not `params.id`.
  if (
    !root &&
    keys.length === 1 &&
    /^params$|^parameters?$/i.test(keys[0] ?? '') &&
    isNestedFieldMap(value[keys[0] ?? ''])
  )
    return false;
  // A member that holds errors naming their own fields (Hetzner's `fields: [{ name, messages }]`), or error items
  // (HAL's `_embedded: [{ message }]`, Micronaut's), is a container, not a field; Discord's embed `fields`, keyed by
  // index, is a field.
  if (
    keys.some(
      (key) =>
        isContainer(key) &&
        Array.isArray(value[key]) &&
        value[key].some((item: unknown) => isObject(item) && (namesField(unwrapped(item)) || isItem(item))),
    )
  )
    return false;
  // At the top, so is the list results come in, holding only error items that name no field (Loqate's `{ Items: [{
  // Error, Description, Cause, Resolution }] }`); a map of fields to such items (TrueNAS's `{ "data.path": [{ message,
  // errno }] }`) is fields.
  if (
    root &&
    keys.length === 1 &&
    keys[0] === 'Items' &&
    Array.isArray(value.Items) &&
    value.Items.every((item: unknown) => isObject(item) && !Array.isArray(item) && isItem(item) && !namesField(item))
  )
    return false;
  // An envelope member makes an envelope; below the top, one holding an item may be a field (PocketBase's `name`), and
  // at the top one holding a list of error items is (Pagoda's Django REST framework `{ name: [{ code, message }] }`).
  if (
    (root || !strong) &&
    keys.some(
      (key) =>
        isEnvelopeText(key, value[key]) &&
        (root || isContainer(key) || !isObject(value[key])) &&
        !(root && !isContainer(key) && !WRAPPER.test(key) && isMessageItemList(value[key])),
    )
  )
    return false;
  let said = false;
  const every = keys.every((key) => {
    const entry = value[key];
    // An empty member says nothing either way (Branch's `instrumentation: {}` beside its fields).
    if (entry == null || (isObject(entry) && ownKeys(entry)?.length === 0)) return true;
    said = true;
    // At the top, text under a name an error or a response goes by is the error's, not a field's (AppsFlyer's
    // `{ string_response: "Authentication Failed" }`, Tasmota's `{ WARNING: "Need user=…" }`).
    if (typeof entry === 'string') return !(root && WRAPPER.test(key)) && looksLikeMessage(entry, strong && !root);
    // So is a list of warnings or results (PostNL's `Warnings: [{ Message, Code }]`, Icinga 2's `results`), where DRF's
    // `non_field_errors` holds the form's messages.
    if (Array.isArray(entry))
      return (
        !(root && /^(?:warnings?|results?)$/i.test(key)) &&
        entry.length > 0 &&
        entry.every(
          (v) => (looksLikeMessage(v, true) && (strong || root || isProse(v))) || (isObject(v) && !Array.isArray(v)),
        )
      );
    // A GraphQL object (Vendure's `{ __typename: "CouponCodeLimitError", message }` result) is a response's value.
    if (!isObject(entry) || typeof ownMember(entry, '__typename') === 'string') return false;
    // At the top, an error object is an envelope (`{ error: {...} }`, `{ fault: {...} }`); a nested map of fields
    // (DRF's nested serializers: `{ address: { zip: [...] } }`) is a field, and so is each of several error objects
    // under names that are not an error's (GoCardless's `{ date_from: { summary, detail }, date_to: { … } }`).
    // An object under an error's name (Infobip's `requestError: { serviceException: { … } }`, Travelport's SOAP
    // `detail: { ErrorInfo: { … } }`) is no field, at any depth.
    if (root)
      return !WRAPPER.test(key) && (isItem(entry) ? keys.length > 1 : isFieldMap(entry, false, false, depth + 1));
    return !WRAPPER.test(key) && (isItem(entry) || isFieldMap(entry, true, false, depth + 1));
  });
  return every && said;
}

function walk(
  value: unknown,
  path: string | undefined,
  context: Context,
  depth: number,
  inErrors: boolean,
  strong = inErrors,
): void {
  if (context.out.length >= MAX_FIELD_ERRORS || depth > MAX_DEPTH || ++context.visits > MAX_VISITS) return;
  // A boxed string (`new String(..)`) is one message, not a map of its characters.
  if (value instanceof String) value = String(value);
  if (typeof value === 'string') {
    // Under a weak container (`data`, `details`) a lone word is a value, not a message.
    if (!inErrors || !looksLikeMessage(value, strong || path !== undefined)) return;
    const message = fieldMessage(value);
    // A form-level line of developer text (Jackson's "Unrecognized token …" in Finatra's `errors`) is no one's to read.
    if (message && (path !== undefined || !isDeveloperText(message))) context.out.push(fieldError(path, message));
  } else if (Array.isArray(value)) {
    value.slice(0, MAX_FIELD_ERRORS).forEach((item, index) => {
      const entry: unknown = item instanceof String ? String(item) : inErrors ? unwrapped(item) : item;
      // Among errors, an object is an item, a batch item or a map of fields.
      const record = inErrors && isObject(entry) && !Array.isArray(entry) ? entry : undefined;
      const own = record && ownKeys(record);
      // One item of a batch, with its own summary over its own map of fields (DNSimple's `creates: [{ index: 0,
      // message: "Validation failed", errors: { record_type: ["unsupported"] } }]`): the map, at the item's position.
      if (record && own && isBatchItem(record, own))
        walk(record.errors, path ? join(path, String(index)) : path, context, depth + 1, true, true);
      else if (record && (isItem(record, own) || codeOnly(record, path, own)))
        readItem(record, path, context, depth, own);
      // A field's list of per-item maps (DRF nested serializers) is indexed by position; a top-level
      // list only gathers parts (Zod's `[formErrors, fieldErrors]`, Jira's messages and map).
      // An item that says its error in envelope members is no map of fields, whatever list holds it (Too Good To Go's
      // `errors: [{ code: "FAILED LOGIN" }]`).
      else
        walk(
          entry,
          isObject(entry) && path ? join(path, String(index)) : path,
          context,
          depth + 1,
          inErrors,
          strong && !(isObject(entry) && !Array.isArray(entry)),
        );
    });
  } else if (isObject(value)) {
    // Rodauth's `field-error: ["login", "no matching login"]`: the field's name, then its message.
    const pair: unknown = ownMember(value, 'field-error') ?? ownMember(value, 'field_error');
    if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string') {
      const said = fieldMessage(pair[1]);
      const field = fieldPath(pair[0]);
      if (said && field) context.out.push(fieldError(join(path, field), said));
    }
    const keys = Object.keys(value);
    if (isErrorNode(value, 0, keys)) {
      walkErrorNode(value, path, context, depth);
      return;
    }
    // The nodes under the parts of the request they came in (Goyave's `error: { body: {…}, query: {…} }`).
    if (path === undefined && isLocationNodes(value, keys)) {
      for (const key of keys.slice(0, 8)) walkErrorNode(value[key], undefined, context, depth + 1);
      return;
    }
    // An error object about one field, its messages keyed by the rules it broke (Paymill's `error`), is one item.
    if (isRuleMessages(ownMember(value, 'messages')) && pathsOf(value)) {
      readItem(value, path, context, depth);
      return;
    }
    const map = inErrors && isFieldMap(value, strong, false);
    // Text under an envelope's name beside fields held in maps is the map's own headline (Tremendous's `errors: {
    // message: "Order failed: validation failure", payload: { payment: { funding_source_id: "…" } } }`), not a field.
    const headed = map && Object.values(value).some((entry) => isObject(entry) && !Array.isArray(entry));
    for (const key of keys.length > MAX_FIELD_ERRORS ? keys.slice(0, MAX_FIELD_ERRORS) : keys) {
      // In a map of fields every key is a field, `request` and `value` included.
      if (!map && NOT_ERRORS.has(key)) continue;
      const entry = value[key];
      if (headed && typeof entry === 'string' && isEnvelopeKey(key)) continue;
      if (map) {
        // Form-level keys (`non_field_errors`, `_errors`, ...) keep the enclosing path, and so does a map of fields
        // under the part of the request they came in (webargs' `errors: { json: { title: [...] } }`), or a list of
        // items that name their own fields (Foal's `{ body: [{ instancePath: "/price", … }] }`, Flask-Pydantic's
        // `query_params: [{ loc: ["age"], … }]`); a list of lines under `body` is the field `body`'s, and under
        // `json`, which names no input, the body's as a whole (webargs' `{ json: ["Invalid JSON body."] }`).
        const at =
          path === undefined &&
          isLocation(key) &&
          ((isObject(entry) && (!Array.isArray(entry) || isFieldItemList(entry))) || key === 'json')
            ? undefined
            : join(path, fieldPath(key));
        if (key === FORM_CHILDREN && isObject(entry) && !Array.isArray(entry)) {
          walkChildren(entry, path, context, depth);
          continue;
        }
        // A field's messages keyed by the validator's rule they broke (OpenEMR's Particle\Validator: `fname: {
        // "LengthBetween::TOO_LONG": "First Name must be 255 characters or shorter" }`) are that field's.
        if (isObject(entry) && !Array.isArray(entry) && Object.keys(entry).every((rule) => VALIDATOR_RULE.test(rule))) {
          for (const rule of Object.keys(entry).slice(0, 8)) walk(entry[rule], at, context, depth + 1, true, true);
          continue;
        }
        // A member named for the invalid fields it holds is no field (Webiny's `data: { invalidFields: { tags: {
        // code, message } } }`, PlugNotas' `data: { fields: { certificado: "…" } }`), whatever map it sits in, nor are
        // an error's causes, whose lines tell the developer how it came about (IBM Business Automation Workflow's
        // `underlyingDetails: { causes: ["…", …] }`).
        // A `fields` map keyed by position is a list the record holds (Discord's `embeds.0.fields.1.value`).
        if (FIELDS_HOLDER.test(key) && isObject(entry) && !(key === 'fields' && byPosition(entry))) {
          if (!(Array.isArray(entry) && entry.every((line) => typeof line === 'string')))
            walk(entry, path, context, depth + 1, true, true);
          continue;
        }
        const item = unwrapped(entry);
        const own = isObject(item) && !Array.isArray(item) ? ownKeys(item) : undefined;
        if (isObject(item) && !Array.isArray(item) && isItem(item, own)) readItem(item, at, context, depth, own);
        else walk(entry, at, context, depth + 1, true, true);
      } else if ((key === 'ModelState' || key === 'modelState') && isObject(entry) && !Array.isArray(entry)) {
        walkModelState(entry, path, context, depth);
      } else if (isEnvelopeKey(key) && inLanguages(entry, key) !== undefined) {
        // One sentence in several languages, no map of fields.
        continue;
      } else if (isPredicateList(entry) && !isEnvelopeKey(key) && !isContainer(key)) {
        // Beside an error's own text, lines that say what is wrong without saying of what are about the member that
        // holds them (Basecamp's Rails `{ error: "Webhook is invalid", payload_url: ["is not a valid URL"] }`).
        walk(entry, join(path, fieldPath(key)), context, depth + 1, true, true);
      } else if (isObject(entry)) {
        // Not a map of fields: an envelope or a record. Search its members that hold errors, whatever
        // they are called when they list items that each name a field (Litestar's `extra`, Recurly's `params`).
        const items = !inErrors && isFieldItemList(entry);
        // Among errors, a member that neither holds errors nor belongs to the envelope is the record they are about
        // (Braintree's `errors: { customer: { errors: […], "credit-card": { errors: […] } } }`): it leads their paths.
        const record = inErrors && strong && !isContainer(key) && !isEnvelopeKey(key);
        if (key === FORM_CHILDREN && inErrors && !Array.isArray(entry)) walkChildren(entry, path, context, depth);
        else if (record) walk(entry, join(path, fieldPath(key)), context, depth + 1, true, true);
        else
          walk(
            entry,
            path,
            context,
            depth + 1,
            items || isContainer(key) || holdsErrors(key, entry),
            items || STRONG_CONTAINER.test(key),
          );
      }
    }
  }
}

/**
 * Goyave's validation tree (`{ errors: ["The user must be an object"], fields: { name: { errors: [...] } }, elements:
 * { "2": { errors: [...] } } }`): each node holds its own messages, its members' nodes by name and its items' by
 * position, and nothing else.
 */
const NODE_KEYS = new Set(['errors', 'fields', 'elements']);
function isErrorNode(value: Loose, depth: number, keys: readonly string[] = Object.keys(value)): boolean {
  // Most objects fail on their first key, before any other work.
  if (!keys.length || keys.length > 3) return false;
  for (const key of keys) if (!NODE_KEYS.has(key)) return false;
  const { errors, fields, elements } = value;
  return (
    (errors === undefined || (Array.isArray(errors) && errors.every((line) => typeof line === 'string'))) &&
    (fields !== undefined || elements !== undefined
      ? (fields === undefined || isNodeMap(fields, depth)) && (elements === undefined || isNodeMap(elements, depth))
      : Array.isArray(errors))
  );
}
const isNodeMap = (value: unknown, depth: number): boolean =>
  depth < 4 &&
  isObject(value) &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value)
    .slice(0, 8)
    .every((node) => isObject(node) && !Array.isArray(node) && isErrorNode(node, depth + 1));
const isLocationNodes = (value: Loose, keys: readonly string[]): boolean =>
  keys.length > 0 && keys.every((key) => isLocation(key) && isObject(value[key]) && isErrorNode(value[key], 0));
function walkErrorNode(node: Loose, path: string | undefined, context: Context, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.errors) walk(node.errors, path, context, depth + 1, true, true);
  for (const [member, step] of [
    ['fields', fieldPath],
    ['elements', String],
  ] as const) {
    const children: unknown = node[member];
    if (isObject(children) && !Array.isArray(children))
      for (const key of Object.keys(children).slice(0, MAX_FIELD_ERRORS))
        walkErrorNode(children[key], join(path, step(key)), context, depth + 1);
  }
}

/**
 * ASP.NET Web API's `ModelState` (`{ Message: "The request is invalid.", ModelState: { "model.Email": [..] } }`): a
 * key leads with the action's argument, which is no field (`model.`). A key that is the argument alone names the whole
 * body when its lines are developer text (ShipStation's `apiOrder`: "Cannot deserialize the current JSON array …"), and
 * the parameter otherwise (Umbraco's `id`: "content with id: -1 was not found").
 */
function walkModelState(state: Loose, path: string | undefined, context: Context, depth: number): void {
  for (const key of Object.keys(state).slice(0, MAX_FIELD_ERRORS)) {
    const entry: unknown = state[key];
    const dot = key.indexOf('.');
    const lines: unknown[] = Array.isArray(entry) ? entry : [entry];
    const whole = dot < 0 && lines.every((line) => isDeveloperText(folded(line) ?? ''));
    const field = whole ? path : join(path, fieldPath(dot < 0 ? key : key.slice(dot + 1)));
    walk(entry, field, context, depth + 1, true, true);
  }
}

/**
 * A serialized Symfony form's `children` (Kimai's `errors: { errors: [..], children: { project: { errors: [..] } } }`):
 * every member is a field, whatever it is called (`name`, `description`), each node with its own `errors` and
 * `children`.
 */
function walkChildren(children: Loose, path: string | undefined, context: Context, depth: number): void {
  for (const key of Object.keys(children).slice(0, MAX_FIELD_ERRORS))
    walk(children[key], join(path, fieldPath(key)), context, depth + 1, true, true);
}

/**
 * A predicate without its subject, as Rails (ActiveModel's "is invalid", "can't be blank") and Breathe's "missing"
 * write a field's message: the field is the subject.
 */
const PREDICATE =
  /^(?:is|are|was|can(?:'t|not)|must|should|has|have|does(?:n't| not)|missing|required|not|too|already|may not|needs?)\b/;
const isPredicateList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((line: unknown) => typeof line === 'string' && PREDICATE.test(line) && looksLikeMessage(line, true));

/** Whether a value is a list of objects that each say a message (`[{ code, message }]`). */
const isMessageItemList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (item: unknown) => isObject(item) && !Array.isArray(item) && messageOf(item, ownKeys(item)) !== undefined,
  );

/** Whether a value is a list of error items that each name a field and say what is wrong with it. */
function isFieldItemList(value: unknown): boolean {
  if (!Array.isArray(value) || !value.length) return false;
  for (let i = 0; i < value.length && i < 8; i++) {
    const item: unknown = value[i];
    const own = isObject(item) && !Array.isArray(item) ? ownKeys(item) : undefined;
    if (
      !own ||
      !namesField(item as Loose) ||
      (messageOf(item as Loose, own) ?? loneProse(item as Loose, own)) === undefined
    )
      return false;
  }
  return true;
}

/**
 * Whether an object nested in a body is a map of field to messages (Shopify's `{ errors: { title: "is required" }
 * }`).
 */
export const isNestedFieldMap = (value: unknown): boolean =>
  isObject(value) && !Array.isArray(value) && isFieldMap(value, true, false);

/**
 * Whether a body is itself a map of field to messages (Rails, DRF), whatever its fields are called, or
 * holds only such a map or list of messages under `errors` (Rails' `{ errors: [..] }`).
 */
export function isFieldMapBody(body: unknown): boolean {
  if (!isObject(body) || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  const errors: unknown = body.errors;
  if (keys.length === 1 && keys[0] === 'errors')
    return Array.isArray(errors)
      ? errors.length > 0 && errors.every((v) => typeof v === 'string')
      : isObject(errors) && isFieldMap(errors, true, false);
  return isFieldMap(body, false, true);
}

/**
 * Every field error in a body, found by structure wherever it sits: lists of error items under any
 * member that holds errors (`errors`, `violations`, `fieldViolations`, `invalid-params`, `details`,
 * `userErrors`, …) with a message-like and a path-like member in any spelling; maps of field to
 * messages (Rails, Laravel, DRF, ASP.NET, Phoenix), nested maps and lists; a body that is itself a
 * list of errors or a map of fields. Items without a path are form-level. Bounded in depth, breadth
 * and work.
 */
export function findFieldErrors(body: unknown): ApiFieldError[] {
  const context: Context = { out: [], visits: 0 };
  if (Array.isArray(body)) walk(body, undefined, context, 0, true);
  else if (isObject(body) && isFieldMap(body, false, true)) walk(body, undefined, context, 0, true, true);
  else walk(body, undefined, context, 0, false);
  // A body may say it twice: zod's issue list beside its flattened map (Astro's `issues` and `fields`). The form
  // shows a field's message once; the first found keeps its code.
  const seen = new Set<string>();
  return context.out.filter((error) => {
    const key = `${error.field ?? ''}\u0000${error.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * The messages of an errors collection a format points at (a map, a list of items or strings): the
 * same reading as `findFieldErrors`, from a known place.
 */
export function collectFieldErrors(value: unknown, out: ApiFieldError[] = [], path?: string): ApiFieldError[] {
  const context: Context = { out, visits: 0 };
  walk(value, path, context, 0, true);
  return out;
}
