import { asText } from './asText';

/**
 * A field's path to something of the form's: the id of its control (`fieldIds`), its label
 * (`fieldLabels`) or its name in a form library (`fieldNames`). A record's keys may spell a field
 * in any case and notation (`Email`, `items[0].name`); a function receives the field's name as
 * `fieldName` gives it (`email`, `items.0.name`).
 */
export type FieldPathMapping = Readonly<Record<string, string>> | ((path: string) => string | undefined);

/** A field as the components and hooks resolve it. */
export interface ResolvedField {
  /** The same for every spelling of one field (`Items[0].Name`, `items.0.name`): lower case, dots. */
  key: string;
  /** The id of its control: `fieldIds`'s answer, else `fieldName(path)`. */
  id: string;
  /** Its label, from `fieldLabels`. */
  label: string | undefined;
}

/**
 * The name a form knows a server's field by, and by default the id of its control: the path in dots
 * (`Items[0].Name`, `items['0'].name` → `items.0.name`), each segment in camelCase as ASP.NET's JSON
 * serializer (System.Text.Json) names the property the browser sent: `Email` → `email`, `IPAddress` →
 * `ipAddress`, `URL` → `url`. ASP.NET reports a field by its C# name, while the form sent it, and
 * calls it, by the JSON name. `first_name` and `firstName` stay as they are.
 */
export const fieldName = (path: string): string =>
  path
    .split(/[.[\]'"]+/)
    .filter(Boolean)
    // A run of capitals is lowered, but for its last when lower case follows: that one starts the next word.
    .map((segment) => segment.replace(/^[A-Z](?:[A-Z]*(?![a-z]))?/, (capitals) => capitals.toLowerCase()))
    .join('.');

/** A path that is already a name (`email`, `items.0.name`): no capital, bracket, quote or empty segment. */
const IS_NAME = /^[^A-Z[\]'".]+(?:\.[^A-Z[\]'".]+)*$/;

/**
 * What a mapping says for a field's name: a function's answer, or the entry of a record whose key
 * (own keys only) spells the same field; undefined when it says nothing or answers with anything but
 * text. A record is indexed once, so a summary of a thousand fields reads it a thousand times cheaply;
 * a mapping that throws says nothing.
 */
export function fieldMapping(mapping: unknown): (name: string) => string | undefined {
  const index = new Map<string, unknown>();
  try {
    if (typeof mapping === 'object' && mapping)
      for (const key of Object.keys(mapping)) {
        const name = fieldName(key).toLowerCase();
        if (!index.has(name)) index.set(name, (mapping as Record<string, unknown>)[key]);
      }
  } catch {
    // A Proxy or a throwing getter: the entries read so far.
  }
  return (name) => {
    try {
      return asText(typeof mapping === 'function' ? mapping(name) : index.get(name.toLowerCase()));
    } catch {
      return undefined;
    }
  };
}

/**
 * The one way the kit resolves a field. `ErrorSummary`'s links and labels and the match and control
 * id of `FieldError` and `useFieldError` come from here, and the form helpers (react-hook-form,
 * TanStack Form, Conform, Formik) name fields with `fieldName` and `fieldMapping` (see
 * `fieldMessages`), so one error names one control everywhere. Paths match whatever their case and
 * notation; mappings are read once per resolver. Never throws.
 */
export function fieldResolver(fieldIds: unknown, fieldLabels?: unknown): (path: string) => ResolvedField {
  const idOf = fieldMapping(fieldIds);
  const labelOf = fieldMapping(fieldLabels);
  return (path) => {
    // Most paths are already names: a summary of a thousand fields skips the splitting.
    const name = typeof path !== 'string' ? '' : IS_NAME.test(path) ? path : fieldName(path);
    return { key: name.toLowerCase(), id: idOf(name) || name, label: labelOf(name) || undefined };
  };
}
