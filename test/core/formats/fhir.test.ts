import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { normalize } from './fixture';

describe('fhir', () => {
  it('an issue about an element is that field’s error; the FHIRPath loses its resource type', () => {
    const error = normalize('OperationOutcome validationfail (422)');
    expect(error).toMatchObject({ kind: 'validation', format: 'fhir', messageSource: 'default' });
    expect(error.fieldErrors).toEqual([
      { field: 'identifier', message: 'Error parsing resource XML (Unknown Content "label"' },
    ]);
  });
  it('a server’s database failure is for developers: the default message, the text in details', () => {
    const error = normalize('OperationOutcome exception (500)');
    expect(error).toMatchObject({ kind: 'server', format: 'fhir', messageSource: 'default', fieldErrors: [] });
    expect(error.details).toContain('SQL Link Communication Error');
  });
  it('warnings are not errors, and an issue’s `details.text` is read before its `diagnostics`', () => {
    const error = normalizeError({
      status: 400,
      headers: {},
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          { severity: 'warning', code: 'informational', diagnostics: 'The resource has no narrative.' },
          {
            severity: 'error',
            code: 'required',
            details: { text: 'A family name is required.' },
            diagnostics: 'Patient.name.family: minimum required = 1, but only found 0',
            expression: ['Patient.name[0].family'],
          },
        ],
      },
    });
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([{ field: 'name.0.family', message: 'A family name is required.' }]);
  });
});
