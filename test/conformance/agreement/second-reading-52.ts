import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 32 cases (every third case of the fifty-second holdout’s five parts in file order, parts A
// to E, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind52/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-eighth's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the
// `Date` header where one was sent (Rekor's 504 page, Launchpad's 404), else 2026-11-22T12:00:00Z; no response carried
// a `Retry-After`, a reset header, a body hint or a wait in its text, and none is a 429, so no case states a retry), no
// notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`,
// nor to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its full
// path without listing its folder. They marked 22 cases "hesitated" and named the other reading. Written once and not
// changed after the comparison.

export default [
  {
    id: 'spree/v2-storefront-product-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The resource you were looking for could not be found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: `error` is a sentence, not the bare reason phrase (only 'Not Found' itself restates the status; 'Resource not found' is a sentence): kept. Rule 3: no field. Rules 5 and 6: no headers, no id, no code member (`error` holds words).",
  },
  {
    id: 'spree/platform-create-address-blank-fields-422',
    expect: {
      kind: 'validation',
      message: "First Name can't be blank",
      fields: [
        ['firstname', "can't be blank"],
        ['lastname', "can't be blank"],
        ['address1', "can't be blank"],
        ['city', "can't be blank"],
        ['country', "can't be blank"],
        ['zipcode', "can't be blank"],
        ['phone', "can't be blank"],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: `errors` at the top is a container, a map of path to lists of strings: seven fields, each 'can't be blank'. Rule 2: `error` beside it is the envelope's own sentence (Rails' full messages joined), which names each field in the person's words ('First Name', 'Zip Code'): kept. Rules 5 and 6: no id, no code. Hesitated on message: the sentence only says the field messages again, and rule 2.4 gives the default when there are only field messages (other reading: the default).",
  },
  {
    id: 'orocommerce/entity-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'An entity with the requested identifier does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 3: the lone JSON:API item of `errors` is the error; no `source`, no field. Rule 2.2: `detail` (the occurrence's sentence) beats `title` ('not found http exception', the exception's class in words). Rule 5: no `id`, no headers. Rule 6: the item's `status` '404' is the status, and the `title` is words with spaces, no code token: no code.",
  },
  {
    id: 'orocommerce/payment-failed-400',
    expect: {
      kind: 'bad-request',
      message: 'Payment failed, please try again or select a different payment method',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.2: the lone item's `detail` beats its `title` ('payment constraint', a category in words); it says what failed and what the person can do (choose another payment method). Rule 5: no id. Rule 6: `status` '400' is the status, the `title` no code token: no code. Hesitated on message: 'Payment failed' plus a plea to try again could read as a failure line and a generic plea (other reading: the default).",
  },
  {
    id: 'evershop/create-product-pattern-exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.3: `error.message` is a chain of middleware exceptions ('Exception in middleware finish: Exception in middleware createProduct: …') ending in a JSON Schema validator's report ('must match pattern \"^[0-9]+$\"', Ajv's wording): developer text, so the default. Rule 3: the report names no field by structure. Rules 5 and 6: no id; `error.status` 500 is the status: no code.",
  },
  {
    id: 'friendica/unimplemented-endpoint-501',
    expect: {
      kind: 'server',
      message: 'API endpoint GET api/v2/instance is not implemented but might be in the future',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 501: server. Rule 2: `error` is a sentence sent as JSON (rule 2.6's default on a 5xx is for plain text only), saying the feature is not there yet. Rule 3: `request` is the request's path, no field. Rule 5: no id (`request` is a path, not an id). Rule 6: `code` '501 Not Implemented' is the status and its reason phrase, which only restates the status: no code. Hesitated on message: the sentence names a method and an API path, written for whoever calls the API (other reading: the default); and on code (other reading: '501 Not Implemented', the only `code` member).",
  },
  {
    id: 'gotosocial/status-already-pinned-422',
    expect: {
      kind: 'validation',
      message: 'status already pinned',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422, with no code: validation (text never decides, so 'already pinned' does not make a conflict). Rule 2.1: the leading reason phrase 'Unprocessable Entity: ' restates the status and is dropped; 'status already pinned' says what is wrong. Rules 5 and 6: no id, no code. Hesitated on kind: the line describes the resource's state, a conflict, but no code says so (other reading: conflict).",
  },
  {
    id: 'gotosocial/token-not-supplied-text-401',
    expect: {
      kind: 'unauthenticated',
      message: 'token not supplied',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.6: plain text on a 4xx is a sentence; rule 2.1: the leading 'Unauthorized: ' is the 401's reason phrase and is dropped, leaving 'token not supplied', which says what the request lacked. Rules 5 and 6: no headers, no id, no code. Hesitated on message: it names only what is missing, as 'Missing 'name' parameter' (generic) does (other reading: the default).",
  },
  {
    id: 'misago/split-posts-title-too-short-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['title', 'Thread title should be at least 5 characters long']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body whose members are all lists of strings is a map of fields (DRF), so `title` is a field, not the envelope's title. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on fields: `title` is one of the envelope's names (other reading: no field, and the line as the message of a bad request).",
  },
  {
    id: 'misago/split-posts-limit-400',
    expect: {
      kind: 'bad-request',
      message: 'No more than 8 posts can be split at a single time',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2: DRF's `detail` is a sentence naming the limit the request broke. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'pleroma/admin-config-value-must-be-keyword-400',
    expect: {
      kind: 'bad-request',
      message: 'Updating config failed',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code member: a bad request (the atom in the text is no code member). Rule 2.3: after 'Updating config failed: ' comes Elixir's own printing (the atom `:value_must_be_keyword`, `group: quack, key: , value: %{}`, an Elixir map), developer text; the person reads the clause before it, which names what failed (as a parser's report after a sentence leaves the sentence). Rules 5 and 6: no id, no code. Hesitated on message: 'Updating config failed' only says the request failed, and the whole line may read as developer text (other reading: the default).",
  },
  {
    id: 'vanilla/users-one-of-permissions-403',
    expect: {
      kind: 'forbidden',
      message: 'You need one of Garden.Users.Add, Garden.Users.Edit, Garden.Users.Delete permissions to do that',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2: `message` is a sentence saying which permissions are missing (the dotted names inside a sentence do not make it a code). Rule 3: `permissions` is a list of permission names, not messages, so no field; `description: null` says nothing. Rule 5: no id. Rule 6: `status` 403 is the status: no code. Hesitated on fields: a top-level list of strings could be read as a field's messages (other reading: a field `permissions`).",
  },
  {
    id: 'kitsune/search-suggest-unknown-product-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['product', 'Could not find product with slug']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body whose members are all lists of strings is a map of fields (DRF): `product`. Rule 1: a 400 that carries field errors: validation (text never decides, so 'Could not find' makes no not-found). Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'kirby/debug-mode-exception-file-line-500',
    expect: {
      kind: 'server',
      message: 'The page "example" cannot be found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500 (a code never turns a 5xx into a 4xx kind, and the text does not decide either). Rule 2: `message` is a sentence sent as JSON; rule 2.3: `exception`, `file` and `line` are debug members for the developer (details). Rule 5: no id. Rule 6: `code` 500 only restates the status and `exception: 'Exception'`, read without its suffix, names nothing: no code. Hesitated on message: debug mode's exception text on a 500 may be for developers (other reading: the default); and on code (other reading: '500').",
  },
  {
    id: 'liferay/access-denied-to-resource-method-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.3: the line names a qualified Java method (`com.liferay.headless.admin.user.internal.resource.v1_0.SiteResourceImpl#getSite`), developer text; without it 'Access denied to' is only the 403's refusal (as 'Access forbidden' is generic): the default. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the whole line, 'Access denied to com.liferay…').",
  },
  {
    id: 'liferay/captcha-token-reused-illegal-argument-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'IllegalArgumentException',
    },
    why: "Rule 6: `status: 'BAD_REQUEST'` is a code word that only restates the status, which gives way to the `type` beside it (as Mautic's), `IllegalArgumentException`. Rule 1: read without its suffix, `IllegalArgument` says an argument's value is invalid, as `invalid_argument` does (the rules read 'illegal' as 'invalid'), a validation code that outranks the 400. Rule 2.3: the `title` is 'Token: ' and the captcha token's value, token internals, no sentence: the default. Rules 3 and 5: no field, no id. Hesitated on code and kind: a Java exception's class is developer text (rule 7) rather than a documented code (other reading: no code, and a bad request).",
  },
  {
    id: '2sxc/no-http-resource-matches-uri-404',
    expect: {
      kind: 'not-found',
      message: 'No HTTP resource was found that matches the request URI',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 3: PascalCase `Message` is `message`. Rule 2: ASP.NET Web API's `Message` is a sentence saying the address matches nothing; `MessageDetail` ('No controller was created …') is the framework's note for developers about its routing (controllers), so it does not outrank it. Rules 5 and 6: no id, no code. Hesitated on message: the stock routing line quotes the request URI and is framework text (other reading: the default).",
  },
  {
    id: 'osticket/valid-api-key-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Valid API key required',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2.6: plain text on a 4xx is a sentence; it says what the request needs, more than the reason phrase. Rules 5 and 6: no headers, no id, no code. Hesitated on message: a short credential line naming only what is missing (other reading: the default).',
  },
  {
    id: 'freescout/not-authorized-misspelled-key-header-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Not Authorized' restates a 401 (Asana's status line): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'request-tracker/root-without-basic-auth-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the bare reason phrase: the default. Rule 5: `WWW-Authenticate` is no request-id header. Rule 6: the Basic challenge carries no error code, and `message` holds the reason phrase, no code.",
  },
  {
    id: 'request-tracker/stale-if-match-precondition-failed-412',
    expect: { kind: 'conflict', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 412 (a precondition on the current state: an edit conflict). Rule 2.1: 'Precondition Failed' is the bare reason phrase: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'trudesk/create-user-invalid-post-data-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. `success: false` without `data`: the error is `error`. Rule 2.1: 'Invalid Post Data' says only that the input was invalid, as 'Invalid input data' and 'Invalid request body' do: the default. Rules 5 and 6: no id; `error` holds words, no code token. Hesitated on message (other reading: 'Invalid Post Data').",
  },
  {
    id: 'orangehrm/already-liked-400',
    expect: { kind: 'bad-request', message: 'Already liked', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so 'Already' makes no duplicate). Rule 2: `error.message` says what is wrong, a short sentence. Rules 5 and 6: no id; `error.status` '400' is the status: no code. Hesitated on kind (other reading: conflict, from the words); and on message (other reading: the default, two words).",
  },
  {
    id: 'orangehrm/invalid-parameter-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['paramKeyName', 'Invalid Parameter']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: the error's `data` names its parameter (`invalidParamKeys`, a parameter key by its name), so the error is about that field, and its only line goes with it (as Serpii's `details: { field }` beside a generic line). Rule 2.1: 'Invalid Parameter' is generic ('Invalid parameter 'x'', 'Invalid input'): the response has the default. Rules 5 and 6: no id; `error.status` '422' is the status: no code. Hesitated on fields: `invalidParamKeys` is a list of names none of rule 3's member names spells, with no message of its own (other reading: no field).",
  },
  {
    id: 'coveralls/service-job-id-not-unique-422',
    expect: {
      kind: 'validation',
      message: 'must be unique for Travis Jobs not supplying a Coveralls Repo Token',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422, with no code (`error: true` is a flag): validation; text never decides, so 'must be unique' makes no conflict. Rule 2: `message` is a sentence saying what the value must be. Rule 3: `service_job_id` is named in text only: no field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: conflict, a value taken).",
  },
  {
    id: 'rekor/equivalent-entry-exists-409',
    expect: {
      kind: 'conflict',
      message: 'an equivalent entry already exists in the transparency log',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409. Rule 2: `message` is a sentence (go-swagger's error body). Rule 5: the UUID in the text names the existing entry, not this occurrence: no id. Rule 6: `code` 409 only restates the status and nothing else is a code. Hesitated on code: an explicit numeric `code` as a string (other reading: '409').",
  },
  {
    id: 'rekor/nginx-gateway-timeout-504-html',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 504. Rule 2.5: an HTML error page gives no message (and rule 2.6: text on a 5xx is the default anyway). Rule 4: no `Retry-After`, no reset header, and a page's text sets no wait. Rule 5: `Date` and `Strict-Transport-Security` are no request-id headers. Rule 6: no code.",
  },
  {
    id: 'rhodecode/missing-non-optional-arg-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose JSON-RPC-style `error` is only text, with no code and no status: nothing but text says what failed, and text never decides: unknown. Rule 2.1: 'Missing non optional `repoid` arg in JSON DATA' names only which argument is missing, by its API name, and the payload it came in (as 'Missing 'name' parameter' and 'Missing required parameter: templateId'): the default. Rule 3: `repoid` is named in text only; `id` is the JSON-RPC call's id. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the line).",
  },
  {
    id: 'kallithea/invalid-api-key-200',
    expect: {
      kind: 'unknown',
      message: 'Invalid API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose JSON-RPC-style `error` is only text, with no code and no status: unknown (text never decides). Rule 2: 'Invalid API key' is a credential line, kept as 'Invalid token' and 'Invalid credentials' are; a sentence counts on a 2xx. Rule 5: `id` is the call's id, not a support id. Rule 6: no code. Hesitated on kind (other reading: unauthenticated, from the words); and on message (other reading: the default, naming only what is invalid).",
  },
  {
    id: 'kallithea/rescan-repositories-error-200',
    expect: {
      kind: 'unknown',
      message: 'Error occurred during rescan repositories action',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose JSON-RPC-style `error` is only text, with no code and no status: unknown. Rule 2.1: the line names which action failed (rescanning repositories), not only failure words. Rules 5 and 6: no id (`id` is the call's), no code. Hesitated on message: it only says an action failed, as 'An error occurred while processing your request' does (other reading: the default).",
  },
  {
    id: 'launchpad/create-bug-not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.3: the text is Zope's report, a Python object's repr (`<lp.systemhomes.MaloneApplication object at 0x9beaf90>`, a qualified type name) and a Python unicode literal: developer text, so the default (the angle brackets are no markup, rule 2.5, but the line is no sentence). Rule 5: `server`, `vary`, `x-powered-by` and `date` are no request-id headers. Rule 6: no code.",
  },
  {
    id: 'software-heritage/invalid-extid-format-400',
    expect: {
      kind: 'validation',
      message: 'Invalid external identifier format',
      fields: [],
      logId: null,
      code: 'BadInputExc',
    },
    why: "Rule 6: `exception` holds a code-shaped token, `BadInputExc` (swh-web's exception for bad input), the only code (a code alone in a member). Rule 1: `Bad…` names an input's value as `invalid…` does, and `BadInput` is TomTom's `BAD_INPUT`: a validation code that outranks the 400. Rule 2: `reason` is a message-like member; 'Invalid external identifier format: baz' says which input is wrong and how, in the person's words ('external identifier'), as 'Invalid email address' does. Rules 3 and 5: no field by structure, no id. Hesitated on code and kind: an exception's class name is developer text (rule 7) (other reading: no code, and a bad request); and on message: '… has an invalid format' is generic (other reading: the default).",
  },
] satisfies Reading[];
