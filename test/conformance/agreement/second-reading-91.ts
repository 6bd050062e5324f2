import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 40 cases (every third case of the ninety-first holdout's parts FK, FL, FM, FN, FO and FP,
// in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen
// copy of `test/conformance/README.md` (`.tmp/blind91/rules.md`, as it stood when these cases were first run, its rule
// rows read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind91/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind91/reading-interface.ts`) and one finished second reading (the ninetieth's,
// `.tmp/blind91/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind91/cases.json`; none was thrown, none sends a `Date` header, and every `now` is 2026-11-22T12:00:00Z),
// no notes, no expectations, no kit answers. They were told not to open the case files or anything else under
// `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use search tools,
// nor to list folders. They opened only the files the brief names, by their full paths (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no
// folder. They marked 17 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'microdot/bad-request-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: the text 'Bad request' is the bare reason phrase ('Bad Request' among the generic summaries), no sentence for rule 2.6 to keep: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'microdot/payload-too-large-413-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 413 without `Retry-After`: bad-request (no wait, rule 4). Rule 2.1: the text 'Payload too large' is the 413's reason phrase (RFC 7231's 'Payload Too Large'; the ninetieth holdout's row reads 'Too large request' so, and the sixty-ninth's 'Capture Payload too large'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'more-cerberus/age-min-value-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['age', 'min value is 10']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body that is a map of a field to a list of strings: the field `age` with 'min value is 10'. Rule 1: 422: validation. Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'more-jsonschema/age-required-property-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 3: a JSON array holding one string has no path member, and text names no field (only class-validator's format is known to lead its lines with the path): no field; the lone line is the form's. Rule 2.1 with rule 2.3: \"'age' is a required property\" is Python jsonschema's report, and names only which input is missing by its quoted key ('\"name\" is required'): the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields (other reading: [['age', 'is a required property']], the quoted key read as the line's field).",
  },
  {
    id: 'flask-restful/not-found-did-you-mean-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the leading reason phrase 'Not Found.' is dropped; what follows, 'You have requested this URI [/fOo] but did you mean /foo ?', is Flask-RESTful's router suggestion naming only the URL path asked for and a route (the request's path is the developer's, as Rails' 'No route matches [POST] \"/…\"' is developer text, the seventy-seventh holdout's row): the default (rule 2.4). Rule 6: `status` 404 is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'You have requested this URI [/fOo] but did you mean /foo ?' kept, a sentence after the reason phrase).",
  },
  {
    id: 'flask-rebar/internal-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Sorry, there was an internal error.' is an apology before the 500's phrase in other words ('Internal … error', the thirtieth holdout's row; an apology before a generic line, the thirty-eighth's): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'flask-rebar/invalid-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `message` 'Failed to decode JSON body.' is a decoder's failure on the request body (OpenShift.io's 'Failed to decode request body …'; JSON that cannot be decoded, the eighty-sixth holdout's row): developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'flask-rebar/unexpected-and-missing-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['foo', 'Missing data for required field']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a map of fields: `foo` with 'Missing data for required field.'; `_general` is the form's own key, as `_errors` and `non_field_errors` are, so 'Unexpected field: baz' is form-level. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `message` 'JSON body parameters are invalid.' is a generic summary ('Input request parameters are invalid.'), and the form-level 'Unexpected field: baz' names only an input the API does not know by its key after a colon ('Unexpected field: inValid2', the ninetieth holdout's row): the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `_general` listed as a field too, the form-level keys being named as a list).",
  },
  {
    id: 'express-openapi/body-required-property-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', "must have required property 'name'"]],
      logId: null,
      code: 'required.openapi.requestValidation',
    },
    why: "Rule 3: a lone item with `path` 'name' and a `message`: the field `name` with \"must have required property 'name'\" (Ajv's required-property line, a field's as Fastify's 'should have required property' is kept, the forty-seventh holdout's row); `location` 'body' names the part of the request, no field. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 6: the lone item's `errorCode` (a code member by its shape): 'required.openapi.requestValidation'; `status` 400 is the status. Rule 5: no id.",
  },
  {
    id: 'express-openapi/response-type-and-enum-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server (a code never turns a 5xx into a 4xx kind). Rule 3: both items' `path` 'response' names the server's own response, which failed its schema, not an input the person sent: no field (a field error is a message bound to one input). Rule 2.1 with rule 2.3: `message` 'The response was not valid.' and the items' 'must be string' and 'must be equal to one of the allowed values' are a schema validator's report on the server's own answer (Ajv's): the default (rule 2.4). Rule 6: the items carry two different codes ('type.openapi.responseValidation', 'enum.openapi.responseValidation') and the envelope none: no code; `status` 500 is the status. Rule 5: no id. Hesitated on fields (other reading: [['response', 'must be string'], ['response', 'must be equal to one of the allowed values']], the items read by structure).",
  },
  {
    id: 'express-zod-api/method-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: `error.message` 'PUT is not allowed' is the 405 in other words naming only the method (ASP.NET Web API's 'The requested resource does not support http method 'PUT'.', the eighty-second holdout's row): the default (rule 2.4). Rule 6: `status` 'error' is the call's own flag, no code (the sixty-first holdout's row). Rules 3 and 5: no field, no id; the `Allowed` header is the protocol's.",
  },
  {
    id: 'express-zod-api/endpoint-input-type-mismatch-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1 with rule 2.3: `error.message` 'something: Expected string, received number' starts with the input's key in small letters and gives zod's type check by type names (a type printout is developer text, serde's 'invalid type: map, expected a sequence', the fifty-ninth holdout's row): the default (rule 2.4). Rule 3: text names no field (only class-validator's format is read so). Rule 6: `status` 'error' is the call's flag: no code. Rule 5: no id. Hesitated on fields and kind (other reading: the field `something` with 'Expected string, received number', the key before the colon read as its path, and then validation).",
  },
  {
    id: 'polka/no-match-not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the text 'Not Found' is the bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'swagger-tools/query-parameter-not-integer-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: 'Request validation failed' is a generic headline ('Validation failed'), and the line after it, 'Parameter (arg0) is not a valid integer: fake', names only an input by its key in brackets ('Parameter(name) is invalid!', the seventy-fourth holdout's row) with the value printed: the default (rule 2.4). Rule 3: text names no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'swagger-tools/response-not-array-or-object-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers (and 'Response validation failed: value expected to be an array/object but is not' is a validator's report on the server's own answer, rule 2.3): the default. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'openapi-first/bad-request-path-problem-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['limit', 'is greater than: 100']],
      logId: null,
      code: 'maximum',
    },
    why: "Rule 3: a lone item with a `message` and a `parameter` 'limit' (a path-like member, as `param` and `source.parameter` are): the field `limit` with 'number at `/limit` is greater than: 100'. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `title` 'Bad Request Path' is the reason phrase with the part of the request that failed, a category line: with only a field message, the default (rule 2.4). Rule 6: the lone item's `code`: 'maximum'; `status` 400 is the status. Rule 5: no id.",
  },
  {
    id: 'openapi-first/jsonapi-invalid-body-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['data.name', 'is not a string'],
        ['data.numberOfLegs', 'is less than: 2'],
        ['data', 'missing required properties: mandatory'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: three JSON:API items, each with a `source.pointer` and a `title`: '/data/name', '/data/numberOfLegs' and '/data' are JSON Pointers into a body whose `data` holds its members directly (no `/data/attributes/` prefix to remove, so `data` stays a segment): `data.name`, `data.numberOfLegs` and `data`. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rule 6: the items carry three different codes ('string', 'minimum', 'required'): no code; `status` '400' is the status. Rule 5: no id. Hesitated on fields (other reading: `name` and `numberOfLegs`, with '/data' as the JSON:API document's primary data and no field, the content type being JSON:API's).",
  },
  {
    id: 'pyramid-openapi3/missing-required-query-parameter-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['bar', 'Missing required parameter']],
      logId: null,
      code: 'MissingRequiredParameter',
    },
    why: "Rule 3: a JSON array of one item that names its field stays a list: the field `bar` with 'Missing required parameter: bar' (an error's own field member gives its field the line, which alone names only the input). Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 6: the item's `exception` 'MissingRequiredParameter' is its only code (a code in an `exception` member, as both readers of the sixty-first holdout's sample read Paymill's). Rule 5: no id. Hesitated on code (other reading: none, an exception's class name being developer text, rule 2.3).",
  },
  {
    id: 'pyramid-openapi3/missing-required-body-property-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['foo', 'is a required property']],
      logId: null,
      code: 'ValidationError',
    },
    why: "Rule 3: a JSON array of one item that names its field: the field `foo` with \"'foo' is a required property\" (jsonschema's line, the field's). Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 6: the item's `exception` 'ValidationError' is its only code (a code that only says validation is a category beside a lone item's code, and here there is no other). Rule 5: no id. Hesitated on code (other reading: none, an exception's class that only says validation).",
  },
  {
    id: 'pyramid-openapi3/invalid-security-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'InvalidSecurity' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1 with rule 2.3: the lone item's 'Security not valid for any requirement' is an OpenAPI validator's report against the API description's security requirements, saying only that the request's credentials failed (the 401 in other words): the default (rule 2.4). Rule 6: the item's `exception` 'InvalidSecurity' is its only code (as Paymill's `exception`). Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Security not valid for any requirement' kept as a sentence) and on code (other reading: none, an exception's class).",
  },
  {
    id: 'openapi-core/flask-server-not-found-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: the lone item's `title` 'Server not found for https://localhost/browse/{id}/' is openapi-core's report that the request's URL matches no server of the API description (its `class` names `openapi_core.templating.paths.exceptions.ServerNotFound`): developer text, the default (rule 2.4). Rule 6: `class` is a Python class printed, a qualified type name and no code; `status` 400 is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Server not found for …' kept, a sentence on a 4xx).",
  },
  {
    id: 'kappa/required-properties-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: the lone item's `dataLocation` '$request.body (line 1, position 1)' names the request body as a whole, not an input in it (a path that ends at the whole body is form-level): no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1 with rule 2.3: 'required properties are missing: name, email' is a JSON Schema validator's report that names only inputs by their keys after a colon: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'kappa/read-only-property-in-write-context-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['id', 'should not be present in write context']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the lone item's `dataLocation` '$request.body#/id (line 2, position 9)' points into the body at `id` (a JSON Pointer after the body's name, the position the validator's): the field `id` with 'read-only property \"id\" should not be present in write context'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: no field, `dataLocation` being a validator's location no rule lists, and then bad-request with the default).",
  },
  {
    id: 'express-graphql/missing-operation-name-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: 'Must provide operation name if query contains multiple operations.' is GraphQL query-validation text, for whoever wrote the query: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'express-graphql/syntax-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'Syntax Error: Unexpected Name \"syntax_error\".' is the GraphQL parser's report on the query: developer text, the default (rule 2.4). Rule 3: `locations` point into the query, no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'express-graphql/unsupported-charset-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 415: bad-request. Rule 2.1: 'Unsupported charset \"ASCII\".' names only the body's encoding, the wire format (rule 7), the 415 in other words ('Unknown Media Type', the ninetieth holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a sentence that says what was wrong with this request).",
  },
  {
    id: 'express-graphql/invalid-variable-value-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server (the status decides; no code). Rule 2.3: 'Variable \"$who\" got invalid value [\"John\", \"Jane\"]; String cannot represent a non string value: …' is graphql-js's coercion report with JSON printed (graphql-ruby's 'Variable $id of type … was provided invalid value', the forty-eighth holdout's row): developer text, the default (rule 2.4). Rule 3: a GraphQL error's `locations` point into the query, no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'lacinia-pedestal/missing-query-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: "Query parameter \'query\' is missing or blank." names only which input is missing, by its quoted key called a parameter: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'lacinia-pedestal/resolver-exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1 with rule 2.3: 'resolver exception' names only the GraphQL layer that failed, in small letters, saying only that something failed: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'netflix-dgs/subscription-on-graphql-endpoint-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: the text 'Trying to execute subscription on /graphql. Use /subscriptions instead!' tells whoever wrote the client which endpoint takes a GraphQL subscription (an operation not supported there; graphql-java's `OperationNotSupported` is for the query's author, and the request's path is the developer's): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, plain text on a 4xx, rule 2.6).",
  },
  {
    id: 'apollo-router/introspection-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'INTROSPECTION_ERROR' },
    why: "Rule 1: a 400 whose GraphQL code `INTROSPECTION_ERROR` names no kind: bad-request. Rule 2.3: 'introspection error : Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. …' is GraphQL query-validation text: developer text, the default (rule 2.4). Rule 6: GraphQL's `extensions.code`: 'INTROSPECTION_ERROR'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'warrant/invalid-user-id-characters-400',
    expect: {
      kind: 'validation',
      message: 'can only contain alphanumeric characters',
      fields: [['userId', 'can only contain alphanumeric characters']],
      logId: null,
      code: 'invalid_parameter',
    },
    why: "Rule 3: an error object about one field: its `parameter` 'userId' gives that field its message. Rule 1: `invalid_parameter` is a code that says a parameter is wrong (a validation code), and the 400 carries a field error: validation. Rule 2.1: `message` \"can only contain alphanumeric characters and/or '-', …\" says what the value may hold, a rule about a value and not only an input's name: kept. Rule 6: `code`: 'invalid_parameter'. Rule 5: no id. Hesitated on message (other reading: the default, a line that says what is wrong without saying of what being the field's only).",
  },
  {
    id: 'ory-keto/subject-not-allowed-nil-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors, whose `error.code` 400 is the status in digits: bad-request. Rule 2.1: `error.message` 'subject is not allowed to be nil' starts with the input's name in small letters ('url is required') and prints `nil` as the value (Ruby's `nil` printed is developer text, the forty-seventh holdout's row): the default (rule 2.4). Rule 6: `code` 400 and `status` 'Bad Request' restate the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a rule about the value, as NutrientAPI's 'ingredients must be a non-empty array' was kept).",
  },
  {
    id: 'supabase-edge-functions/invalid-jwt-401',
    expect: { kind: 'unauthenticated', message: 'Invalid JWT', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid JWT' names the credential and says it is invalid, a token missing or invalid being the person's to send (the seventy-eighth holdout's row, 'JWT is missing or invalid'; a credential's name stays): kept. Rule 6: `code` 401 is the status in digits: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a short line that restates the 401).",
  },
  {
    id: 'supabase-edge-functions/function-blob-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Function deployment bundle not found',
      fields: [],
      logId: null,
      code: 'NOT_FOUND_FUNCTION_BLOB',
    },
    why: "Rule 1: 404: not-found (and `NOT_FOUND_FUNCTION_BLOB` a not-found code). Rule 2.1: `message` 'Function deployment bundle not found' names what was not found, no bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rule 6: `code`: 'NOT_FOUND_FUNCTION_BLOB'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'supabase-edge-functions/worker-limit-546',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'WORKER_LIMIT' },
    why: "Rule 1: 546 is a 5xx no row lists: server; `WORKER_LIMIT` names the function's compute limit, not a throttle or a quota on calls, so it does not outrank the 5xx. Rule 2.3: '(please check logs)' is a pointer to logs, and 'Function failed due to not having enough compute resources' reports the infrastructure behind the service (as a full disk is): developer text, the default (rule 2.4). Rule 6: `code`: 'WORKER_LIMIT'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: rate-limited, a limit code outranking the 5xx) and on message (other reading: 'Function failed due to not having enough compute resources' kept, the pointer in parentheses dropped).",
  },
  {
    id: 'knative-serving/activator-sks-not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.3: the text 'Error getting active endpoint: serverlessservice.networking.internal.knative.dev \"real-name\" not found' is the Kubernetes API's report through the activator, naming a qualified resource type: infrastructure behind the service, developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'knative-serving/activator-request-error-502-empty',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 502: unavailable. Rule 2.4: an empty body has no sentence: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'azure-functions/static-web-apps-api-host-not-running-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 503: unavailable. Rule 2.6: plain text on a 5xx ('Function host is not running.') is for developers: the default. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'fission/router-page-not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: '404 page not found' is Go's stock text, which stays a reason phrase (the fifth holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
] satisfies Reading[];
