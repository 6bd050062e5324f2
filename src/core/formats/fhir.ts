import { fieldError } from '../fieldErrors';
import { fieldPath } from '../fieldPath';
import { fieldMessage, isDeveloperText, quality, saysRefused, sentence } from '../text';
import type { ApiFieldError, ParsedError } from '../types';
import { isObject, str, type Loose } from '../util';
import type { ErrorFormat } from './format';

/** A FHIRPath begins with the resource's type (`Patient.name[0].given`): the form's field is what follows. */
const elementOf = (expression: unknown): string | undefined =>
  typeof expression === 'string' ? fieldPath(expression.replace(/^[A-Z]\w*\./, '')) : undefined;

/**
 * HL7 FHIR's OperationOutcome, what every FHIR server answers an error with (HAPI FHIR, Microsoft's FHIR server,
 * Medplum): `{ resourceType: "OperationOutcome", issue: [{ severity, code, details: { text }, diagnostics,
 * expression: ["Patient.name[0].given"] }] }`. Each error issue is an error item: its text is `details.text`, else its
 * code's `display` (a CodeableConcept's text, else its coding's: NHS Spine's "Resource Id is invalid"), else
 * `diagnostics` (which servers fill with their own sentence, HAPI's "HAPI-2001: Resource Patient/1 is not known");
 * its `expression` (or the older `location`) names the element, and that coding's code is its code (`issue.code` is
 * FHIR's own category). A lone issue about no element is the message.
 * https://hl7.org/fhir/operationoutcome.html
 */
/** FHIR's XML repeats an element where its JSON has a list: one element, read from XML, is a list of one. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value.slice(0, 100) : [value]);

function read({ issue }: Loose): ParsedError {
  const issues: Loose[] = listOf(issue).filter(isObject);
  const errors = issues.filter((item) => item.severity === 'error' || item.severity === 'fatal');
  const fieldErrors: ApiFieldError[] = [];
  const developer: string[] = [];
  const reported = errors.length ? errors : issues;
  for (const item of reported) {
    const [coding]: Loose[] = listOf(item.details?.coding).filter(isObject);
    const message = fieldMessage(item.details?.text) ?? fieldMessage(coding?.display) ?? fieldMessage(item.diagnostics);
    const at: unknown = listOf(item.expression ?? item.location)[0];
    // A parser's words (Microsoft's "type (at Cannot locate type information for type '')") are for developers.
    if (message && isDeveloperText(message)) developer.push(message);
    else if (message) fieldErrors.push(fieldError(elementOf(at), message, str(coding?.code)));
  }
  const lone = fieldErrors.length === 1 && !fieldErrors[0]?.field ? fieldErrors[0] : undefined;
  // The 401's phrase in other words under FHIR's `forbidden` says what was refused (Canvas Medical's "Authorization
  // failed"), as it does beside a 403.
  const refused = lone && saysRefused(lone.message) && reported[0]?.code === 'forbidden';
  const message = sentence(lone?.message) ?? (refused ? lone.message : undefined);
  // A lone issue that says only that the request failed (NHS Immunisation's "Invalid operation.") is no form error:
  // the kind's default says as much, and its code stays.
  const said = lone && !message ? quality(lone.message) : undefined;
  const parsed: ParsedError =
    message || said === 'generic' || said === 'reason'
      ? { message, code: lone?.code, fieldErrors: [] }
      : { fieldErrors };
  if (developer.length) parsed.details = developer.join('\n');
  return parsed;
}

export const fhir: ErrorFormat = {
  name: 'fhir',
  keys: ['resourceType'],
  test: (b) => b.resourceType === 'OperationOutcome',
  read,
};
