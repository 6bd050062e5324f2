import { str } from './util';

const DETAILS_MAX = 8000;
const ELEMENTS =
  'a|b|i|p|br|hr|div|span|h[1-6]|html|head|body|title|script|style|img|ul|ol|li|table|tr|td|th|pre|code|strong|em|center|form|input|iframe|meta|link|small|big|font|section|main|header|footer|nav|svg|button|label|textarea|select|option|noscript';
/**
 * A tag of HTML, a comment or a doctype: text holding one is never shown. Angle brackets around
 * anything else (Python's `<class 'int'>`, a `<placeholder>`) are text.
 */
const TAG = new RegExp(`<(?:\\/?(?:${ELEMENTS})\\b|!)[^>]*>`, 'i');
/** An element of HTML as pages use it. */
const HTML_ELEMENT = new RegExp(`^<\\/?(?:${ELEMENTS})\\b`, 'i');
/**
 * `<e2-medium>` in a Google LocalizedMessage marks a value it filled in, not markup: one word in angle brackets that
 * names no HTML element loses its brackets. A slot's name alone (Tasmota's "Need user=<username>&password=<password>",
 * SeaTable's `<base_name>`) says what goes there, and keeps them.
 */
const unbracketed = (line: string): string =>
  line.includes('<')
    ? untagged(
        line.replace(/<([^<>\s/!][^<>\s]*)>/g, (tag, inner: string) =>
          HTML_ELEMENT.test(tag) || /^[A-Za-z_]+$/.test(inner) ? tag : inner,
        ),
      )
    : line;

/** A link's tags. */
const LINK = /<a\s[^<>]*>|<\/a>/gi;
/**
 * A sentence whose only markup is a link to the docs reads as its text (YouTube's "…you have exceeded your <a
 * href="/youtube/v3/getting-started#quota">quota</a>."); text with any other tag stays markup.
 */
const untagged = (line: string): string => {
  const text = line.includes('</a>') ? line.replace(LINK, '') : line;
  return text !== line && !TAG.test(text) ? text : line;
};

/**
 * An exception's class in parentheses after its text, as a Python handler writes `f"{error} ({type(error).__name__})"`.
 */
const CLASS_IN_PARENS = /\s\((?:[A-Z][a-z0-9]+){2,}\)$/;
/**
 * Text written for developers, never for the person using the app: each pattern names one kind of it.
 * Tested on text already folded to one line.
 */
