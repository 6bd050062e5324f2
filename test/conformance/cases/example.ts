import type { ConformanceCase } from '../types';

// The shape every case file follows: one default export, an array of cases from public material.
export default [
  {
    id: 'rfc9457/out-of-credit',
    source: 'RFC 9457 (Problem Details for HTTP APIs)',
    url: 'https://www.rfc-editor.org/rfc/rfc9457#section-3',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'en' },
      body: {
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
        balance: 30,
        accounts: ['/account/12345', '/account/67890'],
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Your current balance is 30',
      code: 'https://example.com/probs/out-of-credit',
    },
  },
  {
    id: 'rfc9457/validation-errors-extension',
    source: 'RFC 9457 (Problem Details for HTTP APIs)',
    url: 'https://www.rfc-editor.org/rfc/rfc9457#section-3',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'en' },
      body: {
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        errors: [
          { detail: 'must be a positive integer', pointer: '#/age' },
          { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Your request is not valid',
      fields: [
        ['age', 'positive integer'],
        ['profile.color', "'green', 'red' or 'blue'"],
      ],
    },
  },
] satisfies ConformanceCase[];
