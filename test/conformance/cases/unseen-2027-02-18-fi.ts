import { DEFAULT, type ConformanceCase } from '../types';

// Ninetieth unseen-API holdout, part FI (18 February 2027): JSON:API server libraries that no other case file uses,
// their own tests and docs that assert or print a whole error document: Elide (Yahoo's JSON:API and GraphQL service
// framework for Java), Django REST framework JSON:API (the `rest_framework_json_api` package, apart from Django REST
// framework itself, which the corpus holds), JSONAPI::Utils (a Rails gem on top of JSONAPI::Resources), FastAPI-JSONAPI
// (mts-ai's JSON:API layer for FastAPI, apart from FastAPI itself) and google/jsonapi (a Go JSON:API marshaller). They
// were collected to measure how the reader does at first sight on libraries it was never tuned on. Bodies were copied
// from: Elide's error-encoding integration tests (EncodedErrorObjectsIT and VerboseEncodedErrorResponsesIT check the
// status with `statusCode(…)` and the whole body with `body(equalTo(expected))`, the expected text read from a fixture
// under elide-integration-tests/src/test/resources/EncodedErrorResponsesIT, each named in `url` with its commit);
// Django REST framework JSON:API's error tests (example/tests/test_errors.py posts to a view whose serializer raises
// DRF's ValidationError, and its syrupy snapshot example/tests/__snapshots__/test_errors.ambr holds the whole
// `response.data`, the error list the package's renderer sends under `errors`); JSONAPI::Utils's README (its "Request"
// section prints the status line, the Content-Type and the whole body of a request it refused); FastAPI-JSONAPI's API
// test (`assert response.status_code == status.HTTP_400_BAD_REQUEST` and `assert response.json() == {…}`); and
// google/jsonapi's errors_test.go (MarshalErrors' whole payload compared with `reflect.DeepEqual`). Headers were
// copied only where the source shows one (none of the tests checks one, and JSONAPI::Utils's README prints
// `Content-Type: application/vnd.api+json`); none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Spring HATEOAS's problem fixtures (src/test/resources/…/mediatype/problem/*.json and the
// docs' response.json copy RFC 7807's own examples, the out-of-credit and validation-error problems, without a status:
// RFC 9457 is already a source, and a status would have to be guessed); Elide's ErrorObjectsIT (it checks only that
// each error has `detail` or `message`); jsonapi-server (holidayextras: its tests call `helpers.validateError(json)`
// and check the status, not the body); nilportugues' PHP JSON:API server (its MissingAttributeErrorTest encodes one
// error object, `{ code: "unprocessable_entity", title: "Missing Attribute", … }`, without the document around it or a
// status: the wire body would be guessed); api2go (its error test counts errors, no body); JsonApiDotNetCore (its docs'
// error-handling page prints no body, and its tests assert an error's members one by one beside a random `id`, not a
// whole document); google/jsonapi's other two rows (no `status`: the response's status would be guessed); the
// JSON:API specification's own example error (422, "First name must contain at least three characters."), which
// FastAPI-JSONAPI's docs print and the corpus already holds through Getaround's OpenAPI document. Skipped as taken
// by other parts of this holdout: Laravel JSON:API (part FD's list) and JSONAPI::Resources (part FE's list;
// JSONAPI::Utils's body is built from JSONAPI::Resources' exception classes, and is kept here as JSONAPI::Utils'
// documented answer, a judgment call).
// Skipped as already sources: API Platform (its JSON:API and problem features came up twice in searches), Ash JSON:API,
// Drupal JSON:API, Django REST framework, FastAPI, Sails. Not reached within the cap: Crnk, Katharsis, Yin, Fortune.js,
// Graphiti (a search found only a docs page that introduces its validation errors), json_api_client's fixtures.
// No XML body, no text body and no HTML page turned up. Elide's bodies carry HTML-escaped quotes (`&#39;`, `&#34;`),
// copied as its fixtures have them: Elide escapes error text for HTML by default.
//
// The part holds 15 cases from 5 sources, within the brief's aim of 15–30 from at least 5; all 38 look-ups of the cap
// were spent (one read of FastAPI-JSONAPI's test at the stored commit came back empty: the stored version predates the
// test quoted, which was found by its text).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-18-fi`, on 25829a7, the commit named in /tmp/base90/READY, src/ unchanged: in the frozen copy
// /tmp/base90; `--check` first reported no problem): 12/15 pass, 5 sources (kind 15/15, message 12/15, fields 15/15,
// retry 15/15, logId 0/0, code 1/1). Failing at first sight, all three on the message:
// elide/bad-request-body-json-patch-400 (kept "Bad Request Body&#39;[{&#34;op&#34;:…}]&#39;"; the case drops the
// leading "Bad Request", the status's phrase, rule 2.1, and reads the rest, the request's JSON as HTML-escaped text, as
// developer text, rule 2.3: the default); elide/patch-extension-unparsable-400 (kept "Bad Request Body&#39;Could not
// parse patch extension value: {…}&#39;"; the case reads the status's phrase and a parser's report with the value as
// JSON text, rules 2.1 and 2.3: the default); elide/verbose-invalid-value-string-list-400 (kept "Error converting from
// &#39;String&#39; to &#39;Long&#39; For input string: &#34;a&#34;"; the case reads a type conversion's report with
// Java's NumberFormatException text as developer text, rule 2.3, and a lone line of developer text in a list as no
// form-level message, rule 3: the default). None of the three is a judgment call the notes name; the kit read the
// HTML-escaped entities as text. Every other case passed as written, including the judgment calls on Elide's
// exception-prefixed details (the default), DRF JSON:API's wire wrapper and item title, JSONAPI::Utils's three
// unbound lines (validation), FastAPI-JSONAPI's `source.parameter` (a field) and google/jsonapi's status.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

