// No 'use client': pure functions, callable from a server action or a loader (Conform's reply is made there).
export { toTanStackFormErrors } from './tanstackForm';
export { toConformErrors } from './conform';
export { applyFormikErrors, toFormikErrors } from './formik';

export type { FieldMessagesOptions } from '../react/fieldMessages';
export type { FieldPathMapping } from '../react/fieldResolver';
export type { TanStackFormErrors } from './tanstackForm';
export type { ConformErrors } from './conform';
export type { FormikErrorHelpers, FormikErrorTree, FormikServerErrors } from './formik';
