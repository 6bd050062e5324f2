import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 39 cases (every third case of the thirty-fifth holdout's six parts in file order, parts
// A to F, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind35/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (`second-reading-34.ts`) as a model of the format,
// and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the
// `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After`, a reset header or a wait); no notes,
// no expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's
// source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor to
// run the kit, the conformance script or any test, nor to use search tools. They marked 25 cases "hesitated" and named
// the other reading. Written once and not changed after the comparison. They reported one slip: a shell command that
// checked the output directory listed the file names in `test/conformance/agreement/` (the earlier readings' names
// only; no file was opened).

export default [
  {
    id: 'jupyterhub/api-users-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.1: 'Forbidden' is the bare reason phrase of the status it comes with, so the default. Rule 6: `status: 403` in digits is the status; no code.",
  },
  {
    id: 'clearml/invalid-request-path-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid request path',
      fields: [],
      logId: 'bfd4cb8b217f49b2907d7a78b29526ad',
      code: null,
    },
    why: "Rule 1: a 400 without field errors; `result_code: 400` restates it. Rule 2: the body's `meta` is read as the envelope (Foursquare's `meta.errorType`), and `result_msg` is a message by its name's shape (as `resultMessage`, `result_text`). Rule 5: `meta.id`, echoed as `trx` (a transaction id), is the request's own id. Rule 6: `result_code` in digits restates the status and `result_subcode: 0` is zero, no code; `error_data` is empty. Hesitated on message and logId: it names only what is invalid, as 'Invalid parameter 'x'' (other reading: the default); `id` and `trx` are no names rule 5 lists (other reading: null).",
  },
  {
    id: 'kubeflow-pipelines/cannot-unmarshal-string-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '3' },
    why: "Rule 1: a 400 without field errors; a numeric code names no kind. Rule 2.3: 'json: cannot unmarshal string into Go value of type …' is Go's JSON decoder on the request body (as `invalid character 'o' in literal null`), developer text in both `error` and `message`, so the default. Rule 5: no body id, and no header named like a request id. Rule 6: the explicit `code`, a number as a string. Hesitated on kind and code: `code: 3` is gRPC's INVALID_ARGUMENT as grpc-gateway sends it (other reading: validation); a gRPC status number may be read as no vendor code (other reading: null).",
  },
  {
    id: 'kubeflow-pipelines/ui-cannot-get-v2beta1-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.5: an HTML error page (Express's 'Cannot GET …') gives no message. Rule 5: no request-id header.",
  },
  {
    id: 'cvat/task-data-image-quality-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['image_quality', 'This field is required']],
      logId: null,
      code: null,
    },
    why: 'Rule 3: a body that is a map of field to a list of strings is a map of fields (DRF). Rule 1: a 400 that carries field errors. Rule 2.4: only field messages, so the default.',
  },
  {
    id: 'cvat/save-annotations-invalid-token-401',
    expect: { kind: 'unauthenticated', message: 'Invalid token', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2: DRF's `detail` sentence, which tells the person their token is not valid. Hesitated on message: it names only what is invalid, as 'Invalid parameter 'x'' (other reading: the default).",
  },
  {
    id: 'argilla/records-bulk-invalid-image-url-422',
    expect: {
      kind: 'validation',
      message: "Record at position 0 is not valid because image field 'image' has an invalid URL value",
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 422. Rule 2: the `detail` sentence, which says which record and why. Rule 3: a string `detail` names no field by structure; the field named in its text is not read.',
  },
  {
    id: 'argilla/records-bulk-text-field-wrong-type-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['items.0.fields.text-field.constrained-str', 'Input should be a valid string'],
        ['items.0.fields.text-field.list[ChatFieldValue]', 'Input should be a valid list'],
        ['items.0.fields.text-field.dict[constrained-str,any]', 'Input should be a valid dictionary'],
      ],
      logId: null,
      code: 'argilla.api.errors::ValidationError',
    },
    why: "Rule 1: 422. Rule 3: `detail` holds the error object; `params.errors` is a list of items with `loc` and `msg` (pydantic's), read under any member name; FastAPI's leading `body` is removed and the segments keep the server's spelling. Rule 2.4: only field messages, so the default. Rule 6: `detail.code`, the only response-level code; with three items there is no lone item's code for it to give way to. Hesitated on fields and code: the last segment of each `loc` is the union member pydantic tried, no input (other reading: three errors at `items.0.fields.text-field`); a code that only says validation may be only a category (other reading: null).",
  },
  {
    id: 'exotel/vsip-authorization-failed-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'c6084ac2e9a44812824b42577f01937b',
      code: '1010',
    },
    why: "Rule 1: 401. Rule 3: `response` is an envelope's name, not a field, and `error_data` the error object in it. Rule 2.1: 'Authorization failed' (in both `message` and `description`) is a line made only of words that say something failed (as 'Login failed', 'Authentication failure'), so the default. Rule 5: the body's `request_id`. Rule 6: the error's `code`, a number as a string; `http_code` and `response.code` are the status and `status: \"failure\"` a flag.",
  },
  {
    id: 'exotel/vsip-trunk-name-too-long-400',
    expect: {
      kind: 'bad-request',
      message: 'Maximum allowed length for TrunkName is 16',
      fields: [],
      logId: 'unique_request_identifier',
      code: '1002',
    },
    why: "Rule 1: a 400 without field errors; the numeric code names no kind and text never decides. Rule 2.2: the `description` beats the `message` beside it, which is generic ('Invalid parameter'). Rule 3: the error object names no field in a member. Rule 5: the body's `request_id`, as sent. Rule 6: `error_data.code` as a string. Hesitated on logId: the value is the docs' placeholder (other reading: null).",
  },
  {
    id: 'ringcentral/oauth-unauthorized-client-grant-type-400',
    expect: {
      kind: 'forbidden',
      message: 'Unauthorized for this grant type',
      fields: [],
      logId: null,
      code: 'unauthorized_client',
    },
    why: "Rule 1: an `Unauthorized` code sent without a 401 refuses someone the server knows (as monday's `UserUnauthorizedException`), and OAuth's `unauthorized_client` is a client that authenticated but may not use this grant; a code outranks a 400. Rule 2.2: OAuth `error_description` beats `error`; it is more than the reason phrase. Rule 6: OAuth's `error`. Hesitated on kind: the table lists OAuth's bad-request and credential codes and not this one (other reading: bad-request; or unauthenticated).",
  },
  {
    id: '8x8-cc-campaigns/validation-failed-400',
    expect: {
      kind: 'validation',
      message: 'Campaign already contains record for Id: CRM-12345',
      fields: [['crmRecordId', 'must not be blank']],
      logId: null,
      code: 'NotBlank',
    },
    why: "Rule 1: a 400 that carries field errors; the field's code is no duplicate code and text never decides. Rule 2.2: RFC 9457 `detail` beats the generic `title` ('Validation failed'). Rule 3: the `errors` item's `field` and `message`. Rule 5: `instance` is a path, no id. Rule 6: the lone item's `code`, the only code. Hesitated on code: a field item's code may be only its field's (other reading: null).",
  },
  {
    id: 'libretranslate/contact-operator-for-api-key-400',
    expect: {
      kind: 'bad-request',
      message: 'Please contact the server operator to get an API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without field errors or a code; text never decides, so the missing key does not make it a credential failure. Rule 2: the `error` sentence.',
  },
  {
    id: 'libretranslate/cannot-translate-text-500',
    expect: { kind: 'server', message: 'Cannot translate text', fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rules 2.1 and 2.3: a JSON body from the app; the C++ library's report after the colon (`basic_string::_S_construct null not valid`) is developer text, dropped as an exception named after the sentence is (Traccar's), and 'Cannot translate text' says what failed for the person. Hesitated on message: a C++ name anywhere makes the text developer text (other reading: the default).",
  },
  {
    id: 'apertium-apy/per-word-internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rule 2.1: \'Internal Server Error\' in `message` and `explanation` is the bare reason phrase, so the default. Rule 6: `code: 500` in digits is the status and `status: "error"` a flag.',
  },
  {
    id: 'papago/source-and-target-must-differ-400',
    expect: {
      kind: 'bad-request',
      message: 'source and target must be different',
      fields: [],
      logId: null,
      code: 'N2MT05',
    },
    why: 'Rule 1: a 400 without field errors; `N2MT05` names no kind and text never decides. Rule 2: `errorMessage` by its shape; the Korean in parentheses repeats it. Rule 6: `errorCode`.',
  },
  {
    id: 'deeplx/too-many-requests-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.1: 'Too Many Requests' is the bare reason phrase, so the default. Rule 4: no header or hint, no wait. Rule 6: `code: 429` in digits restates the status.",
  },
  {
    id: 'niutrans/request-params-was-error-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '000000' },
    why: "Rule 1: a 200 whose code names no kind and no error status; text never decides. Rule 2.1: 'Request params was error' only says the request's parameters were wrong (as 'Error in provided request.', 'Bad or missing parameters'), so the default. Rule 6: `error_code` by its shape. Hesitated on code: six zeros may read as zero, no code (other reading: null).",
  },
  {
    id: 'dolphinscheduler/query-project-details-by-code-error-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '10047' },
    why: "Rule 1: `success: false` says the 200 failed, but the numeric code 10047 is no 4xx or 5xx status and names no kind. Rule 2.1: 'query project details by code error' names only the step that failed (as 'Request mapping failed'), so the default. Rule 6: `code` as a string; `failed` is a flag. Hesitated on message: it says what failed (other reading: 'query project details by code error').",
  },
  {
    id: 'cib-seven/authorization-exception-code-0-403',
    expect: {
      kind: 'forbidden',
      message: "The user with id 'jonny' does not have 'DELETE' permission on resource 'Mary' of type 'User'",
      fields: [],
      logId: null,
      code: 'AuthorizationException',
    },
    why: "Rule 1: 403. Rule 2: the `message` sentence. Rule 3: `userId`, `permissionName`, `resourceName`, `resourceId` are the error's context, no fields. Rule 6: `code: 0` is zero, no code, so the category `type` is the only one. Hesitated on code: an exception's class name may be no code (other reading: null).",
  },
  {
    id: 'kubeflow-pipelines/incorrect-string-value-500',
    expect: {
      kind: 'server',
      message: 'Failed to create a new run',
      fields: [],
      logId: '8a3ce8e4ecf960f3eeb77576661a134c',
      code: '13',
    },
    why: "Rule 1: 500. Rules 2.1 and 2.3: what follows 'Failed to create a new run.' is an error class (`InternalServerError:`) and a database's report (MySQL's `Error 1366`), developer text dropped as an exception named after the sentence is; the `details` item says only the reason phrase. Rule 5: `Ngrok-Trace-Id` is a header named like a request id (as `x-trace-id`). Rule 6: the explicit `code`, a number as a string. Hesitated on message, logId and code: the whole line is a database failure (other reading: the default); `…-Trace-Id` is no shape rule 5 lists (other reading: null); a gRPC status number may be no vendor code (other reading: null).",
  },
  {
    id: 'huginn/webhook-secret-mismatch-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rules 2.1 and 2.6: 'Not Authorized' sent as text restates a 401 (Asana's status line), so the default.",
  },
  {
    id: 'rebrandly/templating-invalid-format-403',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['label', 'label must be shorter than or equal to 64 characters'],
        ['label', 'label must be a string'],
        ['label', 'label should not be empty'],
        ['key', 'key must be shorter than or equal to 32 characters'],
        ['key', 'key must be a string'],
        ['key', 'key should not be empty'],
        ['format', 'format must be one of the following values: string,preset'],
      ],
      logId: null,
      code: 'InvalidFormat',
    },
    why: "Rule 3: `errors` items name their field in `property` and carry class-validator's `constraints`, a map of constraint to message: each message is that field's error. Rule 1: field errors make a validation failure of another 4xx when their codes say an input is wrong (as Bean Validation's `NOTNULL`, `NOTBLANK`), and `maxLength`, `isString`, `isNotEmpty`, `isIn` do. Rule 2.4: only field messages, so the default. Rule 6: the envelope's `code`. Hesitated on kind and fields: a 403 refuses, and a validation code does not turn it (other reading: forbidden); one field with several messages (other reading: one error per property, three).",
  },
  {
    id: 'shlink/non-unique-slug-400',
    expect: {
      kind: 'conflict',
      message: 'Provided slug "custom" is already in use',
      fields: [],
      logId: null,
      code: 'https://shlink.io/api/error/non-unique-slug',
    },
    why: 'Rule 6: a problem `type` URI is the code when there is no other. Rule 1: the code says the slug is not unique (as `not_unique`), a duplicate code, which outranks a 400. Rule 2.2: RFC 9457 `detail` beats `title`. Rule 3: `customSlug` holds the value, not a message. Rule 5: no `instance`. Hesitated on kind: a type URI may be read as naming no kind (other reading: bad-request).',
  },
  {
    id: 'shlink/invalid-shortcode-v2-404',
    expect: {
      kind: 'not-found',
      message: 'No URL found with short code "abc123"',
      fields: [],
      logId: null,
      code: 'INVALID_SHORTCODE',
    },
    why: 'Rule 1: 404; nothing turns a 404 into another kind, so the `invalid` code does not. Rule 2.2: RFC 9457 `detail` beats `title`. Rule 3: `shortCode` holds the value. Rule 6: the `type`, a code and no URI, is the only code.',
  },
  {
    id: 'dub/tag-invalid-color-422',
    expect: {
      kind: 'validation',
      message: 'Invalid color. Must be one of: red, yellow, green, blue, purple, pink, brown',
      fields: [],
      logId: null,
      code: 'unprocessable_entity',
    },
    why: "Rule 1: 422 (and `unprocessable_entity`). Rule 2.1: zod's code before the sentence (`invalid_enum_value: `) says no more, as a vendor's error number does, and the field's name leading the sentence stays. Rule 3: the field is named only in the text; nothing names it by structure. Rule 6: the error's `code`, though it restates the status, is the only code; `doc_url` is a link. Hesitated on fields and code: `color:` in the text (other reading: [['color', 'Invalid color']]); a code restating the status may be none (other reading: null).",
  },
  {
    id: 'yourls/url-already-exists-fail-200',
    expect: {
      kind: 'unknown',
      message: 'http://domain.com/LilyPad-Arduino-328-Main-Board already exists in database',
      fields: [],
      logId: null,
      code: 'error:url',
    },
    why: "Rule 1: a 200 whose `status: \"fail\"` says it failed, but `error:url` is no duplicate or other listed code and `statusCode: 200` names no error status; text never decides. Rule 2: the `message` sentence. Rule 3: JSend's map of fields sits in `data`, absent here; `url` holds the stored record's values, no messages. Rule 6: `code`. Hesitated on kind: the code is YOURLS's answer to a URL already stored (other reading: conflict).",
  },
  {
    id: 'yourls/please-log-in-403-xml',
    expect: { kind: 'forbidden', message: 'Please log in', fields: [], logId: null, code: null },
    why: 'Rule 3: XML read as JSON: `result` holds `message` and `errorCode`. Rule 1: 403 without a code; text never decides. Rule 2: the `message` sentence. Rule 6: `errorCode: 403` in digits restates the status. Hesitated on kind: the text asks the person to sign in (other reading: unauthenticated).',
  },
  {
    id: 'snip/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2: the `message` sentence; `success: false` is a flag.',
  },
  {
    id: 'snip/custom-code-exists-400',
    expect: { kind: 'bad-request', message: 'Custom code already exists', fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors or a code; text never decides, so no duplicate. Rule 2: the `message` sentence. Hesitated on kind: (other reading: conflict).',
  },
  {
    id: 'shortify/shortlink-required-400',
    expect: {
      kind: 'bad-request',
      message: 'shortLink parameter is required',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors or a code; text never decides. Rule 2: the `error` sentence, which names the parameter the person must give. Rule 3: the parameter is named only in the text. Hesitated on message: it names only what is missing, as 'Missing required parameters: …' (other reading: the default).",
  },
  {
    id: 'postcore/profile-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Profile not found',
      fields: [],
      logId: null,
      code: 'PROFILE_NOT_FOUND',
    },
    why: "Rule 1: 404. Rule 2.1: the `message` sentence beats the code in `error`; 'Profile not found' is no bare reason phrase. Rule 6: the code in `error`.",
  },
  {
    id: 'postcore/platforms-not-connected-400',
    expect: {
      kind: 'bad-request',
      message: 'The following platforms are not connected: linkedin',
      fields: [],
      logId: null,
      code: 'PLATFORMS_NOT_CONNECTED',
    },
    why: "Rule 1: a 400 without field errors; `PLATFORMS_NOT_CONNECTED` names no listed kind. Rule 2: the `message` sentence, which tells the person what to connect. Rule 3: `missing_platforms` lists names, not messages. Rule 6: the code in `error`. Hesitated on fields: a top-level list of strings may read as a field's messages (other reading: [['missing_platforms', 'linkedin']]).",
  },
  {
    id: 'postsyncer/too-many-attempts-429',
    expect: { kind: 'rate-limited', message: 'Too Many Attempts', fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2: the `message` sentence (Laravel's throttle text); it is not the reason phrase 'Too Many Requests'. Rule 4: no header, hint or wait. Hesitated on message: it rewords the 429's reason phrase and says no more (other reading: the default).",
  },
  {
    id: 'truenas/nfs-share-create-fields-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['data.path', 'Field required'],
        ['data.paths', 'Extra inputs are not permitted'],
        ['data.alldirs', 'Extra inputs are not permitted'],
        ['data.quiet', 'Extra inputs are not permitted'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body whose members all hold lists of error items with a `message` is a map of fields, each key a dotted path kept in the server's spelling. Rule 1: 422. Rule 2.4: only field messages, so the default. Rule 6: each item's `errno: 22` is an item's, and with several items no lone item's code speaks for the response. Hesitated on fields: `data` is the method's argument, dropped as a bean-validation path's argument is (other reading: `path`, `paths`, `alldirs`, `quiet`).",
  },
  {
    id: 'powerstore/appliance-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Instance with id A2 was not found',
      fields: [],
      logId: null,
      code: '0xE04040020009',
    },
    why: "Rule 1: 404. Rule 2.2: a lone form-level item in the `messages` list speaks for the response; `message_l10n` is its localized message. Rule 3: `arguments` holds values, no path. Rule 6: the lone item's `code`; `severity` is a level.",
  },
  {
    id: 'powerstore/certificate-update-failed-422',
    expect: {
      kind: 'validation',
      message: 'Failed to update certificate in credential store',
      fields: [],
      logId: null,
      code: '0xE09010010013',
    },
    why: "Rule 1: 422; the vendor's code names no kind. Rule 2.2: the lone form-level item's localized `message_l10n`, which says what failed (as 'Failed to process audio'). Rule 6: the lone item's `code`. Hesitated on message: a line that only says what failed, or a store behind the service (other reading: the default).",
  },
  {
    id: 'proxmox-backup-server/verify-backup-time-minimum-400-text',
    expect: {
      kind: 'bad-request',
      message: 'value must have a minimum value of 1',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 sent as text, with no field errors by structure and no code; text never decides. Rules 2.1 and 2.6: a plain-text sentence on a 4xx; 'parameter verification failed - ' is a generic headline (as Proxmox VE's 'Parameter verification failed.') before a sentence of its own, and the field's name leading that sentence stays. Hesitated on kind and fields: the text names a parameter and its rule in a fixed format (other reading: validation, [['backup-time', 'value must have a minimum value of 1']]).",
  },
  {
    id: 'unraid/vm-domains-libvirt-not-running-200',
    expect: {
      kind: 'server',
      message: 'Failed to retrieve VM domains',
      fields: [],
      logId: null,
      code: 'INTERNAL_SERVER_ERROR',
    },
    why: "Rule 1: GraphQL's `INTERNAL_SERVER_ERROR` outranks the 200. Rule 2: the error's `message`, written by the API's resolver and led by what failed for the person. Rule 3: a GraphQL `path` points into the response, never a field. Rule 6: `extensions.code`. Hesitated on message: the chain after it reports a service behind the API (libvirt), which may make the line developer text (other reading: the default).",
  },
] satisfies Reading[];