const DEVELOPER_TEXT: readonly RegExp[] = [
  // Stack frames: JavaScript (`at fn (file.js:1:2)`), Java and Kotlin (`at a.B.c(B.java:42)`), .NET (`in X.cs:line 3`).
  /\bat [\w$.<>[\]]+ ?\(\S*:\d+(?::\d+)?\)/,
  // .NET frames without a file (`at Nethermind.Store.PatriciaTree.Run(Span`1 path, …)`).
  /\bat (?:[A-Z]\w*\.){2,}\w+\(/,
  /\.(?:java|kt|scala|groovy):\d+\)|:line \d+\b/,
  // A native library's report with its source file and line, and its assertion (Mathpix's OpenCV
  // "…/imgproc/src/resize.cpp:4048: error: (-215:Assertion failed) inv_scale_x > 0 in function 'resize'"), and Go's
  // gojsonschema, which names the document's root `(root)` (Upvest's "(root): field 'first_name' was not filled"), and
  // protobuf's JSON parser, which names a field's wire type (Earth Engine's "Invalid value at 'x' (TYPE_INT32), …").
  /\/[\w.-]+\.(?:c|cc|cpp|cxx|h|hpp|go|rs|py|rb|php|js|ts):\d+\b|\(-?\d+:Assertion failed\)|^\(root\)(?:\.[\w.]+)?: |\(TYPE_[A-Z\d]+\)/,
  // Python and Ruby tracebacks, Go panics, Rust panics, and R's condition with the call it came from (OpenCPU's
  // "unused argument (some = "data") In call: identity(…)").
  /Traceback \(most recent call last\)|\bFile "[^"]+", line \d+|\.rb:\d+:in [`']|\bgoroutine \d+ \[|\bpanicked at\b|\bIn call: [\w.]+\(/,
  // An exception class leading the text (`NullPointerException at …`, `TypeError: …`, `ActiveRecord::RecordInvalid`,
  // `System.NotImplementedException: …`), or a C++ one anywhere (ClickHouse's `Code: 60. DB::Exception: …`), and a
  // C++ member function before its report (FMI's "Invalid lon-lat given to WorldTimeZones::zone_name: …"; Kaltura's
  // property `KalturaFlavorAssetFilter::entryIdEqual` in a sentence is no function), and .NET's chain of inner
  // exceptions (OpenLigaDB's ASMX fault "Die Anforderung konnte … nicht verarbeitet werden. ---> …").
  /\s--->\s|^[A-Z]\w*(?:Exception|Error)\b|\b(?:[A-Z]\w*::)+\w*(?:Exception|Error)\b|\b[A-Z]\w*::[a-z_]\w*: |^(?:[A-Z]\w*\.)*[A-Z]\w+(?:Exception|Error): |\b[A-Z]\w*::[A-Z]\w*/,
  // A service's own internal failure spelled out (Quickwit's and libSQL's "Internal error: `…`"), and a Redis error
  // reply passed through (Upstash's "WRONGPASS invalid password", "ERR wrong number of arguments for 'get' command").
  /^internal (?:server )?error: |^(?:ERR|WRONGPASS|WRONGTYPE|NOAUTH|NOPERM) [a-z]/i,
  // The same behind a gRPC status's name (Vectara's "INTERNAL: Failed to generate summary: …"), Dart's `ArgumentError`
  // as it prints itself (Pharaoh's "Invalid argument(s): Type Mismatch between ezOptional(int) & …"), and .NET's
  // pointer to an inner exception and its argument exceptions' "Parameter name:" line, in German too (SelectLine's
  // "Client.Send failed. See InnerException", "ArticleKind.FromValue() Parametername: value").
  /^(?:INTERNAL|UNKNOWN|DATA_LOSS): |^Invalid argument(?:\(s\)| \(\w+\)): |\bSee InnerException\b|\bParameter ?name: \w/,
  // A C function's name before its report, as MapServer writes its errors ("msOWSDispatch(): General error message.
  // …").
  /^[A-Za-z_]\w*\(\): /,
  // A setting of the server's named as its environment variable (La Suite People's "Token denied. Please check your
  // MAIL_PROVISIONING_API_CREDENTIALS."): for whoever runs it.
  /\bcheck (?:your |the )?[A-Z][A-Z\d]*(?:_[A-Z\d]+){2,}\b/,
  // A C++ library's own names (LibreTranslate's "Cannot translate text: basic_string::_S_construct null not
  // valid"), not an IPv6 address's hex groups.
  /\b(?![a-f\d]+::)[a-z_]\w*::_?[A-Za-z]\w*/,
  // An Erlang binary printed as the server holds it (RabbitMQ's `<<"Validation failed\n\nparse error …">>`).
  /^<<"/,
  // Null dereferences in JavaScript, Java, .NET, Ruby, Python, Go and PHP, and Ruby's and Python's null types by name
  // (Forem's "You provided article as a NilClass"); Java's number parser (emnify's "Cannot parse parameter id as Long:
  // For input string: \"None\"") and IIS's custom error module, which "does not recognize this error" (Met Office
  // WOW's 429); Python's call with the wrong arguments (AnkiConnect's "GuiBrowse() got an unexpected keyword argument
  // 'foobar'"), curl's report of another server's status (weserv's "The requested URL returned error: 404"), and
  // Ruby's `nil` printed as a value (Treasure Data's "missing parameter: json=nil, write_apikey=nil, …").
  /Cannot read propert(?:y|ies) (?:'[^']*' )?of (?:undefined|null)|is not a function\b|because "[^"]+" is null|Object reference not set to an instance|undefined method [`'][^`']+' for nil|'NoneType' object|\bNilClass\b|\b\w+=nil\b|: null\.?$|nil pointer dereference|Call to a member function \w+\(\) on null|Undefined (?:index|variable|offset|array key)\b|\bFor input string: "|\bcustom error module\b|\(\) (?:got an unexpected keyword argument|missing \d+ required positional argument)\b|^The requested URL returned error: \d{3}\b/,
  // PHP's type check ("must be of type string, null given"; Xsolla's SDK's "Pin code should be non-empty string. NULL
  // given"), a null pointer in words (t1/problem-details' title "Null Pointer", from `NullPointerException`) and Go's
  // time parser (Turso's "invalid from parameter: parsing time "2023-12-12T00:00:00" as "2006-01-02T15:04:05Z07:00":
  // …").
  /\bnull given\b|^null ?pointer\b|\bparsing time "[^"]*" as "/i,
  // Fastify's validation line, led by the request's part and the path in it ("body/name Invalid input: expected string,
  // received undefined", fastify-type-provider-zod's), and its check of the server's own reply ("Response doesn't match
  // the schema"); Perl's JSON::Validator's, led by a JSON Pointer (Zonemaster's "/method: Missing property.", "/:
  // Expected object - got null."); serde's length report (Conflux's "Invalid params: invalid length 0, expected a tuple
  // of size 1."), an Ethereum client's RLP decoder (Besu's "Invalid block, unable to parse RLP"), a Go count check
  // (LND's "expected 1 macaroon, got 0") and gRPC-Go's connection state ("all SubConns are in TransientFailure, latest
  // connection error: connection error: desc = …").
  /^(?:body|querystring|params|headers)\/\S* |^\/[\w./~-]*: |\bexpected \w+ - got \w+\b|^response (?:doesn't|does not) match (?:the )?schema\b|\binvalid length \d+, expected\b|\b(?:parse|decode) RLP\b|\bRLP (?:decod|pars)|^expected \d+ [\w ]{1,30}, got \d+$|\bSubConns?\b|\bTransientFailure\b|\bconnection error: desc = /i,
  // A Go type's method before its report and a struct printed with `%+v` (algod's "TransactionPool.Remember:
  // transaction …: overspend (account …, data {_struct:{} Status:Offline …").
  /^[A-Z][a-z]+[A-Z]\w*\.[A-Z]\w*: |\{_struct:\{\}/,
  // SQL and database text, and ActiveRecord's lookup that found nothing (Statuspage's "Couldn't find Component with
  // [WHERE "components"."page_id" = $1 …]"); PostGIS's table of coordinate systems (MapIt's "Cannot find SRID (84) in
  // spatial_ref_sys").
  /\b(?:SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\s|\[WHERE "/i,
  /violates (?:unique|foreign key|not-null|check|exclusion) constraint|duplicate key value|syntax error at or near|(?:relation|database) "[^"]+" does not exist|\bSQLSTATE\b|\bSQL\w*Exception\b|\bfor SQL \[|\bSQL(?: [\w-]+){0,2} error\b|\bORA-\d{5}\b|\bSQLITE_[A-Z]+\b|\bER_[A-Z_]+\b|Duplicate entry '[^']*' for key|\bin spatial_ref_sys\b/i,
  // Parsers and serializers: JSON, Jackson, Go, serde, go-playground/validator, a JSON Schema validator's pointers, the
  // Firely FHIR SDK's parser, a parser expecting JSON (Acuity's "Expected a JSON object."), a request that came without
  // its body (Drupal's "No entity content received.", phpList's "Empty JSON data"), a query parser's position
  // (Prismic's "`]' expected but `[' found on line:1 col:2 in query …"), Jackson's report of a body that ended early
  // (Jooby's "No content to map due to end-of-input"), and Joi's nested report (celebrate's `child "last" fails because
  // ["last" must be a string]`), and lua-jsonschema's (APISIX's `property "key" is required`); a bare "Invalid JSON"
  // (RudderStack's, Home Assistant's "Invalid JSON specified.", TravelTime's "Invalid request json", Ionic's "Invalid
  // JSON in request body.", Fava's and MyGene's "Invalid JSON body.", endpoints4s' "Invalid JSON document", hapi's
  // "Invalid request payload JSON format"), JSON that "could not be parsed" (Redfish's), a body that is no "well-formed
  // XML document" (HMRC's), a serializer that failed (NetBox's "Object of type '_TaggableManager' is not JSON
  // serializable"), and any deserializer's report (ServiceStack's "Could not deserialize 'application/json' request
  // using …", OJP's "An error occurred while deserializing input data."), Google's front end on JSON it cannot map
  // ("Invalid JSON payload received. Unknown name …"), Python's jsonschema on `anyOf` ("… is not valid under any of the
  // given schemas"), a workflow trigger's ("The input body for trigger 'manual' … did not match its schema definition.
  // Error details: …"), `int()` on text ("invalid literal for int() with base 10"), and Elasticsearch's error types
  // (stac-server's "index_not_found_exception: … no such index"), and Django REST framework's on a body of the wrong
  // JSON type (Misago's "Invalid data. Expected a dictionary, but got list."), and serde's (TensorZero's "input:
  // invalid type: map, expected a sequence"), and a document that would not parse (DPO Pay's "Error in XML"), and a
  // regular expression to match (resto's `Value for "box" must follow the pattern ^[0-9\.\,\-]*$`), Rails' router's
  // ("No route matches [POST] "/…""), yajl's ("parse error: after key and value, …"), an XML parser's ("element start
  // and end names do not match"), Spring's unmet "Parameter conditions", a member missing from the body (MDS's "Missing
  // data from post-body"), Python's type printout (Fava's "expected <class 'list'>"), a JWT that would not parse
  // (Shaarli's "Malformed JWT token", "Invalid JWT header"), and Json.NET's with where it stopped (ASP.NET Web API's
  // "Required property 'Name' not found in JSON. Path '', line 1, position 17."); validators' reports (Joi's "fails to
  // match the required pattern", "does not match any of the allowed types", Ajv's "must pass … keyword validation"),
  // Rust's Debug print of an error (`ParseIntError { kind: InvalidDigit }`) and its integer errors ("invalid digit
  // found in string"), axum's rejections (ord's "Invalid URL: failed to parse sat …"), Node's argument errors ("The
  // argument 'encoding' is invalid … Received 'hex'"), AutoMapper's, another service's "Bad status: 500", JMAP's type
  // signature, a DPoP proof, the database layer's "no rows returned" and privileges (River UI's), Kong's "HMAC
  // signature cannot be verified" and a Layer7 gateway's "Policy Falsified".
  /Unexpected (?:token|end of JSON|character|identifier)|\bin JSON at position\b|\bproblems parsing JSON\b|JSON pars(?:e|er|ing) error|\b(?:parse|decode|convert)\b[^.]{0,60}\b(?:as|to|into) JSON\b|\bThe property '#\/[^']*'|\bdeseriali[sz]|\bError:Field validation for '|\bjson: cannot unmarshal|\bfailed to parse (?:the )?(?:request )?JSON\b|\b(?:could not|failed to|unable to) (?:parse|decode|read) (?:the )?request body\b|\b(?:input|request|body|JSON)(?: and)? could not be (?:converted|parsed|read|deserialized)\b|\bCannot initialize \w+(?:<[^>]*>)? from invalid \w+ value\b|\bThe required options? "[^"]+" (?:is|are) missing\b|\brequired key \[[^\]]+\] not found\b|\b(?:request body|body parameter) (?:is (?:invalid or )?(?:required|missing|empty)|(?:cannot|can't|must not|may not) be (?:empty|blank|null))\b|^no (?:entity |request )?(?:content|body|payload) (?:was )?(?:received|sent|provided)\b|\b[Tt]he body (?:within|of|in) the request is (?:empty|missing)\b|^empty (?:json|request|body)(?: data| body| payload| parameter)?(?: in (?:the )?\w+)?\.?$|\b(?:can(?:no|')t|could(?: not|n't)|unable to) find (?:the |any )?json\b|\berror (?:while )?parsing (?:the )?(?:[\w']+ ){0,2}(?:request|body|json|payload)\b|\brequest body could not be parsed\b|^unparse?able (?:request )?(?:body|json|payload|content)\b|\bRequired request body is missing\b|\bJSON (?:(?:data|body|payload) |for (?:this|the|your) request )?is (?:missing or )?(?:invalid|malformed)\b|\b(?:could(?: not|n't)|unable to|failed to) decode (?:the )?(?:[\w-]+ )?(?:envelope|payload|xdr)\b|\b(?:cannot|can't|could(?: not|n't)|unable to|failed to) (?:decode|process) (?:the )?json\b|\bnot (?:a )?valid JSON\b|^(?:(?:invalid|wrong|bad|malformed) (?:request )?(?:payload )?json(?: input| body| document)?(?: (?:specified|provided|received|given|sent|message received|format))?|(?:invalid|malformed) json(?: data)? in (?:the )?request(?: body)?)(?:\.|$)|\bis not JSON serializable\b|\b(?:request body|json|payload) contains (?:a )?duplicate (?:property|key)\b|invalid character '.' (?:looking for|after|in )|\bat line \d+ column \d+|\bsyntax error\b[^.]{0,40}\b(?:line|column|near|position)\b|\bline \d+: syntax error\b|^line \d+:\d+: |\bmismatched input\b|\b(?<!(?:record|item|row|entry|element) )(?:at|close to|near) position \d+\b|\bexpected but .{1,40} found\b|\bline:? ?\d+,? col(?:umn)?:? ?\d+\b|\bline:? \d+, position:? \d+\b|Unrecognized (?:token|field)\b|\bfailed schema #\/|#\/definitions\/|\bCannot locate type information\b|\bis invalid according to its datatype\b|\bcvc-[a-z]+(?:-[a-z]+)*(?:\.[\w.]+)?: |^Expected an? JSON (?:object|array)\b|\bend-of-input\b|\bfails because \[|\binvalid json payload received\b|\bis not valid under any of the given schemas\b|\b(?:does|did) not match its schema definition\b|\binvalid literal for int\(\) with base \d+|\b[a-z]+(?:_[a-z]+)*_exception\b|\bproperty "[^"]+" is required\b|\bwell-formed (?:XML|JSON)\b|\b(?:body|data|payload|input) must be (?:an? )?(?:valid )?json\b|\b(?:error|failure) (?:while )?processing (?:the )?(?:request )?json\b|\bExpected a (?:dictionary|list of items), but got\b|\binvalid type: [\w ]+, expected \w|<class '[\w.]+'>|\b(?:inserting|updating|deleting|selecting) (?:into|from|in) (?:the )?[\w.]+ table\b|: \{'[\w.-]+': ?[[{'"\d]|<[A-Z]\w*(?:Error|Exception): |\bnot valid for schema of type \w+|\bmalformed jwt\b|\binvalid jwt (?:in (?:the )?)?(?:header|payload|signature|claims?)\b|^No route matches \[[A-Z]+\] "|\bMissing type map configuration or unsupported mapping\b|^invalid url: (?:cannot parse|invalid \w+ param|failed to (?:parse|deserialize)|error parsing|wrong number of)|\binvalid digit found in string\b|^no rows returned\b|^policy falsified$|\bhmac signature cannot be verified\b|\bdatabase (?:privileges?|permissions?)\b|\bbad status: \d{3}\b|\bdid not match the type signature\b|\bdpop proof\b|^parse error: |\b(?:element )?start and end (?:tag )?names do not match\b|\bmissing \w+ from (?:the )?(?:post[- ]?body|request body|payload)\b|\bParameter conditions "[^"]+"(?: (?:OR|AND) "[^"]+")* not met for actual request parameters\b|^errors? in (?:the )?(?:request )?(?:xml|json)\.?$|\b(?:follow|match)(?:es)? (?:the )?(?:required )?(?:regex |regular expression )?pattern:? ['"`/]?\^|\bdoes not match any of the allowed types\b|\bmust pass "[^"]+" keyword validation\b|\b[A-Z]\w*(?:Error|Exception) \{ \w+: |\bThe (?:"[\w.]+" )?argument (?:'[\w.]+' )?(?:is invalid|must be)\b[^.]*\. Received\b|\bjwt\b[^.]{0,60}\bmalformed\b/i,
  // Python jsonschema's reports, which quote the value as Python does (Airflow's "'running' is not one of ['success',
  // …]"; GOV.UK Notify rewrites them for people: "status bad is not one of [created, …]"), and Ajv's, in its own
  // capitals (iNaturalist's "must NOT have additional properties", Ajv 6's "should NOT …") and with the pattern it
  // tried (EverShop's 'must match pattern "^[0-9]+$"'), the npm `jsonschema` package's, which name the value `instance`
  // (Evolution API's `instance requires property "textMessage"`), go-openapi's (CrowdSec's "validation failure list:
  // scenario in body is required …") and Joi's with the list it allows (Decap's '"action" must be one of [info, …]',
  // '"params" must contain at least one of [entry, dataFiles]').
  /^"[\w.-]+" must (?:be one of|contain at least one of) \[|^'[^']*' is (?:not one of \[|a required property\b|not of type '|too (?:short|long)$)|\b[Mm]ust have required propert(?:y '|ies \w)|\b(?:[Mm]ust|[Ss]hould) NOT (?:have|be)\b|\bmust match pattern "|^[Vv]alidation failure list: |\bInvalid enum value\. Expected '|\[Path '\/[^']*'\] |\bInstance type \(\w+\) does not match\b|\bobject has missing required properties \(\[|\bobject instance has properties which are not allowed by the schema\b|^[Ii]nstance(?:\.[\w.[\]]+)? (?:requires property "|is not (?:of a type|one of|any of|exactly one from|allowed to have)|does not (?:match|conform|meet)\b)|^requires property "/,
  // GraphQL query validation and execution.
  // Absinthe's argument checks, graphql-java's null in a non-null field and its wrapper of a resolver's exception;
  // OData's `on type 'Microsoft.Dynamics.CRM.account'` as GraphQL's `on type "Query"`; GraphQL.NET's parser ("Error
  // parsing query: Expected …"), a document without an operation, a request without its document ("GraphQL
  // query is missing.", Absinthe's "No query document supplied"), and graphql-js's required argument (Dgraph's 'Field
  // "getTask" argument "id" of type "ID!" is required but not provided.').
  /^Error parsing query: |\bargument "\w+" of type "[^"]+" is required\b|\b[Nn]o query document (?:supplied|provided|given)\b|\bdoes not contain any operations\b|^(?:the )?GraphQL (?:query|document) is (?:missing|empty)\b|\bCannot query field\b|\bUnknown (?:argument|type|fragment) "|^Syntax Error: |\bVariable "\$\w+"|\bVariable \$\w+ of type\b|\bon type (?:"\w+"|'[\w.]+')|\bnot found in type: '|\bvariables? (?:were|was) not declared\b|\bnon-nullable field\b|\bwas declared as a non null type\b|^Exception while fetching data\b|\bArgument "\w+" has invalid value\b|\bis not defined by type\b|^In argument "\w+": /,
  // GraphQL over HTTP's framing, the request and not its document (express-graphql's "POST body sent invalid JSON.",
  // "Variables are invalid JSON.", 'Unsupported charset "ASCII".'; Lacinia's "Query parameter 'query' is missing or
  // blank."; graphene-django's "Must provide query string." and a content type that "must be application/json" are
  // kept, as their cases keep them), graphql-js's "… must have a selection of subfields", and OpenAPI validators':
  // Kappa's "required properties are missing: name, email", openapi-core's "Failed to cast value bar to type
  // integer", "Security not valid for any requirement", "Operation put not found for http://…", Python jsonschema's
  // "'x' does not match '^…$'" and "8 is less than the minimum of 10", Flask-Rebar's "Fields must be in JSON body." and
  // "Only payloads with 'content-type' 'application/json' are supported.", and Knative's activator naming a Kubernetes
  // resource ('Error getting active endpoint: revision.serving.knative.dev "x" not found'); graphql-api-koa's "GraphQL
  // operation field `query` missing.", PostGraphile's "Variables must be an object, not 'number'." and Apollo's "POST
  // body missing. Did you forget use body-parser middleware?" (Nexus's), graphql-js's coercion ("Boolean cannot
  // represent a non boolean value: …"), an aborted fetch's own words (Hive Gateway's "The operation was aborted due to
  // timeout") and PyJWT's "Not enough segments".
  /\b(?:sent|are|is) invalid json\b|^graphql operation field `|`(?:query|variables|operationName|extensions)` field must be\b|^variables must be (?:an object|provided as an object)\b|^operation name must be a string\b|^POST body missing\b|\bcannot represent (?:a )?non[- ]?[\w-]+ value\b|^the operation was aborted due to timeout\.?$|^not enough segments$|^unsupported charset\b|'(?:query|variables|operationName)'(?: key)? is missing\b|\bmust have a selection of subfields\b|^required properties are missing: |^failed to cast value .{1,80} to type \w+|\bsecurity not valid for any requirement\b|^operation \w+ not found for |^'[^']*' does not match '|^\S+ is (?:less|greater) than (?:or equal to )?the (?:minimum|maximum) of \S+$|\bmust be in (?:the )?json body\b|^only (?:payloads|bodies|requests) with\b[^.]{0,60}\bare (?:supported|allowed|accepted)\b|^error getting active endpoint\b|\b(?:[a-z]+\.){2,}[a-z]+ "[^"]+" not found\b/i,
  // Request validators generated from an API's description, which name the request's parts as code: Ajv's path before
  // its report (express-openapi-validator's "request.body should have required property 'name'", ".response should …",
  // the Canada Holidays API's "Request/params/holidayId must be <= 32", Ts.ED's 'Bad request on parameter
  // "request.query.test". …'), kin-openapi's ("request body has an error: …", 'parameter "limit" in query has an error:
  // …'), ogen's operation before its chain ("operation CreateUser: decode request: …"), go-openapi's input it names
  // alone ("body in body is required"; Weaviate's "id in body must be of type uuid" is a person's), and
  // System.Text.Json's position ("… Path: $ | LineNumber: 0 | BytePositionInLine: 0."); MockServer's schema report ("…
  // schema validation errors: 4 errors: - $.keepAlive: …"), a body the server takes only as JSON (HuBMAP's "POST only
  // accepts a JSON body."), a Lark parser's tokens (OPTIMADE's "… Given: [Token('HAS', 'HAS'), …]"), the Kubernetes API
  // server's wrapper ("Internal error occurred: services \"details\" not found") and a WebAssembly policy's runtime
  // (Kubewarden's "Guest call failure: guest code interrupted, …"); a JSON object quoted in the text (Elide's "Bad
  // Request Body'[{"op":"add",…}]'", "… patch extension value: {"id":"6",…}"); Laravel JSON:API's "Expecting JSON to
  // decode to an object." (a bare "Syntax error" is kept, as IGDB's case keeps it), OpenApiSpex's cast ("Invalid
  // boolean. Got: string"), a server that takes only one media type ("Only application/json content-type bodies are
  // supported on POST /reg", Rodauth's "Only JSON format requests are allowed") and a key and its value alone (utoipa's
  // example's `{ "NotFound": "id = 1" }`); a route's signature (Cask's "Arguments provided did not match expected
  // signature: …"), graphql-ruby's "Timeout on Query.sleepFor", a value that would not parse as a Rust type (Dropshot's
  // "unable to parse 'asdf' as bool"; Meilisearch's "could not parse `doggo` as a positive integer" stays) and a Go map
  // printed with `%v` (`map[x:false]`, the Ardan Labs service's policy results); ExJsonSchema's reports
  // (PhoenixSwagger's 'Value "cats" is not allowed in enum.', "Required property api_key was not present.", Boruta's
  // "Required properties client_id, … are missing at #."), a parameter "not defined in RAML" (Salesforce's SCAPI) and
  // its decoder ("Decoding of the property with path '$.…'"), .NET's disposed object and OData's query options (ASP.NET
  // Core OData's), Doctrine's DBAL (eZ Platform's) and jsonwebtoken's own words ("jwt expired", "jwt malformed",
  // koa-jwt's "Jwt issuer invalid. expected: …"); Swift's `DecodingError` as Hummingbird words it ("Coding key `name`
  // not found.", "Type mismatch for `value` key, expected `Int` type."); a JWT's signing method (go-jwt-middleware's
  // "Expected RS256 signing method but token specified HS256"), Rust's I/O error ("Permission denied (os error 13)")
  // and its decoder's ("invalid utf-8 sequence of 2 bytes from index 0", Juniper's).
  /^[\w.-]+ = [\w.-]+$|(?:'|: )\[?\{"[\w$@.-]+": ?["\d{[]|\bexpecting json to decode to an? (?:object|array)\b|^invalid \w+\. got: \w+|^only (?:application\/[\w+.-]+|json)(?: format| content-type)? (?:bodies|requests|payloads) are (?:supported|allowed|accepted)\b|\bschema validation errors: \d+ errors?\b|\bonly accepts\b[^.]{0,40}\bjson (?:body|payload|object)\b|\bToken\('[A-Z_]+', |^Internal error occurred: |^Guest call failure: |^(?:\.response|(?:request|response)[./][\w./-]+) (?:should|must) |^Bad request on parameter "request\.|^request body has an error: |^parameter "[^"]+" in \w+ has an error: |^operation \w+: |^[\w.[\]-]+ in (?:body|query|path|header|formData) is required\.?$|\bLineNumber: \d+ \| BytePositionInLine: \d+|\bdid not match (?:the )?expected signature\b|^Timeout on [A-Z]\w*\.\w+$|\b(?:unable to|failed to|cannot|can't) parse '[^']*' as (?:bool|[iuf]\d+|[iu]size|uuid)\b|\bmap\[[\w.-]+:|\bis not allowed in enum\b|^required propert(?:y|ies) [^.]{1,100} (?:was|were) not present\b|\b(?:is|are) missing at #|\bnot defined in RAML\b|^Decoding of the property with path '|\bhas been disposed\. Object name: '|\bQuery options? \$(?:filter|orderby|select|expand|count|skip|top)\b|\bDBAL\b|\bsigning method\b|\(os error \d+\)|\binvalid utf-8 sequence of \d+ bytes? from index \d+|^jwt (?:expired|malformed|must be provided|not active|signature is required)$|^jwt (?:audience|issuer|id|subject) invalid\b|\bcoding key `[^`]{1,60}` not found\b|^(?:type mismatch|value not found) for `[^`]{1,60}` key\b/i,
  // Infrastructure behind the service: a database, a cache, an upstream host, a socket, a call between services
  // (gRPC-Go's `rpc error: code = Unavailable desc = …`, Consul's `rpc error making call: …`, WSO2's "Error while
  // accessing backend services for API key validation", MediaWiki's replicas "2.9 seconds lagged", Invidious's "non 200
  // status code. Youtube API returned status code 400", Sentinel Hub's "Illegal request to https://…tiff. HTTP Status:
  // 404.", UploadThing's "Request to https://… failed with status 404", Next.js's image optimizer's "… upstream
  // response is invalid", NHN Cloud's "Upstream ReadTimeout"), a service's report of what its backend answered
  // (Blockfrost's "An unexpected response was received from the backend.", Okra's "Our data source has returned a
  // timeout response.", CARIAD's "Upstream service responded with an unexpected status.", Conso API's "The Enedis API
  // returned an error"), a service that could not reach another (Jikan's "Jikan failed to connect to MyAnimeList.", a
  // templating service's "Cannot connect to Gotenberg service", Expedia Rapid's "… no response from itinerary creation
  // system."), and a pointer to the server's logs (Prefect's
  // "See server logs for details.") or its admin panel (InvenTree's "Error details can be found in the admin panel");
  // X-Road's "Connect to 10.0.0.1:8080 … failed: Connection timed out" and "Error accessing database (serverconf)",
  // CAMARA's "Couldn't reach an upstream internal service.", Setu's "Upstream API Connectivity Error", France Travail's
  // "… Status code = 500, message = …" and API Particulier's "… lors de l'appel au fournisseur de donnée", Flowise's
  // disk ("No space left on device"), Elasticsearch's version conflict passed through (TheHive's "[doc][…]: version
  // conflict, document already exists …") and JDBC's closed connection (Reactome's "No operations allowed after
  // connection closed."), Docker's daemon behind a sandbox (Daytona's "… Error response from daemon: No such container:
  // …"), HolidayMate's "Database connection timeout", resto's "Database connection error", OpenFn Lightning's "… due to
  // temporary database issues" and SolrJ's report of the search server behind the API (ALA's "Error from server at
  // http://…:8983/solr/…: undefined field …"), and another API's status passed through (Pollinations' "Portkey Gateway
  // API error: 400 Bad Request", Microsoft Teams' connector's "… endpoint returned HTTP error 413 with ContextId …",
  // OverFast's "(HTTP 503 error)") and Node's own fetch failing on the way to one (Pollinations' "fetch failed",
  // undici's words); a downstream service, an API gateway's policy that failed (Apigee's `JSONThreatProtection[…]:
  // Execution failed`), a database's query or connection, an invalid response from another API (Opower's), text for
  // whoever operates the server (Stellar Horizon's "If you operate this server, …", Tegola's "… check your config
  // file"), the server's own file system or a command it ran (pict-rs' "Error interacting with filesystem, Command
  // failed with bad status") and a circuit breaker that is open (@fastify/circuit-breaker's "Circuit open").
  /^circuit (?:breaker )?(?:is )?open\b|\bcircuit breaker (?:is )?open\b|^fetch failed$|\bAPI error: \d{3}\b|\brpc error\b|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?:\/\/\S+ (?:returned|resulted in)\b|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) (?:url )?'https?:\/\/[^']+' failed\b|\breturned (?:an? )?(?:http )?(?:status|error)(?: code)? \d{3}\b|\bnon[ -]200 status\b|\b(?:redis|postgres(?:ql)?|mysql|mongo(?:db)?|memcached|elasticsearch|keyspace)\b|\bdial tcp\b|\b(?:failed|unable|could not|couldn't|cannot|can't) (?:to )?connect to\b|\bno response from (?:the |an? )?[\w -]{0,40}(?:system|service|server|backend|provider)\b|\bconnection (?:refused|reset|timed out|time-?out)\b|\berror from server at https?:\/\/|\bno space left on device\b|\b(?:could(?:n't| not)|unable to|failed to) reach (?:an? |the )?(?:upstream|internal|backend|remote)\b|\bupstream (?:api )?connectivity\b|\bupstream request failed\b|\b[A-Z]\w+\[[\w.-]+\]: Execution failed\b|: json: \w|\(HTTP \d{1,3} error\)|\bif you (?:operate|run|administer|maintain|host) this (?:server|instance|node|service)\b|\bdownstream (?:service|server|system|dependency)\b|\b(?:error|failure) (?:while )?accessing (?:the )?database\b|\bstatus code = \d{3}\b|\b(?:erreur )?lors de l'appel (?:au|à|a|de) (?:l')?(?:fournisseur|service|serveur|api)\b|\bsocket hang up\b|(?<!\/\/)\b\d{1,3}(?:\.\d{1,3}){3}:\d{2,5}\b|\bno operations allowed after connection closed\b|\bversion conflict, (?:document already exists|required seqNo|current version \[)|\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|PIPE)\b|\bupstream (?:connect|request timeout|prematurely|response|(?:read|connect|write)? ?time-?out)|\bno healthy upstream\b|\b(?:server|service|host|backend|endpoint)\b[^.]{0,60}\bcould(?: not|n't) be reached\b|\bno (?:\w+ )?nodes? (?:are |is )?(?:online|available)\b|\berror response from daemon\b|\bnet::ERR_[A-Z_]+|\bseconds? lagged\b|\bdatabase (?:connection )?(?:failure|error|exception|issues?)\b|\bdb (?:system |connection |query )?(?:error|failure|exception)\b|\bexternal (?:system|service|provider)(?: integration)? (?:failure|error)\b|\bdatabase (?:query|connection)s? (?:failed|(?:is |are )?unavailable|timed out)\b|\b(?:an? )?(?:invalid|unexpected|bad) response (?:was )?(?:received|returned) from\b|\b(?:from|in|to) (?:the )?database failed\b|\brefer to \S+\.log\b|\bcheck (?:your|the) config(?:uration)? file\b|\b(?:error|failure) while (?:accessing|calling|communicating (?:to|with)|connecting to|reaching) (?:the |an? )?(?:backend|external|upstream|remote)\b|\bAPI response\b|\bHTTP status:? '?\d{3}\b|\brequest to https?:\/\/\S+ failed\b|\b(?:from|by) (?:the |an? )?(?:backend|upstream)(?: service| server)?\b|\b(?:backend|upstream|data source|API)(?: service| server)? (?:has )?(?:returned|responded with)\b|\b(?:see|check|refer to) (?:the )?(?:(?:[\w-]+(?:'s)? ){0,3}logs|server(?:'s)? log)\b|\bdetails (?:can|may) be found in the (?:admin(?:istration)? (?:panel|console|area)|(?:server |error )?logs?)\b|\berror interacting with (?:the )?file ?system\b|\bcommand failed with (?:a )?(?:bad|non-zero) (?:exit )?status\b/i,
  // An exception's class in parentheses after its text, as a Python handler writes
  // `f"{error} ({type(error).__name__})"` (Congress.gov's "… (UnboundLocalError)", "… (NoReverseMatch)").
  CLASS_IN_PARENS,
  // A JSON document as text (tRPC's default formatter puts zod's issue list in `message`, OneSignal a list of
  // strings in its `errors`; Renault's gateway a whole error body, longer than the fold keeps), a Python list printed
  // (DefectDojo's `[u'This field cannot be blank.']`, or as a path before a validator's report: LangSmith's
  // `['post', 'items', …, 'maxLength']: "…" is longer than 128 characters`), and a log line
  // (`[ERROR] missing required field: channel`, Slack's `response_metadata.messages`), an object made a string
  // (`[object Object]`: an error whose message was given an object, as Eden Treaty's is), an Elixir atom or a Ruby
  // symbol printed (Pleroma's "Updating config failed: :value_must_be_keyword, group: quack, …"), and a Python object's
  // `repr` (Launchpad's "Object: <Product at 0x2b0e6e0fdbd0>, name: u'1298369'") and an `OSError`'s number (Monarch's
  // "An exception occurred: [Errno Expecting value] : 0").
  /(?:^|[\s([{,]):[a-z]+_[a-z_]+\b|<[\w.]+ (?:object )?at 0x[\da-f]+>|\[Errno [^\]]*\]|^"?[[{].*"\s*:.*[\]}]"?$|^\{"[\w$@.-]+": ?[[{"\d]|^\[".*"\]$|^\[u?'.*'\]$|\b(?:param(?:eter)?s|fields|arguments|keys):? \[u?'[\w.-]+'(?:, u?'[\w.-]+')+\]|^\['[^\]]*'\]: |^\[(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL)\]|^\[object [A-Z]\w*\]$/,
  // The kit's own `HttpError.fromResponse` message ("HTTP 429 Too Many Requests: https://api.example.com/x failed"),
  // passed on as text (a server action's `handleServerError: (e) => ({ message: e.message })`), with or without the
  // reason phrase `folded` takes off: the address called is for the log.
  /^(?:HTTP \d{3}\b[^:]*: )?(?:https?:\/\/\S+|request) failed$/,
  // The browser's cross-origin protocol refusing a request (akka-http-cors' "CORS: invalid origin 'http://x.com'",
  // "Not allowed by CORS"): the app's origin or headers are misconfigured, nothing its user can change.
  /^CORS: |\bCORS (?:request|policy|preflight|error)\b|\bby CORS\b/,
  // A Rust value printed with `{:?}` (actix-web-validation's `length [{"min": Number(5), "value": String("1234")}]`).
  /\{"\w+": (?:Number|String|Bool|Array|Object)\(/,
  // A form-encoded reply read as text (CAMS's gateway: "response=3&responsetext=Invalid amount REFID:…&authcode=&…"):
  // a record of fields for a program to split, not a line to show.
  /^[\w.-]+=[^&=]*(?:&[\w.-]+=[^&=]*){2,}$/,
  // A log record passed through as the message, its level and time before it (BrAPI's "ERROR - 2018-10-08T18:15:11Z -
  // Missing or expired authorization token").
  /^(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|SEVERE) [-|:] \d{4}-\d\d-\d\dT/,
  // Play JSON's reads, by its types' names (Africa's Talking's "Expected Map as JsObject").
  /\bJs(?:Object|Array|Value|String|Number|Boolean)\b/,
  // Go's io, database/sql, GORM and uuid errors passed through (ChartMuseum's "unexpected EOF", Drone's "sql: no rows
  // in result set", SMS Gate's "…: record not found", OpenShift.io's "uuid: UUID string too short", Tempo's "context
  // canceled", Soft Serve's "Validation error in request: EOF"), aeson's (Servant's "Error in $: key \"text\" not
  // found"), Mongoose's cast (Videsk's "Cast to string failed for value … at path \"cancelReason\""), Go's packages by
  // name (the OpenTelemetry Collector's "gzip: invalid header", etcd's "etcdserver: ID exists") and poem-openapi's
  // parameter parser (Aptos's "Failed to parse parameter `ledger_version`: …").
  /^unexpected EOF$|: (?:unexpected )?EOF$|^Cast to \w+ failed for value\b|^(?:sql|gzip|zlib|flate|json|xml|x509|tls|proto|etcdserver): |^failed to parse parameter\b|: record not found$|^uuid: |\bUUID string too short\b|^Error in \$[.:[]|^context (?:canceled|deadline exceeded)$/i,
  // A command-line tool's report passed through (NERSC's Slurm "sbatch: error: Batch job submission failed: …"), git's
  // (`fatal: could not read Username …`) and a command's exit as Go's os/exec reports it (the Go module proxy's "…: git
  // ls-remote -q origin in /tmp/…: exit status 128:").
  /(?:^|\s)[a-z][\w-]{1,20}: error: |^fatal: |\bexit status \d+\b/,
  // Token internals (a JWT's expiry and the server's own secret: OpenWMS's "JWT expired at …", Wazuh's "Error trying to
  // load the JWT secret", REST framework JWT's "Error decoding signature." on AntBuddy's 401, golang-jwt's "token
  // contains an invalid number of segments" and PyJWT's "Not enough segments"), and AWS API Gateway's SigV4 parser
  // on an `Authorization` header it cannot read (Braintrust's "Invalid key=value pair (missing equal-sign) in
  // Authorization header (hashed with SHA-256 …)"), a token after a label (Liferay's "Token: BnDK5Sup…") and two
  // digests compared (Sigstore Rekor's "SHA mismatch: e3b0c442… != 45c7b11f…"); a JWT check (Upbit's "Failed to verify
  // the query of Jwt.", in Korean too), a signature that does not match (Hanks's "url signature no match"), a code
  // before the token it refused (Douban's "invalid_access_token: 4b19…") and a JSONP callback sent as text (Douban's);
  // a token the server could not parse (web3.storage's "Could not parse provided API token", Aurora DNS's Authorization
  // header), a token's expiry as a timestamp (Feedly's "Token expired: 1430646225282 (-61365)"), a JWKS report
  // (STACKIT's), claims that could not be validated (Opower's) and PyJWT's own words through Flask-JWT-Extended
  // ("Missing claim: identity", "The specified alg value is not allowed"), and Authlib's through Canaille ("Invalid
  // claim 'jti'", "No matching JWK").
  /^missing claim: [\w.-]+$|\bspecified alg value\b|\bJWS\b|\bJWS\w*(?:Error|Invalid)|\bJWT (?:expired at \d|secret\b|signing key\b)|\bsignature verification failed\b|\bjwt\b[^.]{0,40}(?:검증|\bverif)|\bverify (?:the )?[\w ]{0,20}\bjwt\b|^[a-z]+(?:_[a-z]+)+: [\da-f]{16,}$|^;?[\w$.]+\(\{.*\}\);?$|\bsignature(?: [\w']+){0,3} (?:no match|(?:does not|doesn't|did not) match|mismatch)\b|\berror decoding signature\b|\btoken could not be decoded\b|\b(?:could(?: not|n't)|unable to|failed to) (?:parse|decode) (?:the )?(?:\w+ ){0,2}(?:token|authori[sz]ation header)\b|^(?:[\w-]+ )?(?:auth|authori[sz]ation) header (?:is )?(?:malformed|corrupt(?:ed)?)\b|\bclaims? (?:could(?: not|n't)|cannot|can't) be (?:validated|verified)\b|\btoken expired: ?\d{9,}|\b["'`]?(?:sub|iss|aud|exp|nbf|iat|jti|azp)["'`]? claim\b|\bclaim ["'`]?(?:sub|iss|aud|exp|nbf|iat|jti|azp)\b|\btoken contains an invalid number of segments\b|\bnot enough segments\b|\bjwt, internal=|\bkid\b.*\bnot found\b|\bjwks?\b|\bno signing keys?\b|\bmissing equal-sign\b|\btoken was expected to have \d parts\b|\bAuthorization header requires (?:'\w+' parameter|existence of)\b|\(hashed with SHA-256\b|^[\w ]{1,30}: [\w+/=-]{40,}$|\b[\da-f]{32,} ?!= ?[\da-f]{32,}\b/i,
];

/**
 * What developer text almost always holds: punctuation code uses (parentheses, colons, quotes, brackets,
 * `_`, `=`, slashes), a dotted name (`a.B`), or a word of the trade. A sentence written for people
 * usually has none, and then none of the patterns above run: they are the costliest part of reading.
 */
const CODE_PUNCTUATION = /[()[\]{}"`:_=\\/*]/;
const CODE_SHAPES = /\w\.[A-Za-z]|'\w+'|'[^\s\w]'|\bE[A-Z]{4}|^[A-Z]{3,} [A-Za-z]/;
const TRADE_WORDS =
  /xception|\bjs(?:object|array|value|string|number|boolean)\b|rror|raml|query options?|signing method|utf-8 sequence|bject reference|select|column|redis|postgres|mysql|mongo|memcached|elastic|rabbitmq|kafka|connect(?:ion| to)|socket|upstream|jw[ks]|\bcors\b|circuit|nonetype|json|pars|request body|body parameter|body (?:within|of|in) the request|could not be|database|required (?:option|key)|initiali|\.log\b|must not|should not|\blogs\b|server(?:'s)? log|position \d|keyspace|syntax|end-of-input|^line \d|content received|expected but|^empty|instance|backend|upstream|downstream|decod|auth(?:ori[sz]ation)? header|signing keys?|claims? (?:could|can)|\b(?:sub|iss|aud|exp|nbf|iat|jti|azp) claim\b|response (?:was )?(?:received|returned)|data source|you (?:operate|run|administer|maintain|host) this|no response from|\beof\b|^context (?:canceled|deadline)|well-formed|--->|\bjwt\b|have \d parts\b|number of segments\b|\bof type\b|but got|signature verification|signature(?: [\w']+){0,3} (?:no match|(?:does not|doesn't|did not) match|mismatch)|spatial_ref_sys|^fetch failed|admin(?:istration)? (?:panel|console|area)|external (?:system|service|provider)|post[- ]?body|file ?system|command failed|dpop|no rows|falsified|hmac|graphql|query document|any operations|alg value|accepts|cast value|any requirement|null ?pointer|null given|parsing time|match the schema| - got \w|variables must|operation name|post body|cannot represent|aborted due to timeout|not enough segments|, got \d|required propert|(?:less|greater) than the (?:minimum|maximum)| in (?:body|query|path|header|formdata) is required\b/i;
const mayBeDeveloperText = (text: string): boolean =>
  CODE_PUNCTUATION.test(text) || CODE_SHAPES.test(text) || TRADE_WORDS.test(text);

/**
 * A qualified type or method name: `java.lang.NullPointerException`, `com.example.shop.Item.getOwner()`,
 * `org.springframework.boot.logging.LogLevel`, `connectrpc.greet.v1.GreetService`, Go's `strconv.ParseUint: …`.
 * Every form has a dot before a capital or a `()`: checked first, as the pattern is costly on dotted text
 * such as host names.
 */
const QUALIFIED_NAME =
  /\b[a-zA-Z_]\w*(?:\.\w+)+\.[A-Z]\w*(?:Exception|Error)\b|\b[a-z_]\w*(?:\.\w+){2,}\(\)|\b(?:[a-z_][a-z0-9_]*\.){2,}[A-Z]\w*|\b[a-z]\w*\.[A-Z]\w*: |\b[A-Z][a-z]\w*(?:\.[A-Z][a-z]\w*)+\.[A-Z]{2,}\b/;
const isQualifiedName = (text: string): boolean =>
  (/\.[A-Z]/.test(text) || text.includes('()')) && QUALIFIED_NAME.test(text);

// Module constants, not literals in the functions below: a bundler that targets an older engine (esbuild
// for `node20` or `es2020`) rewrites a `\p{…}` literal as `new RegExp(…)`, built again on every call.
/** Two letters of a script without case and without spaces between words (Han, kana, Thai). */
const CASELESS = /\p{Lo}{2}/u;
/** Two capitals in a row, and a small letter: words in capitals only have the first and not the second. */
const CAPITALS = /\p{Lu}{2}/u;
const SMALL_LETTER = /\p{Ll}/u;
/** One word in any alphabet, not a code: a letter, then small letters only (FundraisingBox's German "Ungültig"). */
const ONE_WORD = /^\p{L}\p{Ll}*[.!]?$/u;

/**
 * The patterns above as two expressions, one per case rule: one scan of the text instead of one per pattern halves
 * what judging a sentence costs.
 */
const joined = (ignoreCase: boolean): RegExp =>
  new RegExp(
    DEVELOPER_TEXT.filter((pattern) => pattern.ignoreCase === ignoreCase)
      .map((pattern) => `(?:${pattern.source})`)
      .join('|'),
    ignoreCase ? 'i' : '',
  );
const DEVELOPER_CASED = joined(false);
const DEVELOPER_ANY_CASE = joined(true);

/** Whether text is for developers (a stack trace, an exception, SQL, parser internals). */
export const isDeveloperText = (text: string): boolean =>
  mayBeDeveloperText(text) && (isQualifiedName(text) || DEVELOPER_CASED.test(text) || DEVELOPER_ANY_CASE.test(text));

/**
 * A status reason phrase (every one of RFC 9110 §15 and RFC 6585, nginx's 499 "Client Closed Request", Cloudflare's 522
 * "Connection timed out", nest-problem-details' 418 "I am a teapot", tRPC's and oRPC's "Method Not Supported"), with or
 * without its number, and framework boilerplate that only restates the status: Spring's "Validation failed for
 * object=..", Express's "Cannot GET /x", Laravel's "Unauthenticated." and "Server Error", Anitya's "Authentication is
 * required to access this API.", Octopart's "Forbidden request", NestJS's "ThrottlerException: Too Many Requests"; and
 * a status's number before what was not found (APISIX's "404 Route Not Found", as Go's "404 page not found"), a
 * router's path it has no handler for (Helidon's "No handler found for path: /greet/test2", as Express's "Cannot GET
 * /x") and a body too big, of the request or the response (jsonrpsee's "Request is too big", Viz's "payload is too
 * large").
 */
const REASON_PHRASE =
  /^(?:error(?: code)?:? ?\d+\.?$)|^\d{3}[ :-]+\w+ not found\.?$|^(?:\w+exception: |[a-z][\w-]*\/|[A-Z][a-z]+: |[A-Z][A-Z\d]*_[A-Z\d_]+: )?(?:http(?: error)? ?)?(?:error ?)?(?:\d{3}[ :-]*)?(?:bad request|(?:un|not )auth\w*(?: access| request| to (?:make|perform) (?:this|the) request)?|you(?:'re|’re| are) not authori[sz]ed|(?:the |this |your )?request (?:is|was) unauthori[sz]ed|rate[- ]?limit(?:ed)?|(?:authori[sz]ation|authentication) required|(?:user )?authentication is required(?: to access (?:this|the) (?:api|resource|endpoint|service))?|you must be logged in to access (?:this|the) (?:api|resource|endpoint|service)|authori[sz]ation failed|auth(?:entication)? (?:error|failed)|payment required|(?:access )?forbidden(?: resource| request)?|(?:page )?not found|method not (?:allowed|supported)|not acceptable|proxy authentication required|request timeout|conflict|gone|length required|precondition (?:failed|required)|(?:[\w-]+ )?payload (?:is )?too large|(?:request )?(?:body )?length limit exceeded|(?:request )?(?:entity|content) too large|(?:request[- ])?uri too long|(?:the )?uri is too long|too large request|unknown media type|header fields (?:are )?too long(?: \(?for (?:the )?server to interpret\)?)?|unsupported media type|(?:requested )?range not satisfiable|expectation failed|i(?:'m| am) a teapot|misdirected request|unprocessable (?:entity|content)|locked|failed dependency|too early|upgrade required|too many (?:requests|attempts)|request header fields too large|unavailable for legal reasons|(?:internal )?server error|not implemented|bad gateway|service unavailable|gateway time-?out|connection tim(?:ed |e )?out|http version not supported|variant also negotiates|insufficient storage|loop detected|not extended|network authentication required|client closed request|(?:unknown )?error|no message available|cannot [a-z]+ \/\S*|no (?:handler|route) found for (?:path|route|url|uri):? \/\S*|(?:request|response) is too (?:big|large))?[.!:]?$/i;

/**
 * Summaries that say only that something failed, not what: a validation error's headline above its field messages, a
 * framework's catch-all, a category and the word "error" ("Authorization Error", Azure Monitor's "A semantic error
 * occurred.", Bitfinex's "ratelimit: error", Frollo's "Aggregator error", Streamlit's "read error"), with or without an
 * "Oops…" before it (Seqera's) and a plea after it, to support too (Novu's "Internal server error, contact support and
 * provide them with the errorId", Payop's "Something went wrong, try again or contact support.",
 * jsonapi_errors_handler's "We've encountered unexpected error, but our developers had been already notified about
 * it"), a line that only sends the reader to the docs (Elixir jsonapi's "Check out http://jsonapi.org/format/#crud for
 * more info.") or to a status page (HTTPush's "Whoops. Check status.httpush.com for details."), Dropwizard's "There was
 * an error processing your request." (with its logged id, Zettle's and Monarch's; GlobalExceptionHandler.NET's "whilst
 * processing"), a gRPC code before a failed validation (swaggest/rest's "invalid argument: validation failed"), a count
 * of errors found (e-conomic's "Validation failed. 1 error found.") or of violations (t1/problem-details' "6 violations
 * failed"), Java's exception in words (its "Illegal Argument"), Placekey's "Not enough fields provided" and
 * SimpleLogin's "request body does not follow the required format", Kinto's "Invalid posted data" and publiq's "Invalid
 * body data", FROST-Server's "Data violates constraints." (Fluree's "Semantic constraint violation"), a filter's value
 * (Represent's "Invalid filter value"), a catch-all that "occurred during request" (INVERS's), a parameter invalid "in
 * request body" (Mozilla accounts'), Azure Monitor's "The request had some invalid properties" and a bad payload
 * "received by" a service (Microsoft Teams' webhooks'), LogDNA's "Invalid input/settings.", Open Collective's "Missing
 * required fields", Just Eat Takeaway's "Invalid value 0 for parameter limit." (gonic's unknown value for a parameter
 * too) and "The supplied restaurantId does not meet one or more validation requirements", Packly's "Some parameters are
 * wrong or missing", API.Bible's "Invalid request params input", committee's "Require params: recipient.", Kuma's
 * "Could not process a resource" and "Resource is not valid", TripPin's "An server side error occured.", Credova's "The
 * application has encountered an unknown error", Sails' "The server could not fulfill this request (`POST /x`) due to 2
 * missing or invalid parameters." and Standard Notes' "The change password request is missing new auth parameters.",
 * ASP.NET Web API's "The requested resource does not support http method 'PUT'.", ArcGIS's "Cannot perform query.",
 * NiuTrans's "Request params was error", NFSN's "The API request was not valid.", ClearML's "Invalid request path /",
 * openHPI's "… seems to contain some syntax errors", Syncthing's "CSRF Error", TalentLMS's "A required parameter is
 * missing or an invalid type was supplied.", Browserhub's "You are unauthorized to perform this request." (Iceberg's
 * REST catalog's "Not authorized to make this request"; EasyPost's "Missing required parameter" names one), a plea to
 * check the headers (PayTabs' "Authentication failed. Check authentication header."), a wrapper's line about a
 * malformed request (Tokopedia's "We could not process your request due to malformed request, please check again"); the
 * HTTP specification's own definition of a status (RFC 9110's 500 "The server encountered an unexpected condition …",
 * the 422's "… well-formed but contains semantic errors", Wikipedia's 401) and a status said in a sentence ("Access to
 * the requested resource is forbidden."). The kind's default says as much, in plain words.
 */
const GENERIC =
  /^(?:(?:oops|whoops)\W* )?(?:(?:an? )?(?:(?:some|unknown|unexpected|unhandled|internal|server(?:[- ]side)?|service|request|input|client|api|application|generic|authori[sz]ation|transient|temporary|technical|system|general|upstream|backend|aggregator|provider|connector|argument|query|csrf|param(?:eter)?s?|semantic|recognition|parsing|runtime|connection|read|write) ){1,2}(?:error|problem|exception|failure)(?: (?:has )?(?:occurr?ed|happened)(?: in [\w .-]{1,40}| during (?:the |this |your )?request)?| (?:has been|was) encountered(?: (?:when|whil(?:e|st)) (?:fulfil+ing|processing|handling) (?:this|the|your) request)?)?|(?:an? )?(?:[\w-]+ ){0,2}errors? (?:has |have )?occurred (?:whil(?:e|st) )?(?:processing|completing|handling|fulfil+ing) (?:your|the|this) request|(?:an? )?error (?:has )?occurred|there (?:was|has been) an? (?:error|problem) (?:whil(?:e|st) )?processing (?:your|the|this) request|there (?:was|were|has been) (?:an? |some )?validation errors?(?: (?:on|in|with) (?:this|the|your) request)?|there (?:is|was|are|were) (?:an? |some )?errors? (?:validating|in|with) (?:(?:the |your |this )?(?:payload|request|inputs?|data|body)|one or more parts of (?:the |your |this )?\w+)|validation errors? exists?|\d+ (?:errors? found|violations? (?:found|failed))|(?:we |i |we(?:['’]ve| have) )?(?:got|encountered|hit|ran into) (?:an? )?(?:internal |unexpected )?(?:error|problem)(?: whil(?:e|st) processing (?:your|the|this) request)?|(?:your |the )?request is in an? (?:bad|invalid|wrong|incorrect) format|(?:an? |(?:\w+ ){1,2})?validations? (?:failed|failures?|error|errors?(?: (?:occurred|found|detected))?|exceptions?(?: (?:has )?occurred)?)(?: for .*|: [\w.[\]-]+| on (?:the|this|your) \w+)?|failed validation|erroneous (?:parameters?|params|fields?|inputs?|values?)(?: \([^()]{1,100}\))?|[\w ()]{0,60} (?:failed (?:(?:schema )?validation|constraints)|did(?:n't| not) (?:validate|pass validation))|missing required (?:fields?|parameters|values|headers?|data)|there is no [\w-]+ header|(?:the )?(?:supplied |provided |given )?[\w.-]+ does not meet (?:one or more|all|the) validation (?:requirements|rules)(?: \([^)]*\))?|(?:the )?request (?:is )?missing (?:required )?(?:parameters|fields)(?: or (?:the )?request format (?:is )?(?:incorrect|invalid))?|(?:there (?:is|are|were|was) )?(?:invalid|missing|incomplete|incorrect)(?: or (?:invalid|missing|incomplete))? (?:rest |api |http |post(?:ed)? )?(?:inputs?(?: parameters?| data|\/settings)?|operation|query string|headers?|options?|request(?: body| data| format| method| parameters?| params(?: input)?| submission)?|parameters?(?:\(s\))?|params|data|arguments?|argument values?|values?|form body|body(?: data| propert(?:y|ies))?|payload|resource|format|request payload(?: input)?|fields?|filters?|details)(?: values?)?(?: (?:(?:was|were) )?(?:detected|provided|supplied|given|received|submit+ed))?(?: in (?:the )?(?:(?:user |client )?request(?: body)?|body|payload|query(?: string)?))?|(?:the (?:given |provided |supplied |request )?|provided |supplied )?(?:data|payload|body|input(?: entity)?|value|resource|object)(?: provided| given| sent| submitted| you (?:supplied|provided|sent|submitted))? (?:was|is) (?:invalid|incorrect|not valid)(?: input)?(?: or (?:malformed|missing|incomplete))?|these fields have problems(?:: .*)?|limited by [\w-]+|internal (?:[\w-]+ ){1,2}(?:error|failure|problem|exception)|[\w-]+ (?:internal (?:server )?|server )error|the following fields? (?:is|are) invalid(?:: .*)?|(?:one or more |some |an? )?(?:of )?(?:the |your )?(?:input |request |query |api |provided |given |supplied |specified |required |json |body )*(?:parameters?|params|arguments?|inputs?|fields?|values?|options?|propert(?:y|ies))(?: (?:specified|provided|supplied|given|sent) in (?:the|your) request)?(?:(?: (?:is|are|was|were))? (?:(?:missing or )?(?:invalid|incorrect|not valid|wrong)(?: or missing)?|missing)| (?:has|have) an? invalid (?:format|value))|bad (?:request )?(?:body|query parameters?|path(?: parameters?)?|headers?|cookies?)|(?:bad|badly formed|malformed)(?: format)? (?:data|input|request|body|payload)(?: syntax)?(?: (?:received|sent)(?: by [\w .-]{1,60})?)?|(?:parameters?|params|arguments?|inputs?) (?:verification|check) failed|(?:there (?:were|are) )?(?:bad|invalid|missing)(?: or |\/)(?:bad|invalid|missing) (?:parameters?|params|fields?|arguments?|inputs?|data|values?)(?: or (?:parameters|data))?(?: in (?:the|your) request)?|(?:invalid|incorrect|unknown) values? for(?:\.{3}|…)|(?:invalid|incorrect|unknown) values?(?: "[^"]*"| '[^']*'| [\w.-]{1,20})?(?: specified| provided| given| supplied)? (?:for|of) (?:the )?(?:parameter |field )?(?:[\w.-]+|`[\w.-]+`|'[\w.-]+'|"[\w.-]+")(?: (?:filter|parameter|field))?(?: '[^']*')?|the values? (?:provided |given |supplied )?for (?:the )?(?:parameter|field) '[\w.-]+' (?:was|is) (?:not valid|invalid)|(?:your |the )?(?:[\w-]+ ){0,3}request is missing (?:some |one or more )?(?:required )?(?:[\w-]+ ){0,2}(?:fields|parameters|params|values|data)|the parameters (?:of|in) (?:your|the) request (?:were|are) invalid|(?:please )?(?:check|verify|review) (?:your |the )?(?:input |request )?(?:parameters|params)|(?:please )?(?:check|verify) (?:your |the )?(?:(?:authentication|authori[sz]ation|auth|request) )?headers?|(?:(?:the|your) )?(?:request (?:body |payload )?(?:content |format )?|model(?: ?state)? )(?:is|was) (?:invalid|incorrect|malformed)(?: or (?:malformed|invalid))?(?: and (?:cannot|could not|can't) be processed)?|(?:invalid|incorrect) (?:request )?(?:values? for (?:the )?)?(?:parameters?|params|fields?|arguments?|format)(?:: [\w.[\]-]+(?:, [\w.[\]-]+)*| \[[\w.-]+\]| '[\w.-]+')|(?:invalid|missing|require[ds]?)(?: or (?:invalid|missing))?(?: required)? (?:(?:request )?(?:parameters?|params): [\w.[\]-]+(?:(?:, | or | and )[\w.[\]-]+)*|'[\w.-]+' (?:parameter|param))|(?:there (?:is|are) )?one or more (?:missing or invalid |invalid or missing |missing |invalid )(?:required )?(?:fields?|parameters?)|(?:the )?request (?:body )?(?:ha[sd]|contain(?:s|ed)) (?:one or (?:more|many) (?:validation )?errors|errors|\d+ errors?(?:\(s\))?|an invalid (?:argument|parameter|field)(?: value)?|(?:some )?invalid (?:fields|parameters|values|data|properties)|an invalid or (?:a )?malformed (?:field|parameter|value|property))|(?:the )?request does not pass validation|(?:the )?request is not a valid oauth ?2?(?: 2\.0)? request|(?:the )?request method '[A-Z]+' (?:is )?not supported|(?:the )?query specified in the uri is not valid|(?:the )?server could not fulfill this request(?: \(`[A-Z]+ [^`]{1,100}`\))? due to \d+ missing or invalid parameters?|(?:can(?:no|['’])t|could(?: not|n['’]t)|unable to) perform (?:the |this |your )?(?:query|request|operation|search)|(?:request|query) params? (?:was|were|is|are) (?:error|wrong|invalid)|(?:the |your )?api request (?:was|is) (?:not valid|invalid)|invalid (?:request )?path(?: \/\S*)?|(?:your |the )?request (?:seems to )?contains? (?:some )?syntax errors|(?:the )?requested resource does not support http method '[a-z]+'|this is an? (?:invalid|bad|malformed) request|(?:a |one or more )?required parameters? (?:is|are) missing or an? invalid (?:type|value) was supplied|you are (?:not authori[sz]ed|unauthori[sz]ed) to (?:perform|make) (?:this|the) request|you are (?:not authenticated|unauthenticated) to (?:perform|make|do) (?:this|the|that) (?:request|(?:requested )?action)|not all required (?:fields|parameters) (?:were|are) (?:present|provided|given)(?: in (?:the )?(?:input |request )?(?:json|body|request|data))?|(?:unable to|could not|failed to|cannot) validate (?:the |your )?(?:request|input)(?: (?:parameters?|params)(?:\(s\))?)?|one or more (?:validation )?errors? (?:(?:have |has )?occurr?ed|were (?:found )?in (?:the|your) request)|one or more fields (?:had|have|has|contain(?:ed|s)?) errors|(?:[\w-]+ )?(?:the )?(?:request|operation|transaction)(?: mapping| processing| execution)? (?:failed|was unsuccessful)(?: during [\w ]{1,30})?|(?:the )?query failed|error (?:whil(?:e|st)|when) querying|(?:unable to|can(?:no|['’])t) do that|(?:please )?contact .{1,80}? for (?:further|more) (?:help|information|assistance)(?: https?:\/\/\S+)?|(?:please )?(?:check(?: out)?|see|visit|consult) (?:the )?(?:(?:api )?(?:docs|documentation)|https?:\/\/\S+|(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?) for (?:more |further )?(?:info(?:rmation)?|details)|(?:please )?(?:check|see|consult) (?:the )?(?:api )?(?:docs|documentation): (?:https?:\/\/\S+|\[\w+\])|(?:we(?:['’]re| are) sorry,? (?:but )?)?(?:(?:the )?(?:system|server|service) |we )?(?:failed to|(?:can(?:no|['’])t|could(?: not|n['’]t)|unable to)) (?:execute|process|complete|handle|serve|fulfil+) (?:the |your |this )?(?:request|operation)(?: due to (?:an? )?(?:internal |unexpected )?(?:server|system|internal) error)?|(?:the )?request was well[- ]formed but (?:contains|contained|has|had) semantic errors|(?:the )?server encountered an unexpected condition (?:that|which) prevented it from fulfill?ing the request|(?:the )?server is currently unable to handle the request due to (?:a )?temporary overload.+|(?:the )?requester is not authori[sz]ed to access the resource|this is similar to 40\d but is used .+|(?:the )?(?:api|server|service) could(?: not|n['’]t) (?:interpret|understand) (?:your|the|this) request(?: correctly)?|access to (?:the |this )?(?:requested )?resource (?:is )?forbidden|(?:this|the) (?:action|operation) is forbidden|(?:this )?functionality (?:is )?not (?:supported|implemented)(?: by (?:the |this )?server)?|(?:could(?: not|n['’]t)|unable to|failed to) (?:load|fetch|retrieve|process) (?:the |an? )?(?:data|resources?)|validation (?:for|of) [\w .-]{1,40} failed|something went wrong(?: somewhere| (?:in|with|on) [\w .-]{1,40})?|something unexpected (?:happened|occurred)(?: (?:in|with|on) [\w .-]{1,40})?|unknown [\w-]+ (?:error|exception|failure)|(?:\w+ \w+! )?we (?:could(?:n['’]t| not)|can(?:['’]t|not)|were unable to) process (?:your|the) request(?: due to (?:an? )?malformed request)?|client specified an invalid (?:argument(?:, request body or query param)?|range)|(?:api )?backend third[- ]party service error|(?:please )?(?:provide|supply|send) all (?:the )?(?:mandatory|required) (?:parameters|params|fields)|(?:the )?(?:[\w-]+ ){1,2}(?:service|server) (?:returned an invalid response|did not respond in time)|\d+ fields? (?:is|are) invalid(?: \([^()]{1,200}\))?|(?:unknown|internal) server error\. typically a server bug|(?:the |indicated )?(?:parameter|argument) combination is (?:invalid|not (?:valid|allowed|supported))|(?:please )?(?:input|enter|provide|use) (?:a )?valid (?:parameters?|params|arguments?|inputs?|values?)|(?:your |the )?request is (?:either )?malformed(?:,? or (?:is )?missing (?:one or more )?required (?:fields|parameters|params))?|error in (?:the )?(?:provided )?(?:request|input data)|(?:the )?(?:[\w-]+ )?(?:server|application) (?:has )?encountered an? (?:unexpected |internal |unknown )?error(?: or misconfiguration)?(?: whil(?:e|st) processing (?:the|your) request| and was unable to complete (?:the|your) request)?|(?:semantic )?constraint violations?|constraints? (?:were |was |have been )?violated|(?:the )?(?:data|request|input) violates? (?:the |its )?constraints?|(?:please )?(?:fix|correct) (?:the )?(?:errors?|problems?)(?: below)? and try again|(?:the )?request cannot be fulfilled due to bad syntax|(?:\w+: )?the browser \(or proxy\) sent a request that this server could not understand|errors?|unexpected error|invalid argument: validation failed|illegal (?:argument|parameter)s?|not enough (?:fields|parameters|params|arguments|inputs|data) (?:provided|given|supplied|specified)|(?:the |your )?request(?: body)? (?:does not|doesn't) (?:follow|match|conform to) the (?:required|expected) format|[a-z]+: error|(?:tracking|trace|correlation|request|activity) ?id ?:.*|please (?:provide|quote|include|mention|give) .{1,100} (?:to|when contacting|for|with) (?:our |the )?support(?: team)?|(?:sorry, )?(?:your |the |this )?request (?:could not|cannot) be (?:accepted|processed|completed)(?: due to an? (?:\w+ )?error)?|(?:the )?request needs to adhere to (?:certain|some) constraints|\?{3} ?[\w .]{0,60}? ?\?{3}|(?:request )?problems? detected|(?:authentication|login|logon|sign[- ]?in) failure|bad (?:login|logon|sign[- ]?in)|(?:login|logon|sign[- ]?in) failed|failed to (?:log ?[io]n|sign ?in)|(?:login|logon|sign[- ]?in) error|(?:error|failure) (?:whil(?:e|st) )?(?:signing|logging) (?:in|on)(?: to [\w .-]{1,40})?|(?:this|the) (?:incident|error|issue|problem) has been (?:logged|reported|recorded)(?: and will be (?:investigated|looked into))?|(?:endpoint |the )?(?:request|query) timed out|(?:invalid|bad) syntax|(?:possibl[ey] )?(?:this |a )?(?:mandatory|required) (?:fields?|parameters?|params|values?|data)(?: \[[\w.-]+\])? (?:is |are |was |were )?missing(?:: '[\w.-]+')?|(?:the )?(?:json )?(?:payload|request(?: body)?|body|input|document)(?: provided)? (?:is not valid|does not validate|does not match) (?:according to |against )?(?:the )?(?:\w+ )?schema)(?:[,.;!]? (?:please,? )?(?:try (?:this operation |this |it |your request |the request )?(?:again(?: later)?|later)(?: or contact (?:our |the )?support(?: team)?)?|(?:but |and )?(?:our (?:developers|engineers|team)|we) (?:have|had|has) (?:already )?been (?:already )?notified(?: about it| of it)?|retry (?:your |the |this )?request(?: later)?|retry again|check again|(?:check|verify|review|correct|modify) (?:your |the |(?:the )?(?:supplied|provided) )?(?:input|request(?: body)?|parameters|data|message)(?: or (?:the )?(?:input|request(?: body)?|parameters|data))?(?: and try again)?|refer to the documentation(?: for [\w ]{1,40})?|check (?:the )?(?:api )?documentation|contact support and provide them with the \w+|(?:submit|provide|send|enter) (?:valid|correct) (?:details|data|inputs?|values|parameters)))?\.?!?$/i;
/**
 * A plea to try again, or to contact support if it happens again (Firefish's "Internal error occurred. Please contact
 * us if the error persists."), or with the request's id (Thinkific's "Sorry, something went wrong. Please contact
 * support@thinkific.com and include this request ID … in your email."), or to send valid credentials
 * (MS_OAuth2API_Next's "Please provide valid credentials or contact administrator for access."), or to contact support
 * with the error's id (BrightPay's "If the issue persists please contact support with your Error Id."), after a summary
 * that said only that something failed.
 */
const PLEA =
  /^(?:please )?(?:(?:try (?:again|later)|retry (?:your |the |this )?request)(?: later)?(?: or (?:get in touch with|contact) (?:the |our )?[\w ]{1,40})?|contact (?:us|support) if the (?:error|problem) persists|(?:if (?:you (?:still )?(?:keep getting|get|see|receive) (?:this|the) (?:error|problem)(?: again)?|(?:the|this) (?:error|problem|issue) persists),? )(?:please )?(?:get in touch with|contact) (?:us|(?:our |the )?support(?: team)?)(?: with (?:your|the|this) (?:error|request) id)?|contact \S+ and include (?:this|the|your) (?:request |error )?id \S+(?: in your (?:email|message|ticket))?|provide valid credentials(?: or contact (?:an? |the |your )?admin(?:istrator)?(?: for access)?)?|(?:review|update|modify|correct|fix) (?:it|your request|the request) and try again|make sure to (?:provide|include|quote) (?:the |this |your )?\S+ (?:for|in|with) (?:troubleshooting|support)(?: or support)?(?: requests?)?)[.!]?$/i;

/**
 * The same summaries as APIs write them in other languages, beside their field errors or their details (kintone's
 * "入力内容が正しくありません。" and "输入有误。", its "Missing or invalid input."; T-Bank's "Неверные параметры." beside `Details`,
 * Wildberries' "Передан некорректный параметр" and "Не найдено"; KSeF's "Żądanie jest nieprawidłowe."; Facturapi's "La
 * solicitud no es válida." and Atto's "Items inválidos"; Haal Centraal's "Een of meerdere parameters zijn niet
 * correct." and "De foutieve parameter(s) zijn: …"; Billbee's ASP.NET "Die Anforderung ist ungültig."; KING OF TIME's
 * "認証に失敗しました", Pittaly's "ログイン出来ませんでした。", Money Forward's "必要なパラメーターが存在しない、もしくは空です。"; Cek CEIR's "Ada yang salah dengan
 * input kamu, cek kembali yuk!" beside its field errors; Naver Search Ad's "잘못된 파라미터 형식입니다." and "NASH 서버 오류가 발생했습니다.";
 * Xiaomi Push's "未提供参数" beside its `reason`): invalid input or parameters, an invalid request, an error occurred, a
 * failed sign-in, in Korean, Japanese, Chinese, Russian, Polish, Spanish, Portuguese, German, French, Dutch, Turkish,
 * Indonesian and the Nordic languages; the most common wordings only, as each costs every app bytes. Whole lines, as
 * the English ones.
 */
const GENERIC_ELSEWHERE =
  /^(?:잘못된 (?:파라미터|요청|입력)(?: 형식| 값)?입니다|(?:\w+ )?서버 오류가 발생했습니다|入力内容が正しくありません|エラーが発生しました|認証に失敗しました|ログイン(?:に失敗しました|(?:出来|でき)ませんでした)|[^。]{0,20}パラメー?ター?が(?:正しくありません|不正です)|必要なパラメー?ター?が(?:存在しない|ありません)[^。]{0,9}|输入有误|参数错误|未提供参数|系统错误|(?:неверные|некорректные) (?:параметры|данные)|(?:неверный|некорректный) запрос|(?:передан )?некорректный параметр|некорректное тело запроса|не найдено|произошла ошибка|żądanie jest nieprawidłowe|wystąpił błąd|la solicitud no es válida|solicitud inválida|(?:datos|[ií]tems|campos|par[aá]metros) inv[aá]lidos|ha ocurrido un error|ocorreu um erro(?: interno)?(?: durante a chamada da api)?|a solicitação (?:possui|contém|tem) erros? de validação|(?:corpo|parâmetros?|requisição)(?: ou (?:corpo|parâmetros?))? fora do formato(?: esperado)?|el servidor encontró un error inesperado(?: mientras procesaba la solicitud)?|faltan (?:los )?parámetros obligatorios(?: '[^']+'(?:(?:,| y| e) '[^']+')*)?|erro(?: -)? contate o administrador(?: do sistema)?|um valor passado a um parâmetro não está no formato esperado|(?:por favor, )?consulte a documentação|requisição inválida|ein fehler ist aufgetreten|ungültige anfrage|die (?:anfrage|anforderung) ist ungültig|une erreur est survenue|requête invalide|bir hata oluştu|validering (?:feilet|misslyckades|fejlede)|terjadi kesalahan|data tidak valid(?:[.!] mohon periksa kembali [\w ]{1,40})?|ada yang salah dengan input(?: kamu| anda)?(?:, cek kembali(?: yuk)?)?|de foutieve parameter(?:s|\(s\))? (?:zijn|is): [\w., -]+|een of meer(?:dere)? parameters? (?:zijn|is) niet correct)[.。!！]?$/i;
/**
 * Words that tell only that something failed, somewhere: a line made of nothing else says no more than the kind's
 * default (ZATCA's "Something went wrong and caused an Internal Server Error.", Open Podcast's "Something's wrong.
 * We're looking into it.", Whop's "Uh oh, something went wrong. This is something we need to fix, and isn't on your
 * end. We've been notified and are working on a fix"), however its words are arranged.
 */
const EMPTY_WORDS = new Set(
  (
    'a an the and or has have had was were is been this your our we sorry oops something went wrong caused occurred ' +
    'happened unexpected unknown unhandled internal server service error errors problem exception failed failure ' +
    "request http something's we're are looking into it uh oh need to fix isn't on end we've notified working bad there"
  ).split(' '),
);
const WORD = /[\p{L}'’]+/gu;
const saysNothing = (line: string): boolean => {
  if (/\d/.test(line)) return false;
  // Word by word, so that a sentence stops at its first word of substance, as most do.
  let words = 0;
  WORD.lastIndex = 0;
  for (let word = WORD.exec(line); word; word = WORD.exec(line)) {
    if (!EMPTY_WORDS.has(word[0].toLowerCase().replace('’', "'"))) return false;
    words++;
  }
  return words > 2;
};
/**
 * A short line that names only which input is missing or invalid, by the name the API gives it ("url is required",
 * "Invalid jobId", Joi's `"name" is required`, "Parameter component is required"), tells a developer which key to send
 * and a person nothing they typed: rule 2.1's Agify's "Missing 'name' parameter" and PDF-Sign's "Missing required
 * parameter: templateId" in other orders. An API's name is quoted, written as code (`start_date`, `jobId`,
 * `steps[0].role`, `student-id`), called a parameter or an argument, or a lone word in small letters that starts the
 * line, as no person's sentence does; a person's words ("Name is required", "Invalid phone number") stay, and so do the
 * names of credentials ("Invalid app_key", "access_token is invalid"), which say that signing in failed; a key pair's
 * name is none (Open Telekom Cloud's "The key_name is invalid"). A name in brackets is written as code (Cloud.ru's
 * "Parameter(name) is invalid!"); so is a name after "mandatory" (Bakaláři's "The mandatory 'grant_type' parameter is
 * missing."), an enum's field (MDS's `Missing enum field "type"`) and a filter (MasteryConnect's "Unknown filter
 * 'shcool_id'").
 */
const API_NAME = `['"\`([]?[\\w.[\\]-]+['"\`)\\]]?`;
const INPUT_WORD =
  '(?:query(?: ?string)? |search |path |enum )?(?:param(?:eter)?s?|arg(?:ument)?s?|fields?|headers?|attributes?|propert(?:y|ies)|values?|data|filters?)';
const INPUT_STATE =
  '(?:(?:is |are |was |were )?(?:required|missing|invalid|not valid|empty|missing or empty|mandatory|not provided|not specified|not defined)|has an? (?:unexpected|invalid) value)';
const NAME_FIRST = new RegExp(
  `^(?:the |an? |a valid )?(?:mandatory |required )?(${API_NAME})(?: (?:and|or) (${API_NAME}))?(?: \\(\\w+\\))?(?: (${INPUT_WORD}))?:? ${INPUT_STATE}\\.?$`,
  'i',
);
const NAME_AFTER = new RegExp(
  `^(?:missing|invalid|unknown|unexpected|wrong|incorrect|malformed)(?: or (?:missing|invalid))?(?: required| non[- ]optional)?(?: (${INPUT_WORD}))?(:)? (${API_NAME})(?: (${INPUT_WORD}))?(?: (?:provided|supplied|given|specified))?(?: or (?:${INPUT_WORD} )?missing)?(?: in json data)?\\.?$`,
  'i',
);
// Said of a name written as code only ("metric[0].name may not be empty.", "The user_id cannot be blank."): a lone
// word in small letters that "may not be empty" is a person's too (Confluent's "records may not be empty").
const CODE_NAME_EMPTY = new RegExp(
  `^(?:the )?(${API_NAME}) (?:may|must|cannot|can ?not) (?:not )?be (?:empty|blank|null)\\.?$`,
  'i',
);
// Two names, one of which must be sent (Ripple's "You need to pass either querystring parameters name or id"). One
// name sent so is TeamSnap's scored "You must include a team_id parameter", which keeps it.
const EITHER_NAME = new RegExp(
  `^(?:you )?(?:must|need to|have to) (?:provide|pass|specify|send|supply|include) (?:either )?(?:(${INPUT_WORD}) )?(${API_NAME}) or (${API_NAME})[.!]?$`,
  'i',
);
// Two names first (PandaDoc's "Either template_id or form_id should be added to query.", Predexon's "Either
// polymarket_market_slug or kalshi_market_ticker is required").
const EITHER_FIRST = new RegExp(
  `^either (${API_NAME}) or (${API_NAME}) (?:(?:should|must|has to|needs to) be (?:added|provided|specified|passed|sent|included)(?: (?:to|in) (?:the )?(?:query|body|request|path))?|is required)\\.?$`,
  'i',
);
// What a request must hold, by the keys (StoaPack's "Request must include 'items' and 'warehouses' arrays").
const MUST_HOLD = new RegExp(
  `^(?:the |your )?(?:request|body|payload)(?: body)? must (?:include|contain|have) (?:an? |the )?(${API_NAME})(?: (?:and|or) (${API_NAME}))?(?: (?:${INPUT_WORD}|arrays?|objects?|lists?))?\\.?$`,
  'i',
);
// A line in the API's small letters that lists the keys it allows (PoetryDB's "input field not available. Only author,
// title, lines, linecount, and poemcount or random allowed.").
// One input by its key and the values it may take (Alaveteli's "The direction parameter must be 'request' or
// 'response'"), or its values all invalid (OpenID Connect registration's "One or more redirect_uri values are
// invalid").
const ALLOWED_VALUES = new RegExp(
  `^(?:the )?(${API_NAME}) (${INPUT_WORD}) (?:must|should) be (?:one of )?'[^']*'(?:(?:, | or |, or )'[^']*')*\\.?$`,
  'i',
);
const ONE_OR_MORE = new RegExp(
  `^one or more (${API_NAME}) (${INPUT_WORD}) (?:are|is|were|was) (?:invalid|missing|not valid)\\.?$`,
  'i',
);
// An input's value refused, by its key (Supavisor's "Invalid 'upstream_verify' value, 'peer' is not allowed without
// certificate").
const VALUE_REFUSED = new RegExp(
  `^invalid (${API_NAME}) value, '[^']*' is not allowed(?: without [\\w ]{1,30})?\\.?$`,
  'i',
);
// One input sent without the one it needs (pygeoapi's "bbox-crs specified without bbox parameter").
const SENT_WITHOUT = new RegExp(
  `^(${API_NAME}) (?:specified|given|provided|sent|used) without (?:the |an? )?(${API_NAME})(?: (${INPUT_WORD}))?\\.?$`,
  'i',
);
// Which of several keys is missing, listed (free5GC's "Missing one of afAppId, trafficFilters or
// ethTrafficFilters"), or only the keys, one or the other (the CDR mock recipient's `detail` "cdr_arrangement_jwt or
// cdr_arrangement_id").
const ONE_OF_MISSING = new RegExp(
  `^(?:(?:missing|requires?|needs?) (?:at least )?one of (?:the )?(?:${INPUT_WORD} )?)?(${API_NAME})(?:, (${API_NAME}))?(?:, (${API_NAME}))?,? (?:or|and) (${API_NAME})\\.?$`,
  'i',
);
// An input the API refuses, by its key after a colon (Ralph's "The following parameter is not allowed: `mamamia`").
const NOT_ALLOWED_NAMED = new RegExp(
  `^(?:the following )?(${INPUT_WORD}) (?:is|are) not (?:allowed|permitted|supported|recognized|accepted): (${API_NAME})\\.?$`,
  'i',
);
// An input the API refuses for this call, by its key (Trilium's "Property 'isProtected' is not allowed for this
// method.").
const NOT_ALLOWED_HERE = new RegExp(
  `^(${INPUT_WORD}) (${API_NAME}) (?:is|are) not (?:allowed|permitted|accepted)(?: (?:for|in|on|with) (?:this|the) (?:method|endpoint|request|operation|route))?\\.?$`,
  'i',
);
// A header's value the server could not read, by the header's name (tusdotnet's "Could not parse Upload-Length").
const HEADER_UNPARSED =
  /^(?:[Cc]ould(?: not|n't)|[Cc]an(?:not|'t)|[Uu]nable to|[Ff]ailed to) parse (?:the )?(?:[A-Z][a-z\d]*-)+[A-Z][a-z\d]+(?: header)?\.?$/;
// Rails' `ActionController::ParameterMissing`, after a headline of the server's (Acoustic Workbench's "The request
// could not be understood: param is missing or the value is empty: login").
const PARAM_MISSING = /^(?:[\w ]{1,60}: )?param is missing or the value is empty(?: or invalid)?: [\w.[\]-]+$/i;
// Spring Authorization Server's description of the parameter at fault ("OAuth 2.0 Parameter: grant_type").
const OAUTH_PARAMETER = /^OAuth 2\.0 Parameter: [\w.-]+$/i;
// The only values an input takes, written as the query sends them (MapServer's "Only filter-lang=cql2-text or
// filter-lang=cql2-json is handled").
const ONLY_VALUES =
  /^only [\w.-]+=[\w.-]+(?:(?:,| or| and|, or) [\w.-]+=[\w.-]+)* (?:is|are) (?:handled|allowed|supported|accepted)\.?$/i;
// One such value refused (pywb's "output=foobar not supported").
const VALUE_NOT_TAKEN = /^[\w.-]+=[\w.-]+ (?:is )?not (?:supported|allowed|valid|accepted)\.?$/i;
// Which one of the inputs to send (wetterdienst's "Exactly one of all, station, name, (latitude and longitude), … or
// sql is required"): the request's shape, not the person's words.
const EXACTLY_ONE_OF = /^exactly one of [^.]{1,120} (?:is|must be) (?:required|given|provided|specified|set)\.?$/i;
// A parameter the API does not know, by its key after a colon (Boltz's "Undefined parameter: currency"); Solr's
// "undefined field xxx" names what the query asked for and stays.
const UNDEFINED_NAMED = new RegExp(`^undefined (${INPUT_WORD}): (${API_NAME})\\.?$`, 'i');
// A query parameter left out, called a query (Aqueduct's "missing required query 'Shaqs'"); Kutt's "limit query is
// not valid." is a person's.
const QUERY_MISSING = new RegExp(`^missing required query (${API_NAME})\\.?$`, 'i');
// A key the request's JSON lacks (Xsolla's SDK's "notification_type key not found in Xsolla webhook request"), and a
// named input's error in one word (Mappable's 'Error with parameter "ll": Required').
const ERROR_WITH = new RegExp(`^error (?:with|in|on|for) (${INPUT_WORD}) (${API_NAME}): [\\w ]{1,30}\\.?$`, 'i');
const KEY_NOT_FOUND = new RegExp(
  `^(?:the )?(${API_NAME}) key (?:was )?(?:not found|missing|is missing)(?: in (?:the )?(?:[\\w-]+ ){0,3}(?:request|data|body|payload))?\\.?$`,
  'i',
);
// Every one of them (Mobilizon's "All of name, scope and redirect_uri parameters are required to create an
// application").
const ALL_OF =
  /^(?:all|each|both) of [^.]{1,120} (?:parameters|params|fields|arguments) are (?:required|mandatory)(?: to [\w ]{1,60})?\.?$/i;
// The same in Chinese: an illegal, invalid, wrong or missing parameter, by its name (Alipay's "非法的时间戳参数"); a
// credential's name stays (its "无效的AppID参数").
const HAN_NAMES_AN_INPUT = /^(?:非法|无效|错误|缺少)的?([\w-]{1,30}|\p{Script=Han}{1,8})参数[。.]?$/u;
const ONLY_ALLOWED =
  /^[a-z][a-z ]{0,30} not (?:available|allowed|supported)\. [Oo]nly [\w ,]{1,80} (?:are )?allowed\.?$/;
// What the request's data lacks, by its key (Oracle's "Input JSON data does not have caseId.", WaafiPay's "Your request
// is missing (timestamp) parameter. Please check again").
const DATA_LACKS = new RegExp(
  `^(?:the |your )?(?:input |request )?(?:json )?(?:data|body|payload|request|input) (?:does not have|doesn't have|is missing|lacks) (?:the |an? )?(${API_NAME})(?: (${INPUT_WORD}))?\\.?$`,
  'i',
);
const WORD_FIRST = new RegExp(
  `^(?:an? )?(?:(?:required|expected|request) ){0,2}(${INPUT_WORD})(?: |(?=[\\[(]))(${API_NAME}) ${INPUT_STATE}[.!]?$`,
  'i',
);
// A token is a credential, except a traded one (Uniswap's `tokenInAddress`, `tokenOut`).
const CREDENTIAL_NAME =
  /key(?!_?(?:name|pair))|token(?!_?(?:in|out|address|amount|symbol|decimals))|secret|passw|credential|signature|session|client_?id|app_?id|auth|login|user_?name|jwt|cookie/i;
const CODE_SHAPED_NAME = /^['"`([]|[a-z\d]_[a-z\d]|[a-z][A-Z]|\w[.[]\w|[a-z]-[a-z]/;
// A dotted path names its last member: `authorizationRequest.scope` is a scope, not a credential (Enode's).
const leaf = (name: string): string => name.replace(/\.+$/, '').replace(/^.*\./, '');
const isApiName = (name: string | undefined, line: string, word: string | undefined, named = false): boolean =>
  name === undefined ||
  (!CREDENTIAL_NAME.test(leaf(name)) &&
    (named ||
      CODE_SHAPED_NAME.test(name) ||
      (/^[a-z][a-z\d]*$/.test(name) && (/^[a-z]/.test(line) || /^(?:\w+ ){0,2}(?:param|arg)/i.test(word ?? '')))));
/** A plea after the line to look again, which adds nothing to it. */
const CHECK_AGAIN = /[.!] (?:please )?check (?:again|your request)[.!]?$/i;
const INPUT_WORD_ONLY = new RegExp(`^${INPUT_WORD}$`, 'i');
/** A name written as code, an id's, or an input's own word ("attribute"): a key, not a record. */
const namesAKey = (name: string): boolean =>
  CODE_SHAPED_NAME.test(name) || /id$/i.test(name) || INPUT_WORD_ONLY.test(name);
/** A header's name is the protocol's, never a person's word ("User-Agent header is required"). */
const isHeaderWord = (word: string | undefined): boolean => word !== undefined && /headers?$/i.test(word);
/**
 * The other shapes, tried in order: the groups that hold the API's names, and the one that holds the input's own word
 * ("parameter", "field") where the shape has one.
 */
const NAMED_SHAPES: ReadonlyArray<readonly [RegExp, readonly number[], number?]> = [
  [EITHER_NAME, [2, 3], 1],
  [EITHER_FIRST, [1, 2]],
  [MUST_HOLD, [1, 2]],
  [ALLOWED_VALUES, [1], 2],
  [ONE_OR_MORE, [1], 2],
  [VALUE_REFUSED, [1]],
  [SENT_WITHOUT, [1, 2], 3],
  [DATA_LACKS, [1], 2],
  [NOT_ALLOWED_NAMED, [2], 1],
  [NOT_ALLOWED_HERE, [2], 1],
  [UNDEFINED_NAMED, [2], 1],
  [QUERY_MISSING, [1]],
  [KEY_NOT_FOUND, [1]],
  [ERROR_WITH, [2], 1],
  [WORD_FIRST, [2], 1],
];
const namesOnlyAnInput = (text: string): boolean => {
  const line = text.replace(CHECK_AGAIN, '');
  // Rails' own words around the key name it whatever the key is (both readers of Acoustic Workbench's `login`).
  if (
    ONLY_ALLOWED.test(line) ||
    EXACTLY_ONE_OF.test(line) ||
    ALL_OF.test(line) ||
    ONLY_VALUES.test(line) ||
    VALUE_NOT_TAKEN.test(line) ||
    PARAM_MISSING.test(line) ||
    HEADER_UNPARSED.test(line) ||
    OAUTH_PARAMETER.test(line)
  )
    return true;
  // Keys offered as alternatives name inputs even where one sounds like a credential (an app's id, an arrangement's
  // JWT): a credential asked for alone stays.
  const listed = ONE_OF_MISSING.exec(line)
    ?.slice(1)
    .filter((name) => name !== undefined);
  if (listed)
    return listed.every((name) => CODE_SHAPED_NAME.test(name)) && listed.some((name) => !CREDENTIAL_NAME.test(name));
  const han = HAN_NAMES_AN_INPUT.exec(line);
  if (han) return !CREDENTIAL_NAME.test(han[1] ?? '');
  if (line.length > 80) return false;
  let found = NAME_FIRST.exec(line);
  if (found) {
    const header = isHeaderWord(found[3]);
    if (isApiName(found[1], line, found[3], header) && isApiName(found[2], line, found[3], header)) return true;
    // The input's own word first, its name in brackets after it (KOMOJU's "A required parameter (amount) is
    // missing"), is read below.
    if (!INPUT_WORD_ONLY.test(found[1] ?? '')) return false;
  }
  found = NAME_AFTER.exec(line);
  // "Unknown" before a plain word says which record was not found (adsbdb's "unknown aircraft" on a 404, as "Unknown
  // station"), not which key to send; an id (setlist.fm's "Unknown mbid") or an input's own word is a key.
  if (found && /^unknown /i.test(line) && !found[1] && !found[4] && !namesAKey(found[3] ?? '')) return false;
  // After a colon (PDF-Sign's "Missing required parameter: templateId", NutritionSignals' "Missing required field:
  // text") the name is the API's, unless written as a person's word (Zuora's "Missing required value: Name").
  if (found)
    return isApiName(
      found[3],
      line,
      found[1] ?? found[4],
      (found[2] !== undefined && found[1] !== undefined && !/^[A-Z]/.test(found[3] ?? '')) ||
        isHeaderWord(found[1] ?? found[4]),
    );
  found = CODE_NAME_EMPTY.exec(line);
  if (found) return CODE_SHAPED_NAME.test(found[1] ?? '') && isApiName(found[1], line, undefined, true);
  for (const [shape, names, word] of NAMED_SHAPES) {
    const match = shape.exec(line);
    if (match) return names.every((group) => isApiName(match[group], line, word === undefined ? word : match[word]));
  }
  return false;
};
/**
 * The arguments of what the request names, invalid (ARGO Messaging's "Invalid Subscription ACL Arguments", "Pull
 * Parameters Invalid", "Invalid ack id parameter"): the request's shape, whichever resource it names.
 */
/**
 * A 500's promise that someone was told, and nothing else (Graphiti's "We've notified our engineers and hope to
 * address this issue shortly.").
 */
const TEAM_NOTIFIED =
  /^(?:we(?:['’]ve| have) (?:been )?notified (?:our|the) (?:engineers|team|developers)|our (?:engineers|team|developers) (?:have been|were|are being) notified)(?: and (?:hope|will|are working|plan) [^.]{0,60})?\.?$/i;
const ARGUMENTS_INVALID =
  /^(?:invalid (?:[\w-]+ ){1,2}(?:arguments?|parameters?|params?)|[\w-]+ (?:arguments|parameters|params) invalid)\.?$/i;
/** A pictograph before the words decorates them (Atto's "📝 Items inválidos"). */
const PICTOGRAPH = /^\p{Extended_Pictographic}\uFE0F?\s+/u;
const isGeneric = (text: string): boolean => {
  const line = text.replace(PICTOGRAPH, '');
  return (
    GENERIC.test(line) ||
    GENERIC_ELSEWHERE.test(line) ||
    ARGUMENTS_INVALID.test(line) ||
    TEAM_NOTIFIED.test(line) ||
    saysNothing(line) ||
    namesOnlyAnInput(line)
  );
};

/**
 * A headline that sends the reader to the list below it ("… see the 'errors' array", "See error object `details`
 * property", iLovePDF's "The task can't be initialized, check why in the params", IGDB's "Have you tried:", Stamps' "…
 * cannot be completed due to the following error(s)") or to the docs (Midtrans' "Visit https://snap-docs.midtrans.com/…
 * for more details", Feishu's "Refer to the documentation to fix the error: https://…", MS_OAuth2API_Next's "Refer to
 * API documentation for deployment details."): the list says what is wrong, so the kind's default summarizes.
 */
const POINTS_ELSEWHERE =
  /\b(?:see|check|review|refer to) (?:the )?(?:embedded |nested |following |validation )?['"`]?(?:\w*errors?|details)['"`]?(?: (?:array|list|field|property|object|member|output)(?: for (?:more |detailed |further |additional )?(?:details|information)\.?$)?| for (?:more )?details\.?$|\.?$)|\bsee error object\b|\bcheck (?:why|what went wrong|the reason) in (?:the )?['"`]?\w+['"`]?\.?$|^see @?(?:\w+\.)*\w*(?:info|errors?|details) for more (?:information|details)\.?$|\bsee below\b|,? see details in ['"`]?\w+['"`]?\.?$|\beach (?:entry|item|element) (?:in|of) (?:the )?['"`]?\w*errors?['"`]?\b|\berror (?:messages|descriptions?)(?: (?:is|are))? in (?:the )?['"`]?\w+['"`]? (?:section|field|property|member|array|list|node)\b|\bhave you tried:?$|\b(?:due to|because of|with) the following (?:errors?|problems?|issues?)(?:\(s\))?:?\.?$|^(?:please )?(?:visit|see|refer to) https?:\/\/\S+ for (?:(?:more |further )?(?:details|info(?:rmation)?)|api usage)\b|^for (?:more |further )?(?:details|info(?:rmation)?),? (?:please )?(?:visit|see|refer to) https?:\/\/\S+$|^(?:please )?refer to (?:the )?(?:api )?(?:documentation|docs)(?: (?:to|for) [\w ]{1,40})?(?:(?::| at)? https?:\/\/\S+|\.)?$/i;

const OAUTH_INVALID_REQUEST =
  /^(?:the )?request is missing a required parameter, includes an? (?:unsupported|invalid) parameter value\b[^.]*\.?$/i;

/** Whether text only restates a status ("Not Found", "HTTP 404"): a map holding one is an envelope, not fields. */
export const isReasonPhrase = (line: string): boolean => line.length <= 60 && REASON_PHRASE.test(line);

/** The 401's reason phrase in other words, which beside any other status says what was refused. */
export const saysRefused = (line: string): boolean =>
  /^(?:(?:you(?:'re|’re| are) )?not (?:authori[sz]ed|authenticated)(?: to (?:make|perform) (?:this|the) request)?|unauthori[sz]ed (?:access|request)|(?:the |this |your )?request (?:is|was) unauthori[sz]ed|(?:authori[sz]ation|authentication) required|authori[sz]ation failed|auth(?:entication)? (?:error|failed))[.!]?$/i.test(
    line,
  );

/** What server text is, for choosing what a person reads. */
export type TextQuality = 'sentence' | 'word' | 'code' | 'reason' | 'generic' | 'developer' | 'markup';

/**
 * Sorts server text: a `sentence` for a person; a lone `word` ("Overloaded", "Required"); a machine
 * `code` (`card_declined`, `EMAIL_EXISTS`, `InvalidParameterValue`, a number); a status `reason` phrase;
 * a `generic` summary; `developer` text; `markup`. Expects folded, trimmed text.
 */
export function quality(line: string): TextQuality {
  if (line.includes('<') && TAG.test(line)) return 'markup';
  // Chinese and Japanese write sentences without spaces: one "token" of their letters is a sentence.
  if (!/\s/.test(line) && !CASELESS.test(line)) {
    if (REASON_PHRASE.test(line) || GENERIC.test(line)) return 'reason';
    if (GENERIC_ELSEWHERE.test(line)) return 'generic';
    // One token: a code when it has separators, digits, inner capitals or is all capitals.
    return ONE_WORD.test(line) && !/^[A-Z]{2,}/.test(line) ? 'word' : 'code';
  }
  // Words in capitals only ("FAT CHANCE", "INVALID REQUEST") are a code or a shout, not a sentence; a
  // script without case (Japanese, Chinese) has neither capitals nor small letters and stays a sentence, with a Latin
  // acronym in it too (WeChat Pay's "请求中含有未在API文档中定义的参数").
  if (CAPITALS.test(line) && !SMALL_LETTER.test(line) && !CASELESS.test(line))
    return REASON_PHRASE.test(line) ? 'reason' : 'code';
  // A reason phrase before " - " and a code or a plea to wait says no more (Exact Online's "Forbidden - WrongDivision",
  // Giphy's "Too many requests - try again later").
  const dash = line.indexOf(' - ');
  if (dash > 0 && dash <= 40 && REASON_PHRASE.test(line.slice(0, dash))) {
    const tail = line.slice(dash + 3);
    // A path there is what was not found (OneUptime's "Page not found - /api/status-page/overview").
    if (/^(?:please )?try (?:again )?later\.?$/i.test(tail) || (quality(tail) === 'code' && !tail.includes('/')))
      return 'reason';
  }
  // A reason phrase before a comma and a pointer to a page says no more (Azure Container Registry's "authentication
  // required, visit https://aka.ms/acr/authorization for more information.").
  const comma = line.indexOf(', ');
  if (
    comma > 0 &&
    comma <= 40 &&
    REASON_PHRASE.test(line.slice(0, comma)) &&
    POINTS_ELSEWHERE.test(line.slice(comma + 2))
  )
    return 'reason';
  // A reason phrase said twice, after a comma, says no more (AhaSend's "Too many requests, rate limited.").
  if (line.length <= 60 && line.includes(', ') && line.split(', ').every((part) => REASON_PHRASE.test(part)))
    return 'reason';
  // OAuth's own definition of `invalid_request` (RFC 6749 §5.2), however long its list runs (BMW CarData's, Aircall's).
  if (OAUTH_INVALID_REQUEST.test(line)) return 'generic';
  // A status and its phrase in brackets, as a client logs them (RoyaleAPI's "Response code 403 (Forbidden)").
  const coded = /^(?:response|status) code \d{3} \(([^()]+)\)$/i.exec(line);
  if (coded && REASON_PHRASE.test(coded[1] ?? '')) return 'reason';
  // Reason phrases and generic summaries are short; Express's "Cannot GET /a/long/path" is the exception.
  if ((line.length <= 60 || /^cannot /i.test(line)) && REASON_PHRASE.test(line)) return 'reason';
  if ((line.length <= 120 && isGeneric(line)) || POINTS_ELSEWHERE.test(line)) return 'generic';
  // Two or three summaries in a row say no more than one (PingOne's "The request could not be completed. One or more
  // validation errors were in the request."), after a reason phrase too (Pokémon TCG's "Bad Request. Your request is
  // either malformed, or is missing one or more required fields.").
  if (line.length <= 240 && /[.!] /.test(line)) {
    const parts = line.split(/(?<=[.!]) +/);
    if (
      parts.length <= 3 &&
      parts.every(
        (part, i) =>
          part.length <= 120 &&
          (isGeneric(part) ||
            POINTS_ELSEWHERE.test(part) ||
            (i === 0 && REASON_PHRASE.test(part)) ||
            (i > 0 && PLEA.test(part))),
      ) &&
      // A plea after a reason phrase alone is a message (express-rate-limit's and Better Auth's "Too many requests.
      // Please try again later."); after a generic summary, one more (Reapit's "An unexpected error has been
      // encountered … Please try again.").
      parts.some((part) => isGeneric(part) || POINTS_ELSEWHERE.test(part))
    )
      return 'generic';
  }
  if (isDeveloperText(line)) return 'developer';
  return 'sentence';
}

/**
 * A line that labels the occurrence for support, after the sentence (Entra ID's "Trace ID: …", "Correlation ID: …",
 * "Timestamp: …", Azure Storage's "RequestId:…" and "Time:…"): the support id is read from its own member or header,
 * and the person reads the sentence.
 */
const SUPPORT_LINE =
  /[\r\n]+[ \t]*(?:(?:trace|correlation|request|activity|tracking|reference) ?id|time(?:stamp)?)[ \t]*:[^\r\n]*/gi;
/**
 * The same label after the sentence on its line (Volcengine Ark's "… are not valid. Request id: 0217…", Seqera's
 * "Oops... Unable to process request - Error ID: 54apn…").
 */
const SUPPORT_LABEL = '(?:trace|correlation|request|activity|tracking|reference|error)';
// In parentheses too (MyParcel's "Shipment validation error (request_id: 1752047820.9951686e20ccf2f3b)").
const SUPPORT_TAIL = new RegExp(
  `(?:(?:(?<=[.!?])| -) ${SUPPORT_LABEL} ?id ?: ?\\S+| \\(${SUPPORT_LABEL}[ _]?id ?: ?[^()\\s]+\\))$`,
  'i',
);
/**
 * The id such a label gives, anywhere in the text (App Center's "Not found. Correlation ID: 5e2c…", Climate FieldView's
 * "… (Request ID: ac422ebf)", Maskinporten's "… (trace_id: 3566…)"): the support id when no member holds one.
 */
// A UUID given as a reference in parentheses (DOAJ's "Supplied data was not valid JSON (ref: 7c4c2a64-…)") too.
const LABELLED_ID = new RegExp(
  `\\b${SUPPORT_LABEL}[ _-]?id\\s*[:=]\\s*([A-Za-z\\d](?:[\\w-]|\\.(?=\\w)){5,})|\\(ref(?:erence)?:\\s*([\\da-f]{8}(?:-[\\da-f]{4}){3}-[\\da-f]{12})\\)`,
  'i',
);
/** An AWS X-Ray trace id, as API Gateway and its load balancers write it (Qobuz's "… (Root=1-69ec8f93-5ed1…)"). */
const XRAY_ID = /\(Root=(1-[\da-f]{8}-[\da-f]{24})\)$/;
export const idInText = (text: string): string | undefined =>
  /id\s*[:=]|\(ref/i.test(text)
    ? ((found) => found?.[1] ?? found?.[2])(LABELLED_ID.exec(text))
    : text.endsWith(')')
      ? XRAY_ID.exec(text)?.[1]
      : undefined;
/** A notice that the error was logged, with its id (Flask-RESTX's "… It has been logged (ID 04ffb32b229d7a80)."). */
const LOGGED_TAIL = /(?<=[.!?]) it has been logged \(id \w+\)\.?$/i;
/** A server's signature after the text, its name and version (Fuseki's "… Fuseki - version 2.4.0 (Build date: …)"). */
const SIGNATURE_TAIL = / [A-Z][\w.-]* - version \d+(?:\.\d+)+(?: \([^()]{0,80}\))?$/;
/** An exception's name after a sentence, with whatever follows it. */
const EXCEPTION_TAIL = / - [A-Z]\w*(?:Exception|Error)\b/;
/**
 * A vendor's error number before the sentence: Entra ID's `AADSTS50126: `, Azure DevOps' `TF400813: `, HAPI's, one
 * numbered within its area (the CDR Authorisation Server's `ERR-DCR-005: `, `ERR-CLIENT_ASSERTION-003: `), and one in
 * digits alone, longer than a status (SRS's `5043: RtcInvalidSdp`).
 */
const ERROR_NUMBER = /^(?:[A-Z]{1,8}(?:-[A-Z][A-Z\d_]*)*-?\d{3,}|\d{4,6})$/;
/**
 * And an error class named after a status, as Node's http-errors names them (the Groundhog Day API's "BadRequestError:
 * Bad groundhog identifier …"): thrown on purpose to answer the client, its message is for the client, where a
 * `TypeError`'s is a bug's.
 */
const isStatusClass = (head: string): boolean =>
  /^[A-Z][a-zA-Z]+(?:Error|Exception)$/.test(head) &&
  [head.replace(/(?:Error|Exception)$/, ''), head].some((name) =>
    isReasonPhrase(name.replace(/([a-z])(?=[A-Z])/g, '$1 ')),
  );
/** And a code in capitals (Matrix's `M_BAD_JSON: Bad json.`, TaxStreem's `INVALID_REQUEST: …`). */
const ERROR_CODE = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)+$/;

/** Server text folded to one line, trimmed and bounded; undefined when empty or not text. */
/** The character references HTML escaping writes (`&#39;`, `&#34;`, `&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`). */
const ENTITY = /&(?:#(\d{1,6})|#x([\da-f]{1,5})|(quot|amp|lt|gt|apos));/gi;
const NAMED_ENTITY: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const unescaped = (line: string): string =>
  line.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    const point = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : -1;
    if (name) return NAMED_ENTITY[name.toLowerCase()] ?? entity;
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
  });

export function folded(value: unknown, max = 1200): string | undefined {
  let line = str(value)?.slice(0, max);
  // Text escaped for a page it was never put in (Elide's "Error converting from &#39;String&#39; …"): its characters,
  // which are then judged, and shown, as text; an escaped tag stays markup.
  if (line?.includes('&')) line = unescaped(line);
  // Most server text has no run of whitespace to fold: testing is cheaper than rebuilding the string.
  if (line && /\s\s|[^\S ]/.test(line)) line = line.replace(SUPPORT_LINE, '').replace(/\s+/g, ' ');
  line = line?.trim();
  // Text quoted whole was encoded twice on its way (RabbitMQ's `reason: "\"Not Acceptable\"\n"`): the quotes are no
  // part of it.
  if (line?.startsWith('"') && /^"[^"]+"$/.test(line)) line = line.slice(1, -1).trim();
  if (line?.includes(': ')) line = line.replace(SUPPORT_TAIL, '');
  if (line?.includes(' logged (')) line = line.replace(LOGGED_TAIL, '');
  if (line?.includes(' - version ')) line = line.replace(SIGNATURE_TAIL, '');
  // The device's own code and message labelled after the sentence (Eclipse Kapua's "The device has not found the
  // requested resource. Error Code: NOT_FOUND - Error Message: null") repeat the code for the developer.
  if (line?.includes('Error Code: ')) line = line.replace(/(?<=[.!?]) Error Code: \S+(?: - Error Message: .*)?$/, '');
  if (line?.endsWith(')') && line.includes(' (Root=1-')) line = line.replace(XRAY_ID, '').trimEnd();
  // A pointer to support after " | " is no part of the sentence (RoyaleAPI's "Not found | Additional information and
  // support: http://discord.me/cr_api").
  if (line?.includes(' | ')) line = line.replace(/ \| [^|]*\bhttps?:\/\/.*$/, '');
  // So is one in parentheses, and the request's id after it (NCBI Datasets' "Your request is invalid. (For more help,
  // see the NCBI Datasets Documentation at https://…/docs/) (4063F497…SID.05.1.1)").
  if (line?.endsWith(')') && /\(for /i.test(line))
    line = line.replace(
      / \(for (?:more )?(?:help|information|details)\b[^()]*https?:\/\/[^()\s]*\)(?: \([\w.-]+\))?$/i,
      '',
    );
  // An exception named after the sentence is the developer's part (Traccar's "Device access denied -
  // SecurityException (PermissionsManager:182 < …)"): the person reads what comes before it.
  const tail = line?.includes(' - ') ? line.search(EXCEPTION_TAIL) : -1;
  if (line && tail > 0) line = line.slice(0, tail);
  // So is a parser's report in parentheses after it (Gotenberg's "form field 'pdfua' is invalid (got 'foo', resulting
  // to strconv.ParseBool: parsing "foo": invalid syntax)"); an exception's bare class there names the exception the
  // whole text is (Congress.gov's "cannot access local variable 'bill' … (UnboundLocalError)").
  const paren = line?.endsWith(')') ? line.lastIndexOf(' (') : -1;
  if (line && paren > 0 && !CLASS_IN_PARENS.test(line) && isDeveloperText(line.slice(paren + 2, -1)))
    line = line.slice(0, paren);
  // "Bad Request: failed to process audio", "Error: Email is required": a reason phrase before the
  // sentence only restates the status, and an error number only names it.
  const colon = line ? line.indexOf(': ') : -1;
  const head = line && colon > 0 && colon <= 40 ? line.slice(0, colon) : undefined;
  // So does a generic headline before a sentence of its own ("Invalid input: The request body contains invalid data.",
  // Apify's; zod's "Invalid input: expected string" is one line), unless the whole is a developer's report ("Internal
  // error: `…`"), and tide's label before serde's words ("failed with reason: missing field `msg`").
  if (
    line &&
    head &&
    (isReasonPhrase(head) ||
      ERROR_NUMBER.test(head) ||
      ERROR_CODE.test(head) ||
      isStatusClass(head) ||
      (/[A-Z]/.test(line.charAt(colon + 2)) && GENERIC.test(head) && !isDeveloperText(line)) ||
      /^failed with reason$/i.test(head))
  )
    line = line.slice(colon + 2).trim();
  // Meta's Graph API numbers its errors the same way: "(#131030) Recipient phone number not in allowed list"; and
  // an SDK writes the status before the server's title ("[HTTP 422] Validation Error", Twilio's), and a server its own
  // label of it (Pixabay's "[ERROR 400] Invalid API key.").
  // Kibana's route validation names the part of the request and the path before the validator's words ("[request
  // body]: threshold.field: Array must contain at most 5 element(s)").
  // A worker's context before its report, as a log line's (Xinference's "[address=0.0.0.0:51672, pid=57224] Model not
  // found, uid: …"), is the server's own.
  if (line?.startsWith('(#') || line?.startsWith('['))
    line = line.replace(
      /^(?:\(#\d+\)|\[(?:HTTP|ERROR) \d{3}\]) |^\[request (?:body|query|params|headers?)\]: (?:[\w.[\]-]+: )?|^\[\w+=[^,\]]*(?:, \w+=[^,\]]*)*\] /,
      '',
    );
  // Spring's `ResponseStatusException` writes its status and its name before the reason, in quotes ('405
  // METHOD_NOT_ALLOWED "Request method 'OPTIONS' not supported"').
  const quoted = line && /^[1-5]\d\d [A-Z][A-Z_]+ "(.+)"$/.exec(line)?.[1];
  if (quoted) line = quoted;
  return line ? unbracketed(line) : undefined;
}

/**
 * Capitalised and capped at `max` characters: after its last whole sentence that fits, else after its last
 * whole word, so that no word or link is shown cut (Bitbucket's 401 text runs on to two help links).
 */
export function tidy(line: string, max: number): string {
  const initial = line.charAt(0).toUpperCase();
  if (initial !== line.charAt(0)) line = initial + line.slice(1);
  // Cut after capitalising, which can lengthen it ('ß' is 'SS').
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentence > 0) return cut.slice(0, sentence + 1);
  const word = cut.lastIndexOf(' ', max - 1);
  return (word > max / 2 ? cut.slice(0, word) : cut.slice(0, max - 1)).trimEnd() + '…';
}

/**
 * Server text fit to show a person as the error's message: a sentence, not a code, a reason phrase, a
 * generic summary, developer text or markup. Whitespace folded, capped, first letter capitalised.
 */
export function sentence(value: unknown, max = 300): string | undefined {
  const line = folded(value, max * 4);
  if (!line || quality(line) !== 'sentence') return undefined;
  const cut = tidy(line, max);
  // A cut line can read as boilerplate ("Cannot GET /a/long/path…"), so cleaning twice changes nothing.
  return cut === line || quality(cut) === 'sentence' ? cut : undefined;
}

/**
 * Whether text may stand as an error about no field: a sentence, or a line naming which input is wrong, which says
 * what the request lacked though not in a person's words (two such lines are still two problems).
 */
export function isFormLine(value: unknown): boolean {
  const line = folded(value);
  return line !== undefined && (sentence(line) !== undefined || namesOnlyAnInput(line));
}

/**
 * Text fit to show beside one field: shorter text passes here than as a message ("Required", "is
 * invalid"), but never a code or markup. Field messages are not searched for developer text: a
 * validator writes them for the field, and a body holds hundreds of them.
 */
export function fieldMessage(value: unknown, max = 300): string | undefined {
  const line = folded(value, max * 4);
  return line && isFieldText(line) ? tidy(line, max) : undefined;
}

/** Whether text reads as prose: two words in small letters at least, as no code, name or number does. */
export const isProse = (value: unknown): value is string =>
  typeof value === 'string' && /\b[a-z]{2,}\b.*\s[a-z]{2,}\b/.test(value);

/** Whether folded text may stand beside a field: not markup, not a code. */
export function isFieldText(line: string): boolean {
  if (line.includes('<') && TAG.test(line)) return false;
  // One token: a code when it has separators, digits, inner capitals or is all capitals.
  return /\s/.test(line) || CASELESS.test(line) || (ONE_WORD.test(line) && !/^[A-Z]{2,}/.test(line));
}

/**
 * Text made safe to show, judging its wording less: what the app's own parsers return. The app chose
 * those words, so a single word stays; markup, developer text and a bare reason phrase do not.
 */
export function plainText(value: unknown, max = 300): string | undefined {
  const line = folded(value, max * 4);
  const kind = line === undefined ? undefined : quality(line);
  return line && kind && kind !== 'markup' && kind !== 'developer' && kind !== 'reason' ? tidy(line, max) : undefined;
}

/** Developer-only text: kept verbatim (a stack trace needs its lines) but capped. */
export function detailText(value: unknown): string | undefined {
  const found = str(value)?.trim();
  return found && (found.length > DETAILS_MAX ? found.slice(0, DETAILS_MAX) + '\n…' : found);
}
