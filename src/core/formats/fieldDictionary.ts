import { isFieldMapBody } from '../fieldErrors';
import type { ErrorFormat } from './format';

/**
 * Rails and Django REST framework: a body that is a map of field to messages, whatever its fields are
 * called: `{ "title": ["This field is required."], "description": ["…"] }` is not a Message/Description
 * body. https://www.django-rest-framework.org/api-guide/exceptions/
 */
export const fieldDictionary: ErrorFormat = {
  name: 'field-dictionary',
  keys: [],
  test: isFieldMapBody,
};
