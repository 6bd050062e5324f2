import { fieldMessages, type FieldMessagesOptions } from '../react/fieldMessages';
import { own } from './notation';

/** Formik's `errors`: nested like the values, lists for list fields (`{ items: [{ name: '…' }] }`). */
export interface FormikErrorTree {
  [name: string]: string | FormikErrorTree | (FormikErrorTree | string | undefined)[] | undefined;
}

/** What `toFormikErrors` gives: field messages for `setErrors`, the rest for `setStatus`. */
export interface FormikServerErrors {
  errors: FormikErrorTree;
  /** Messages about the whole form, joined (Formik has no form-level error; `status` is its place for one). */
  status: string | undefined;
}

/** The two Formik helpers that `applyFormikErrors` calls: the second argument of `onSubmit` has both. */
export interface FormikErrorHelpers {
  setErrors: (errors: FormikErrorTree) => void;
  setStatus: (status?: unknown) => void;
}

// List indices up to this become array slots; a larger number is kept as a key, not a huge sparse list.
const INDEX = /^\d{1,6}$/;

type Node = Record<string, unknown> | unknown[];
const slot = (node: Node, key: string): unknown =>
  Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
const set = (node: Node, key: string, value: unknown) =>
  Array.isArray(node) && INDEX.test(key) ? (node[+key] = value) : own(node as Record<string, unknown>, key, value);

/**
 * A failed submit as Formik's nested `errors` (`items.0.name` or `items[0].name` becomes
 * `{ items: [{ name }] }`, which `getIn(errors, 'items[0].name')` and `<ErrorMessage>` read) and
 * the form-level messages as `status`. A message whose path runs into another field's message
 * (`items` and `items.0.name`) cannot sit in the tree and joins `status`, so none is lost.
 */
export function toFormikErrors(error: unknown, options?: FieldMessagesOptions): FormikServerErrors {
  const errors: FormikErrorTree = {};
  const forForm: string[] = [];
  for (const { name, message } of fieldMessages(error, options)) {
    const path = name?.split(/[.[\]]+/).filter(Boolean) ?? [];
    let node: Node = errors;
    let placed = path.length > 0;
    for (let index = 0; placed && index < path.length - 1; index++) {
      const segment = path[index] ?? '';
      const next = slot(node, segment);
      if (next === undefined) {
        // Formik keeps list fields' errors in lists, indexed like the values.
        const child: Node = INDEX.test(path[index + 1] ?? '') ? [] : {};
        set(node, segment, child);
        node = child;
      } else if (typeof next === 'object' && next) node = next as Node;
      else placed = false;
    }
    const last = path[path.length - 1] ?? '';
    const current = placed ? slot(node, last) : undefined;
    if (placed && current === undefined) set(node, last, message);
    else if (placed && typeof current === 'string') set(node, last, `${current} ${message}`);
    else forForm.push(message);
  }
  return { errors, status: forForm.length ? forForm.join(' ') : undefined };
}

/**
 * Puts a failed submit's messages where Formik shows them: `setErrors` with the nested field
 * messages, `setStatus` with the form-level ones (or `undefined`, clearing an earlier one).
 * Returns what it set.
 */
export function applyFormikErrors(
  error: unknown,
  helpers: FormikErrorHelpers,
  options?: FieldMessagesOptions,
): FormikServerErrors {
  const result = toFormikErrors(error, options);
  // A catch block must not throw again: helpers that are not Formik's are left alone.
  if (typeof helpers?.setErrors === 'function') helpers.setErrors(result.errors);
  if (typeof helpers?.setStatus === 'function') helpers.setStatus(result.status);
  return result;
}
