import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/core/fieldPath';

describe('fieldPath', () => {
  it.each([
    ['dot paths with numeric indices (Laravel)', 'items.0.qty', 'items.0.qty'],
    ['a plain name', 'email', 'email'],
    ['a number', 0, '0'],
    ['bracket indices (express-validator, Spring, Google)', 'addresses[0].street', 'addresses.0.street'],
    ['bracket indices mid-path', 'emailAddresses[1].email', 'emailAddresses.1.email'],
    ['ASP.NET model keys keep their case', 'Items[0].Name', 'Items.0.Name'],
    ["Stripe's form-encoding brackets", 'shipping[address][line1]', 'shipping.address.line1'],
    ['a JSON Pointer in URI-fragment form (RFC 9457)', '#/age', 'age'],
    ['a nested URI-fragment pointer', '#/profile/color', 'profile.color'],
    ['a JSON Pointer without #, with an index', '/items/0/name', 'items.0.name'],
    ['JSON:API attributes', '/data/attributes/firstName', 'firstName'],
    ['JSON:API relationships', '/data/relationships/author', 'author'],
    ['JSON:API nested attributes', '/data/attributes/address/zip', 'address.zip'],
    ['a pointer through a data member that is not JSON:API', '/data/items/0', 'data.items.0'],
    ['RFC 6901 escapes, ~1 before ~0', '/a~1b/c~0d/e~01', 'a/b.c~d.e~1'],
    ['JSONPath (ASP.NET deserialization)', '$.items[0].qty', 'items.0.qty'],
    ['JSONPath with a quoted member', "$['first name']", 'first name'],
    ['FastAPI loc with its location removed', ['body', 'items', 0, 'name'], 'items.0.name'],
    ['FastAPI query loc', ['query', 'limit'], 'limit'],
    ['FastAPI header loc', ['header', 'x-api-key'], 'x-api-key'],
    ['a Zod path', ['address', 'zip'], 'address.zip'],
    ['Standard Schema path segments', [{ key: 'items' }, { key: 1 }, 'name'], 'items.1.name'],
    [
      'Google Ads field path elements, each a name with its index',
      [{ fieldName: 'operations', index: 0 }, { fieldName: 'remove' }, { fieldName: 'user_identifiers', index: 2 }],
      'operations.0.remove.user_identifiers.2',
    ],
    ['a segment array whose first segment only looks like a location later', ['user', 'body'], 'user.body'],
  ])('%s', (_name, input, expected) => {
    expect(fieldPath(input)).toBe(expected);
  });

  it.each([
    ['non_field_errors (DRF)', 'non_field_errors'],
    ['__all__ (Django forms)', '__all__'],
    ['formErrors (Zod flatten)', 'formErrors'],
    ['_errors (Zod format, Discord)', '_errors'],
    ['root (react-hook-form)', 'root'],
    ['base (Rails)', 'base'],
    ['$ (the JSONPath root)', '$'],
    ['the whole-document pointer', '#/'],
    ['an empty fragment', '#'],
    ['the empty string', ''],
    ['a loc that is only its location', ['body']],
    ['an empty segment array', []],
    ['JSON:API /data itself', '/data'],
    ['JSON:API /data/attributes itself', '/data/attributes'],
  ])('%s is form-level', (_name, input) => {
    expect(fieldPath(input)).toBeUndefined();
  });

  it('is undefined for values that are not paths', () => {
    for (const value of [undefined, null, true, {}, () => 'x']) expect(fieldPath(value)).toBeUndefined();
  });

  it('bounds very long paths', () => {
    expect(fieldPath('a.'.repeat(1000))!.length).toBeLessThanOrEqual(500);
    expect(fieldPath(Array.from({ length: 100 }, (_, i) => `k${i}`))!.split('.')).toHaveLength(32);
  });
});