const ELIDE_OBJECTS_IT =
  'elide-integration-tests/src/test/java/com/yahoo/elide/errorEncodingTests/EncodedErrorObjectsIT.java@0fd275e40b7fdcba0e582f4c64296a4946195d24';
const ELIDE_FIXTURES = 'yahoo/elide/elide-integration-tests/src/test/resources/EncodedErrorResponsesIT';
//
// It joined `cases/` with its own holdout's conventions, which read text escaped for HTML as its characters and a
// JSON object quoted in a line as developer text (Elide's): 15/15.

export default [
  // ───────────────────────────── Elide ─────────────────────────────
  {
    id: 'elide/invalid-collection-404',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/invalidCollectionErrorObject.json@10048cdc6a21c409da0516f75bf166b984ee7497`,
    note: `EncodedErrorObjectsIT.invalidCollectionException (${ELIDE_OBJECTS_IT}): \`GET /unknown\`, \`statusCode(HttpStatus.SC_NOT_FOUND)\` and \`body(equalTo(expected))\` with this fixture, the error-objects mode Elide's test config turns on. Kind: 404, not-found (rule 1). Message: the detail opens with the exception's class name ("InvalidCollectionException: "), which names the exception the whole text is (rule 2.3, as a \`TypeError:\` prefix and Congress.gov's class in parentheses): the default. Judgment call: a reader could drop the prefix and keep "Unknown collection 'unknown'", which names the collection asked for (the seventy-fifth holdout's "unknown" row). No code, no id.`,
    response: {
      status: 404,
      body: { errors: [{ detail: 'InvalidCollectionException: Unknown collection &#39;unknown&#39;' }] },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'elide/unknown-identifier-404',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/invalidObjectIdentifierExceptionErrorObject.json@4624468cc5cab4bc91dc03e4e7635e1e66f4b7b2`,
    note: `EncodedErrorObjectsIT.invalidObjectIdentifierException (${ELIDE_OBJECTS_IT}): \`GET /parent/100\` with the JSON:API media type, 404 and the whole body. Kind: 404, not-found (rule 1). Message: an exception's class name before the text (rule 2.3): the default. Judgment call, as for the unknown collection: "Unknown identifier '100' for parent" without the prefix names the record not found.`,
    response: {
      status: 404,
      body: { errors: [{ detail: 'InvalidObjectIdentifierException: Unknown identifier &#39;100&#39; for parent' }] },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'elide/invalid-value-400',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/invalidValueExceptionErrorObject.json@1cdc81ca30a57ccdba47f817fd137553ae27ab10`,
    note: `EncodedErrorObjectsIT.invalidValueException (${ELIDE_OBJECTS_IT}): \`POST /invoice\` with a resource whose id is "a" (the model's id is a number), 400 and the whole body. Kind: a 400 with one error, no field member and no code: bad-request (rule 1). Message: an exception's class name before a line that names only the value refused ("Invalid value: a"): the default (rules 2.3 and 2.1).`,
    response: {
      status: 400,
      body: { errors: [{ detail: 'InvalidValueException: Invalid value: a' }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'elide/bad-request-body-json-patch-400',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/invalidEntityBodyExceptionErrorObject.json@38b1e4a6cd9c8bf873e696eb28ac14c83faba9fc`,
    note: `EncodedErrorObjectsIT.invalidEntityBodyException (${ELIDE_OBJECTS_IT}): a JSON Patch \`PATCH /parent\` whose value carries \`relationships\` beside \`value\`, 400 and the whole body. Kind: 400, no field, no code: bad-request (rule 1). Message: "Bad Request" leading the line restates the status (rule 2.1), and what follows is the request's own JSON as text, HTML-escaped (rule 2.3, JSON as text; a body the server could not read): the default.`,
    response: {
      status: 400,
      body: {
        errors: [
          {
            detail:
              'Bad Request Body&#39;[{&#34;op&#34;:&#34;add&#34;,&#34;path&#34;:&#34;/parent&#34;,&#34;value&#34;:{&#34;id&#34;:&#34;23&#34;,&#34;type&#34;:&#34;parent&#34;},&#34;relationships&#34;:{&#34;spouses&#34;:{}}}]&#39;',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'elide/patch-extension-unparsable-400',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/jsonPatchExtensionExceptionErrorObject.json@6c8a33691557558e9fa04b27171e8730ff20f59a`,
    note: `EncodedErrorObjectsIT.jsonPatchExtensionException and .invalidAttributeException (${ELIDE_OBJECTS_IT}) both expect this fixture with 400: a JSON Patch operation whose value has a member that is no relationship (\`notARelationship\`). The fixture at this commit carries the error's \`status\`. Kind: 400, no field, no code: bad-request (rule 1). Message: the status's phrase leading the line, then a parser's report with the value as JSON text (rules 2.1 and 2.3): the default.`,
    response: {
      status: 400,
      body: {
        errors: [
          {
            detail:
              'Bad Request Body&#39;Could not parse patch extension value: {&#34;id&#34;:&#34;6&#34;,&#34;type&#34;:&#34;parent&#34;,&#34;notARelationship&#34;:{}}&#39;',
            status: '400',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'elide/transaction-exception-jackson-423',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/transactionExceptionErrorObject.json@10048cdc6a21c409da0516f75bf166b984ee7497`,
    note: `EncodedErrorObjectsIT.transactionException (${ELIDE_OBJECTS_IT}): a POST whose JSON lacks the comma between \`type\` and \`id\` ("intentionally forget the comma … to force a transaction exception"), \`statusCode(HttpStatus.SC_LOCKED)\` and the whole body. Kind: 423 is none of rule 1's named statuses, a 4xx that changing an input field by field would not fix: bad-request, as the corpus reads other 423s. Message: an exception's class name, then Jackson's parser report with its source position (rule 2.3): the default.`,
    response: {
      status: 423,
      body: {
        errors: [
          {
            detail:
              'TransactionException: Unexpected character (&#39;&#34;&#39; (code 34)): was expecting comma to separate Object entries\n at [Source: (String)&#34;{&#34;data&#34;: {&#34;type&#34;: &#34;invoice&#34; &#34;id&#34;: 100}}&#34;; line: 1, column: 30]',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'elide/verbose-invalid-value-string-list-400',
    source: 'Elide',
    url: `${ELIDE_FIXTURES}/invalidValueExceptionVerbose.json@1cdc81ca30a57ccdba47f817fd137553ae27ab10`,
    note: "VerboseEncodedErrorResponsesIT.invalidValueException (yahoo/elide/elide-integration-tests/src/test/java/com/yahoo/elide/errorEncodingTests/VerboseEncodedErrorResponsesIT.java@02931b2ea1a604bc041af67d1569cd5b2874058c): the same `POST /invoice` with id \"a\", in Elide's older verbose mode without error objects, 400 and the whole body: a list of one string under `errors`. Kind: 400, one line, no field: bad-request (rule 1). Message: a type conversion's report (\"Error converting from 'String' to 'Long'\", with Java's NumberFormatException text \"For input string\"), developer text (rule 2.3); a lone line of developer text in such a list is no form-level message (rule 3): the default.",
    response: {
      status: 400,
      body: { errors: ['Error converting from &#39;String&#39; to &#39;Long&#39; For input string: &#34;a&#34;'] },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Django REST framework JSON:API ─────────────────────────────
  {
    id: 'drf-json-api/required-attribute-400',
    source: 'Django REST framework JSON:API',
    url: 'django-json-api/django-rest-framework-json-api/example/tests/__snapshots__/test_errors.ambr@0712f9f91378163cc54ae659f854973f759edb61',
    note: "test_first_level_attribute_error (example/tests/test_errors.py at the same commit): a POST without `headline`, which the view's serializer requires; `serializer.is_valid(raise_exception=True)` raises DRF's ValidationError (400). The snapshot holds the whole `response.data`, the list the package's renderer sends as the document's `errors`; `ErrorDetail(string=…, code=…)` is the string it serializes to. The wrapper `{ errors: [...] }` is the JSON:API document the renderer writes, not shown by the snapshot: a judgment call on the wire form. Kind: 400 with a field error: validation (rule 1). Field: `/data/attributes/headline` is `headline` (rule 3). Message: only a field message: the default (rule 2.4). No code stated: the lone item's `required` is bound to its field.",
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'required',
            detail: 'This field is required.',
            source: { pointer: '/data/attributes/headline' },
            status: '400',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['headline', 'This field is required.']] },
  },
  {
    id: 'drf-json-api/custom-title-dasherized-400',
    source: 'Django REST framework JSON:API',
    url: 'django-json-api/django-rest-framework-json-api/example/tests/__snapshots__/test_errors.ambr@0712f9f91378163cc54ae659f854973f759edb61',
    note: "test_first_level_custom_attribute_error: the serializer's `validate` raises `ValidationError({'body_text': {'title': 'Too Short title', 'detail': 'Too short'}})`, with `JSON_API_FORMAT_FIELD_NAMES='dasherize'`; the package keeps the given title and detail and adds no `status` or `code`. Status 400 (DRF's ValidationError); wrapper as in the first case. Kind: 400 with a field error: validation (rule 1). Field: `body-text` (the server's spelling stays, rule 3), its message the `detail` over the `title` (rule 2.2). Message: only a field's lines: the default (rule 2.4). Judgment call: a reader could take the item's title as a headline for the response.",
    response: {
      status: 400,
      body: {
        errors: [
          {
            detail: 'Too short',
            source: { pointer: '/data/attributes/body-text' },
            title: 'Too Short title',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['body-text', 'Too short']] },
  },
  {
    id: 'drf-json-api/nested-dict-required-400',
    source: 'Django REST framework JSON:API',
    url: 'django-json-api/django-rest-framework-json-api/example/tests/__snapshots__/test_errors.ambr@0712f9f91378163cc54ae659f854973f759edb61',
    note: 'test_second_level_dict_error: `comment: {}` sent for a nested serializer whose `body` is required, with nested serializers rendered as attributes. Status 400; wrapper as in the first case. Kind: validation (a field error, rule 1). Field: `/data/attributes/comment/body` is `comment.body` (rule 3). Message: the default (rule 2.4).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'required',
            detail: 'This field is required.',
            source: { pointer: '/data/attributes/comment/body' },
            status: '400',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['comment.body', 'This field is required.']] },
  },
  {
    id: 'drf-json-api/nested-list-two-required-400',
    source: 'Django REST framework JSON:API',
    url: 'django-json-api/django-rest-framework-json-api/example/tests/__snapshots__/test_errors.ambr@0712f9f91378163cc54ae659f854973f759edb61',
    note: "test_many_third_level_dict_errors: `comments: [{ attachment: {} }]`, missing the comment's `body` and the attachment's `data`. Status 400; wrapper as in the first case. Kind: validation (field errors, rule 1). Fields: JSON:API pointers with list indices, `comments.0.attachment.data` and `comments.0.body` (rule 3). Message: the default (rule 2.4). No code stated: two items.",
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'required',
            detail: 'This field is required.',
            source: { pointer: '/data/attributes/comments/0/attachment/data' },
            status: '400',
          },
          {
            code: 'required',
            detail: 'This field is required.',
            source: { pointer: '/data/attributes/comments/0/body' },
            status: '400',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['comments.0.attachment.data', 'This field is required.'],
        ['comments.0.body', 'This field is required.'],
      ],
    },
  },
  {
    id: 'drf-json-api/nested-list-custom-too-short-400',
    source: 'Django REST framework JSON:API',
    url: 'django-json-api/django-rest-framework-json-api/example/tests/__snapshots__/test_errors.ambr@0712f9f91378163cc54ae659f854973f759edb61',
    note: "test_third_level_custom_array_error: `comments: [{ body: 'test comment', attachments: [{ data: 'text' }] }]`, and the attachment serializer's `validate_data` raises `ValidationError('Too short data')` for a value under ten characters. Status 400; wrapper as in the first case. Kind: validation (a field error, rule 1). Field: `comments.0.attachments.0.data` (rule 3). Message: the default (rule 2.4). No code stated: `invalid` is DRF's default code, bound to the field.",
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'invalid',
            detail: 'Too short data',
            source: { pointer: '/data/attributes/comments/0/attachments/0/data' },
            status: '400',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['comments.0.attachments.0.data', 'Too short data']] },
  },

  // ───────────────────────────── JSONAPI::Utils ─────────────────────────────
  {
    id: 'jsonapi-utils/invalid-resources-and-field-400',
    source: 'JSONAPI::Utils',
    url: 'tiagopog/jsonapi-utils/README.md',
    note: 'The README\'s "Request" section: before an action runs, JSONAPI::Utils checks the request and its query string against the resource, and "if something goes wrong during the validation process, JU will render an error response like this": the status line, `Content-Type: application/vnd.api+json` and this body, copied whole (the stored README, index file id 3409127584; its commit is not shown). The error objects are JSONAPI::Resources\' (code 101, invalid resource; 112, invalid field). Kind: a 400 that lists several messages about the input (the resources and relationship the query named): validation (rule 1); no item names a field (no `source`). Judgment call: a reader could read them as the query\'s faults, a bad request. Message: three form-level lines, none alone: the default (rule 2.2, 2.4). No code stated: two codes.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/vnd.api+json' },
      body: {
        errors: [
          { title: 'Invalid resource', detail: 'foo is not a valid resource.', code: '101', status: '400' },
          { title: 'Invalid resource', detail: 'foobar is not a valid resource.', code: '101', status: '400' },
          { title: 'Invalid field', detail: 'bar is not a valid relationship of users', code: '112', status: '400' },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── FastAPI-JSONAPI ─────────────────────────────
  {
    id: 'fastapi-jsonapi/filter-null-field-400',
    source: 'FastAPI-JSONAPI',
    url: 'mts-ai/FastAPI-JSONAPI/tests/test_api/test_api_sqla_with_includes.py',
    note: "A filtering test of the suite: `GET` with `filter` `[{ name: \"email\", op: \"is_\", val: null }]` on a schema whose `email` may not be null; `assert response.status_code == status.HTTP_400_BAD_REQUEST` and `assert response.json() == {…}` (Starlette's `HTTP_400_BAD_REQUEST` is 400). The test was found by its text (index file id 67626198814; an earlier version, file id 23133163888, reads \"can't be null\" without the full stop); the path is where the index keeps the suite's API tests, its stored commit d9f5a0a predates this test, so no commit is given. Kind: JSON:API's `source.parameter` is a path-like member (rule 3), so the item is the `filters` parameter's error and a 400 with a field error is validation (rule 1). Judgment call: a query parameter's name is no form field, and a reader could read the item as form-level, a bad request whose message is the detail. Message: only a field's lines: the default (rule 2.4), the detail over the title for the field (rule 2.2).",
    response: {
      status: 400,
      body: {
        errors: [
          {
            detail: "The field `email` can't be null.",
            source: { parameter: 'filters' },
            status_code: 400,
            title: 'Invalid filters querystring parameter.',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['filters', "The field `email` can't be null"]] },
  },

  // ───────────────────────────── google/jsonapi ─────────────────────────────
  {
    id: 'google-jsonapi/marshal-errors-coded-400',
    source: 'google/jsonapi',
    url: 'google/jsonapi/errors_test.go@2e5db6b6b97ae61dc9251e8688c113f4942f0048',
    note: 'TestMarshalErrorsWritesTheExpectedPayload, row "TestFieldsAreSerializedAsNeeded": `MarshalErrors` writes `{ errors: [{ id: "0", title: "Test title.", detail: "Test detail", status: "400", code: "E1100" }] }`, compared whole with `reflect.DeepEqual`. MarshalErrors writes only the document; the status given is the one the lone error names (`status: "400"`, "the HTTP status code applicable to this problem"): a judgment call. Kind: a 400 whose code names no kind: bad-request (rule 1). Message: the `detail` over the `title` (rule 2.2): "Test detail", two words, a sentence by rule 2.1\'s measure (the test\'s own placeholder). Code: `E1100` (rule 6). No support id stated: JSON:API\'s `id` of a lone error would be one (rule 5), but zero is no id.',
    response: {
      status: 400,
      body: { errors: [{ id: '0', title: 'Test title.', detail: 'Test detail', status: '400', code: 'E1100' }] },
    },
    expect: { kind: 'bad-request', message: 'Test detail', code: 'E1100' },
  },
] satisfies ConformanceCase[];
