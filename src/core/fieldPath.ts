// Where a value came from in the request (FastAPI's `loc`, Huma's `location`, webargs' `json` and `files` in
// flask-smorest's `errors: { json: { title: [...] } }`, Foal's `pathParams`, Flask-Pydantic's `query_params` and
// `body_params`): transport, not the field.
const LOCATION =
  /^(?:body|query|path|header|headers|cookie|cookies|form|payload|params|parameters|querystring|json|files|(?:path|query|body)(?:Params|_params))$/;
// Keys frameworks use for messages about the whole form (FundraisingBox's `field: "global_error"`, Django REST
// framework's `non_field_errors` camel-cased as MetaMetrics' `nonFieldErrors`), the system's own (pixiv's `errors: {
// system: { message, code } }`), Flask-Rebar's `_general`, and "n/a", which names no field (Fitbit's `fieldName:
// "n/a"`).
const FORM_LEVEL =
  /^(?:non_field_errors|nonFieldErrors|__all__|_general|formErrors|form_errors|global_?errors?|globalErrors?|_errors|system|_schema|root|base|\$|\*|\.|[nN]\/[aA])$/;

const WHOLE_PART = /^(?:body|query|path|headers?|cookies?)$/;

/** Whether a key names where in the request values came from (`body`, `query`, webargs' `json`), not a field. */
export const isLocation = (key: string): boolean => LOCATION.test(key);
/** Whether a key holds messages about the whole form (`non_field_errors`, `_errors`, `base`, …). */
export const isFormLevel = (key: string): boolean => FORM_LEVEL.test(key);
// A Java method argument in a bean-validation path (`createUser.arg0.email`): it and the method before it go.
const METHOD_ARGUMENT = /^arg\d+$/;

/**
 * A segment of a path given as a list: a name or an index, or an object naming one (`{ key }`), or both (Google Ads'
 * `fieldPathElements: [{ fieldName: "operations", index: 0 }, { fieldName: "remove" }]`).
 */
const segments = (part: unknown): string[] => {
  if (typeof part !== 'object' || part === null) return [String(part)];
  const { key, fieldName, index } = part as { key?: unknown; fieldName?: unknown; index?: unknown };
  const name = String(key ?? fieldName ?? '');
  return typeof index === 'number' ? [name, String(index)] : [name];
};

/**
 * The canonical path of a field: dot-joined with numeric indices (`items.0.name`). Reads JSON
 * Pointers with or without `#` (RFC 9457; JSON:API's `/data/attributes/x`), JSONPath (`$.a[0]`,
 * `$['a']`), JSON Schema's `instancePath` (`/a` or `.a`), bracket paths (`a[0].b`, Stripe's
 * `a[b][c]`), bean-validation paths (`create.arg0.name`) and segment arrays (FastAPI `loc`, Zod
 * `path`). Undefined for form-level keys and empty paths.
 */
export function fieldPath(path: unknown): string | undefined {
  // The common case, a plain name (`email`, `first_name`): nothing to split or strip.
  if (typeof path === 'string' && /^[A-Za-z_][\w-]*$/.test(path)) return FORM_LEVEL.test(path) ? undefined : path;
  let parts: string[];
  if (Array.isArray(path)) {
    parts = path.slice(0, 32).flatMap(segments);
  } else if (typeof path === 'string' || typeof path === 'number') {
    // An OpenAPI runtime expression with where the parser stood (Kappa's `$request.body#/country (line 1, position
    // 13)`): the pointer into the part it names.
    const line = String(path)
      .slice(0, 500)
      .trim()
      .replace(/^\$request\.(?:body|query|path|header|cookie)(?=#| \(|$)| \(line \d+, position \d+\)$/g, '')
      .replace(/^#/, '');
    // Five words and more are a sentence, not a name (EnPowered's JSON:API `meta: "Can't reactivate meter because …"`).
    if (/(?:\S+ ){4}\S/.test(line)) return undefined;
    if (line[0] === '/') {
      parts = line
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (parts[0] === 'data' && (!parts[1] || /^(?:attributes|relationships)$/.test(parts[1]))) parts.splice(0, 2);
      // JSONPath's root is `$` before a `.` or `[`, and npm jsonschema's is `instance` (Bankson's
      // `instance.recipient_name`); a name that begins with `$` (Mixpanel's `$insert_id`) keeps it.
    } else parts = line.replace(/^(?:\$|instance)(?=[.[])/, '').split(/[.[\]'"]+/);
  } else return undefined;
  parts = parts.filter(Boolean);
  // `["body"]` is the whole body; a lone string `"query"` is a field of that name.
  // A location alone in a list is the whole part (FastAPI's `loc: ["body"]`), unless it could be an input's name: zod's
  // `path: ["payload"]` is the field `payload` (Zamp).
  // In a dotted name, `payload` is a member of the record (InvenioRDM's comment `payload.content`), not where it
  // came from.
  if (
    (parts.length > 1 || (Array.isArray(path) && WHOLE_PART.test(parts[0] ?? ''))) &&
    LOCATION.test(parts[0] ?? '') &&
    (Array.isArray(path) || parts[0] !== 'payload')
  )
    parts.shift();
  // An ASP.NET action's argument before the model's members (R+L Carriers' `request.RateQuote.Items`, as ModelState's
  // `model.Email`): C# names its parameters in camelCase and its properties in PascalCase.
  if (
    parts.length > 1 &&
    /^[a-z][A-Za-z]*$/.test(parts[0] ?? '') &&
    /^[A-Z]/.test(parts[1] ?? '') &&
    parts.every((part, at) => at === 0 || /^(?:[A-Z]|\d+$)/.test(part))
  )
    parts.shift();
  const argument = parts.findIndex((part) => METHOD_ARGUMENT.test(part));
  // A path that ends at the argument (Dependency-Track's `tagProjects.arg1`) names the whole body: form-level.
  if (argument > 0) parts = parts.slice(argument + 1);
  const joined = parts.join('.');
  return joined && !FORM_LEVEL.test(joined) ? joined : undefined;
}
