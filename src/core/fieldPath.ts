// FastAPI's `loc` starts with where the value came from; that is transport, not the field.
const LOCATION = /^(?:body|query|path|header|cookie)$/;
// Keys frameworks use for messages about the whole form.
const FORM_LEVEL = /^(?:non_field_errors|__all__|formErrors|_errors|root|base|\$)$/;

/**
 * The canonical path of a field: dot-joined with numeric indices (`items.0.name`). Reads JSON
 * Pointers with or without `#` (RFC 9457; JSON:API's `/data/attributes/x`), JSONPath (`$.a[0]`),
 * bracket paths (`a[0].b`, Stripe's `a[b][c]`) and segment arrays (FastAPI `loc`, Zod `path`).
 * Undefined for form-level keys and empty paths.
 */
export function fieldPath(path: unknown): string | undefined {
  let parts: string[];
  if (Array.isArray(path)) {
    parts = path.slice(0, 32).map((part) => String(part?.key ?? part));
    if (LOCATION.test(parts[0]!)) parts.shift();
  } else if (typeof path === 'string' || typeof path === 'number') {
    const line = String(path).slice(0, 500).replace(/^#/, '');
    if (line[0] === '/') {
      parts = line.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (parts[0] === 'data' && (!parts[1] || /^(?:attributes|relationships)$/.test(parts[1]))) parts.splice(0, 2);
    } else parts = line.replace(/^\$/, '').split(/[.[\]'"]+/);
  } else return undefined;
  const joined = parts.filter(Boolean).join('.');
  return joined && !FORM_LEVEL.test(joined) ? joined : undefined;
}
