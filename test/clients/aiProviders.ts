import { caseScenario as fromCase } from './vendor';

// The AI providers' own error responses from the conformance corpus, served to their SDKs and to the AI SDK's
// providers alike. OpenAI, Ollama and Anthropic answer every error with `application/json`; the cases that show
// the body only get that header. No `x-request-id`/`request-id` header is added: those sources do not show one.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

export const openaiScenarios = [
  // 'openai/rate-limit-rpm-try-again-20s': https://github.com/feder-cr/invisible_playwright_mcp/issues/249
  fromCase('openai/rate-limit-rpm-try-again-20s', JSON_TYPE),
  // 'openai/insufficient-quota': https://github.com/alexrudall/ruby-openai/issues/501
  fromCase('openai/insufficient-quota', JSON_TYPE),
  // 'openai/context-length-exceeded': https://github.com/chathub-dev/chathub/issues/126
  fromCase('openai/context-length-exceeded', JSON_TYPE),
  // 'openai/model-overloaded-503': https://github.com/ikechan8370/chatgpt-plugin/issues/125
  fromCase('openai/model-overloaded-503', JSON_TYPE),
];

// 'ollama/openai-compatible-not-found': https://github.com/netease-youdao/QAnything/issues/555 (an
// OpenAI-compatible server a client is pointed at)
export const ollamaScenario = fromCase('ollama/openai-compatible-not-found', JSON_TYPE);

export const anthropicScenarios = [
  // 'anthropic/rate-limit-headers-requests-exhausted': https://github.com/anthropics/anthropic-sdk-typescript/issues/357
  // (headers only, empty body)
  fromCase('anthropic/rate-limit-headers-requests-exhausted'),
  // 'anthropic/overloaded-529': https://github.com/anthropics/anthropic-sdk-typescript/issues/616
  fromCase('anthropic/overloaded-529'),
  // 'anthropic/roles-must-alternate':
  // anthropics/skills/skills/claude-api/shared/error-codes.md@0da71c3b54277f20e96146648444590eab1dc82c
  fromCase('anthropic/roles-must-alternate', JSON_TYPE),
  // 'anthropic/rate-limit-body-request-id': https://github.com/JuliusBrussee/caveman/issues/495
  fromCase('anthropic/rate-limit-body-request-id', JSON_TYPE),
];
