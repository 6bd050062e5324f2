import { DEFAULT, type ConformanceCase } from '../types';

// AI APIs, backend-as-a-service and identity providers. Every body and header below was copied from the
// public material named in `url` (issue threads that paste a captured response, official docs, vendor SDK
// fixtures). Python-repr dumps (`'x': None`) were turned into JSON; nothing else was changed unless `note` says so.
export default [
  // ───────────────────────────── OpenAI ─────────────────────────────
  {
    id: 'openai/rate-limit-rpm-try-again-20s',
    source: 'OpenAI',
    url: 'https://github.com/feder-cr/invisible_playwright_mcp/issues/249',
    note: 'Body pasted by the openai-python client ("Error code: 429 - {...}"), Python repr turned into JSON. The only wait is in the sentence ("Please try again in 20s").',
    response: {
      status: 429,
      body: {
        error: {
          message:
            'Rate limit reached for gpt-4o-mini in organization org-OOhFjD3fpmItZTQAxWOQx11o on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more. You can increase your rate limit by adding a payment method to your account at https://platform.openai.com/account/billing.',
          type: 'requests',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit reached for gpt-4o-mini',
      retry: 20,
      code: 'rate_limit_exceeded',
    },
  },
  {
    id: 'openai/insufficient-quota',
    source: 'OpenAI',
    url: 'https://github.com/alexrudall/ruby-openai/issues/501',
    note: 'The issue shows the body only; the 429 status is the one OpenAI sends with insufficient_quota (wrtnlabs/autobe#136 shows "RateLimitError: 429 You exceeded your current quota"). A quota code is rate-limited on any status; no wait is given.',
    response: {
      status: 429,
      body: {
        error: {
          message:
            'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'You exceeded your current quota', code: 'insufficient_quota' },
  },
  {
    id: 'openai/context-length-exceeded',
    source: 'OpenAI',
    url: 'https://github.com/chathub-dev/chathub/issues/126',
    note: 'Status 400 from crewAIInc/crewAI-examples#121, which shows the same body after "Error code: 400". Ambiguous: the single error object carries `param: "messages"`; rule 3 finds field errors in lists and maps, not in a lone envelope object, so no field is expected and the 400 is bad-request. If a lone `param` were read as a field, the kind would be validation. Re-derived under the changed rule 3 (an error object about one field): see README, rule changes.',
    response: {
      status: 400,
      body: {
        error: {
          message:
            "This model's maximum context length is 4097 tokens. However, your messages resulted in 4294 tokens. Please reduce the length of the messages.",
          type: 'invalid_request_error',
          param: 'messages',
          code: 'context_length_exceeded',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'maximum context length is 4097 tokens',
      fields: [['messages', 'maximum context length']],
      code: 'context_length_exceeded',
    },
  },
  {
    id: 'openai/model-overloaded-503',
    source: 'OpenAI',
    url: 'https://github.com/ikechan8370/chatgpt-plugin/issues/125',
    note: 'Logged as "ChatGPT error 503: {...}". The request id sits inside the sentence, not in a member or header, so no logId is stated.',
    response: {
      status: 503,
      body: {
        error: {
          message:
            'That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists. (Please include the request ID 500d9fff2057e4af93a280f67002c342 in your message.)',
          type: 'server_error',
          param: null,
          code: null,
        },
      },
    },
    expect: { kind: 'unavailable', message: 'That model is currently overloaded' },
  },

  // ───────────────────────────── Anthropic ─────────────────────────────
  {
    id: 'anthropic/rate-limit-headers-requests-exhausted',
    source: 'Anthropic',
    url: 'https://github.com/anthropics/anthropic-sdk-typescript/issues/357',
    note: 'The issue pastes only the headers of a rate-limited response (no body; the status is the 429 the thread is about). `content-length: 305` left out because the body is not shown. No retry-after: requests are exhausted (remaining 0) and reset at 20:00:00Z, one second after the Date header; tokens are not exhausted. Ambiguous: the reset values are RFC 3339 timestamps, which rule 4.3 does not spell out (it speaks of epoch or delta numbers).',
    response: {
      status: 429,
      headers: {
        'anthropic-ratelimit-requests-limit': '5',
        'anthropic-ratelimit-requests-remaining': '0',
        'anthropic-ratelimit-requests-reset': '2024-03-26T20:00:00Z',
        'anthropic-ratelimit-tokens-limit': '25000',
        'anthropic-ratelimit-tokens-remaining': '16000',
        'anthropic-ratelimit-tokens-reset': '2024-03-26T20:00:00Z',
        'cf-cache-status': 'DYNAMIC',
        'cf-ray': '86a9b96cdac90359-MIA',
        connection: 'keep-alive',
        'content-type': 'application/json',
        date: 'Tue, 26 Mar 2024 19:59:59 GMT',
        'request-id': 'req_01T5fCVnYdf9X5ZW6KayReBK',
        server: 'cloudflare',
        via: '1.1 google',
        'x-cloud-trace-context': 'ae6af598607da922ea75fbb21d9c3bd6',
        'x-should-retry': 'true',
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 1, logId: 'req_01T5fCVnYdf9X5ZW6KayReBK' },
  },
  {
    id: 'anthropic/overloaded-529',
    source: 'Anthropic',
    url: 'https://github.com/anthropics/anthropic-sdk-typescript/issues/616',
    note: 'Headers and raw body as printed by the SDK ("InternalServerError: 529 {...}"); the body is exactly the 75 bytes of content-length. "Overloaded" is one plain word, not a code by rule 2.1 (no `_`, `.`, camel case or capitals), so it is taken as the message. Re-derived under the changed rule 2.1 (a lone word is not a message): see README, rule changes.',
    response: {
      status: 529,
      headers: {
        'cache-control': 'no-store, no-cache',
        'cf-cache-status': 'DYNAMIC',
        'cf-ray': '8e695a03eed4f9fd-SJC',
        connection: 'keep-alive',
        'content-length': '75',
        'content-type': 'application/json',
        date: 'Fri, 22 Nov 2024 13:44:10 GMT',
        'request-id': 'req_01RCc7MbLyQNtGKzBTv8VCep',
        server: 'cloudflare',
        via: '1.1 google',
        'x-robots-tag': 'none',
        'x-should-retry': 'true',
      },
      body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    },
    expect: { kind: 'unavailable', message: DEFAULT, logId: 'req_01RCc7MbLyQNtGKzBTv8VCep', code: 'overloaded_error' },
  },
  {
    id: 'anthropic/roles-must-alternate',
    source: 'Anthropic',
    url: 'anthropics/skills/skills/claude-api/shared/error-codes.md@0da71c3b54277f20e96146648444590eab1dc82c',
    note: 'The "messages:" prefix is text, not structure, so there is no field error. The body carries its own request_id.',
    response: {
      status: 400,
      body: {
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: 'messages: roles must alternate between "user" and "assistant"',
        },
        request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'roles must alternate',
      logId: 'req_011CSHoEeqs5C35K2UUqR7Fy',
      code: 'invalid_request_error',
    },
  },
  {
    id: 'anthropic/rate-limit-body-request-id',
    source: 'Anthropic',
    url: 'https://github.com/JuliusBrussee/caveman/issues/495',
    note: 'Printed as "Error: 429 {...}" (terminal line wraps removed). No retry-after is shown and "try again later" names no duration.',
    response: {
      status: 429,
      body: {
        type: 'error',
        error: {
          type: 'rate_limit_error',
          message: "This request would exceed your account's rate limit. Please try again later.",
        },
        request_id: 'req_011CbjJRMBzCkxpufLBE7DHV',
      },
    },
    expect: {
      kind: 'rate-limited',
      message: "would exceed your account's rate limit",
      logId: 'req_011CbjJRMBzCkxpufLBE7DHV',
    },
  },

  // ───────────────────────────── Azure OpenAI ─────────────────────────────
  {
    id: 'azure-openai/token-rate-limit-retry-after-in-text',
    source: 'Azure OpenAI',
    url: 'https://github.com/jasonacox/TinyLLM/issues/17',
    note: 'Azure\'s own body as LiteLLM quotes it inside its wrapper ("AzureException RateLimitError - Error code: 429 - {...}"); the wrapper is trimmed. The only wait is the sentence: 86400 s, exactly the one-day clamp.',
    response: {
      status: 429,
      body: {
        error: {
          code: '429',
          message:
            'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-05-15 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit.',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'have exceeded token rate limit', retry: 86400 },
  },
  {
    id: 'azure-openai/content-filter',
    source: 'Azure OpenAI',
    url: 'https://github.com/compl-ai/compl-ai/issues/20',
    note: 'Python repr turned into JSON. `param: "prompt"` on a lone error object is not a field list (same reading as openai/context-length-exceeded), so this is a 400 without fields. Re-derived under the changed rule 3 (an error object about one field): see README, rule changes.',
    response: {
      status: 400,
      body: {
        error: {
          message:
            "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
          type: null,
          param: 'prompt',
          code: 'content_filter',
          status: 400,
          innererror: {
            code: 'ResponsibleAIPolicyViolation',
            content_filter_result: {
              hate: { filtered: false, severity: 'safe' },
              jailbreak: { filtered: false, detected: false },
              self_harm: { filtered: false, severity: 'safe' },
              sexual: { filtered: false, severity: 'safe' },
              violence: { filtered: true, severity: 'medium' },
            },
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'The response was filtered due to the prompt',
      fields: [['prompt', 'filtered due to the prompt']],
      code: 'content_filter',
    },
  },

  // ───────────────────────────── Google Gemini API ─────────────────────────────
  {
    id: 'gemini/api-key-invalid',
    source: 'Google Gemini API',
    url: 'https://github.com/zeroclaw-labs/zeroclaw/issues/194',
    note: 'Ambiguous: the status INVALID_ARGUMENT is listed as a validation code, but ErrorInfo.reason API_KEY_INVALID is the more specific code (rule 6) and is a credential code (invalid_api_key in another word order): no field edit fixes it, a valid key does. Expected unauthenticated. The LocalizedMessage repeats the message.',
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'API key not valid. Please pass a valid API key.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'API_KEY_INVALID',
              domain: 'googleapis.com',
              metadata: { service: 'generativelanguage.googleapis.com' },
            },
            {
              '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
              locale: 'en-US',
              message: 'API key not valid. Please pass a valid API key.',
            },
          ],
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'API key not valid', code: 'API_KEY_INVALID' },
  },
  {
    id: 'gemini/quota-exhausted-retry-delay',
    source: 'Google Gemini API',
    url: 'https://github.com/RooCodeInc/Roo-Code/issues/3883',
    note: 'Gemini\'s body arrived as an escaped string inside a proxy\'s error message ("got status: 429 Too Many Requests. {...}"); it is unescaped here, the proxy wrapper trimmed. RetryInfo.retryDelay "26s" is the wait.',
    response: {
      status: 429,
      body: {
        error: {
          code: 429,
          message:
            'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
          status: 'RESOURCE_EXHAUSTED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
              violations: [
                {
                  quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_input_token_count',
                  quotaId: 'GenerateContentInputTokensPerModelPerMinute-FreeTier',
                  quotaDimensions: { location: 'global', model: 'gemini-2.5-flash' },
                  quotaValue: '250000',
                },
              ],
            },
            {
              '@type': 'type.googleapis.com/google.rpc.Help',
              links: [
                {
                  description: 'Learn more about Gemini API quotas',
                  url: 'https://ai.google.dev/gemini-api/docs/rate-limits',
                },
              ],
            },
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '26s' },
          ],
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'You exceeded your current quota', retry: 26 },
  },
  {
    id: 'gemini/model-overloaded-503',
    source: 'Google Gemini API',
    url: 'https://github.com/appatalks/eva-agent/issues/50',
    note: '"Please try again later" names no duration, so no retry time.',
    response: {
      status: 503,
      body: {
        error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' },
      },
    },
    expect: { kind: 'unavailable', message: 'The model is overloaded' },
  },

  // ───────────────────────────── Mistral ─────────────────────────────
  {
    id: 'mistral/extra-input-detail-inside-message',
    source: 'Mistral',
    url: 'https://github.com/editor-code-assistant/eca/issues/231',
    note: 'Odd shape: `message` is not text but an object holding a FastAPI `detail` list. loc ["body","max_completion_tokens"] → max_completion_tokens. Only field messages, so the message is the default.',
    response: {
      status: 422,
      body: {
        object: 'error',
        message: {
          detail: [
            {
              type: 'extra_forbidden',
              loc: ['body', 'max_completion_tokens'],
              msg: 'Extra inputs are not permitted',
              input: 32000,
            },
          ],
        },
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['max_completion_tokens', 'Extra inputs are not permitted']],
    },
  },
  {
    id: 'mistral/extra-inputs-fastapi-detail',
    source: 'Mistral',
    url: 'https://github.com/Gitlawb/openclaude/issues/739',
    note: 'Printed as "API Error: 422 {...}" (a terminal line wrap removed).',
    response: {
      status: 422,
      body: {
        detail: [
          { type: 'extra_forbidden', loc: ['body', 'store'], msg: 'Extra inputs are not permitted', input: false },
          {
            type: 'extra_forbidden',
            loc: ['body', 'max_completion_tokens'],
            msg: 'Extra inputs are not permitted',
            input: 8192,
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['store', 'Extra inputs are not permitted'],
        ['max_completion_tokens', 'Extra inputs are not permitted'],
      ],
    },
  },

  // ───────────────────────────── Groq ─────────────────────────────
  {
    id: 'groq/tpm-rate-limit-try-again',
    source: 'Groq',
    url: 'https://github.com/crewAIInc/crewAI/issues/494',
    note: 'Python repr ("groq.RateLimitError: Error code: 429 - {...}") turned into JSON. Wait from the sentence: 59.977 s.',
    response: {
      status: 429,
      body: {
        error: {
          message:
            'Rate limit reached for model `llama3-70b-8192` in organization `org_123` on tokens per minute (TPM): Limit 5000, Used 5747, Requested ~4251. Please try again in 59.977s. Visit https://console.groq.com/docs/rate-limits for more information.',
          type: 'tokens',
          code: 'rate_limit_exceeded',
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit reached for model',
      retry: 59.977,
      code: 'rate_limit_exceeded',
    },
  },
  {
    id: 'groq/tpm-rate-limit-long-fraction',
    source: 'Groq',
    url: 'https://github.com/danielmiessler/Fabric/issues/364',
    note: 'Python repr turned into JSON. The wait has nine decimals ("50.597142857s").',
    response: {
      status: 429,
      body: {
        error: {
          message:
            'Rate limit reached for model `llama3-70b-8192` in organization `org_01hrsvc1b8ey0anvbgha0xckf2` on tokens per minute (TPM): Limit 7000, Used 0, Requested ~12903. Please try again in 50.597142857s. Visit https://console.groq.com/docs/rate-limits for more information.',
          type: 'tokens',
          code: 'rate_limit_exceeded',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Requested ~12903', retry: 50.6, code: 'rate_limit_exceeded' },
  },

  // ───────────────────────────── OpenRouter ─────────────────────────────
  {
    id: 'openrouter/insufficient-credits-402',
    source: 'OpenRouter',
    url: 'https://github.com/Alishahryar1/free-claude-code/issues/772',
    note: '"Upstream provider OPENROUTER returned HTTP 402" followed by the upstream body. 402 is a 4xx that neither signing in, waiting nor editing fields fixes: bad-request.',
    response: {
      status: 402,
      body: {
        error: {
          message:
            'Insufficient credits. This account never purchased credits. Make sure your key is on the correct account or org, and if so, purchase more at https://openrouter.ai/settings/credits',
          code: 402,
        },
      },
    },
    expect: { kind: 'bad-request', message: 'This account never purchased credits' },
  },
  {
    id: 'openrouter/insufficient-credits-remedy-hint',
    source: 'OpenRouter',
    url: 'https://github.com/open-assistant-org/open-assistant/issues/80',
    note: 'Python repr ("APIStatusError: Error code: 402 - {...}") turned into JSON. Ambiguous: `metadata.remedy_hint` is a second sentence for the person; `error.message` is the error\'s own sentence and is expected.',
    response: {
      status: 402,
      body: {
        error: {
          message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits',
          code: 402,
          metadata: {
            limit_source: 'openrouter_credits',
            remedy_hint:
              'Add credits at https://openrouter.ai/settings/credits, or lower max_tokens / prompt size to fit your remaining balance.',
          },
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Insufficient credits' },
  },

  // ───────────────────────────── DeepSeek ─────────────────────────────
  {
    id: 'deepseek/insufficient-balance-402',
    source: 'DeepSeek',
    url: 'https://github.com/Aider-AI/aider/issues/4851',
    note: 'Body from the aider issue; the 402 status from continuedev/continue#9942 ("Status Code: 402 … 402 Insufficient Balance"). Odd: `type` and `code` look swapped (type unknown_error, code invalid_request_error). "Insufficient Balance" is a phrase, not a code or a reason phrase, so it is the message.',
    response: {
      status: 402,
      body: {
        error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' },
      },
    },
    expect: { kind: 'bad-request', message: 'Insufficient Balance' },
  },
  {
    id: 'deepseek/context-length-exceeded',
    source: 'DeepSeek',
    url: 'https://github.com/evalstate/fast-agent/issues/621',
    note: 'Python repr ("Error code: 400 - {...}") turned into JSON; line wraps removed.',
    response: {
      status: 400,
      body: {
        error: {
          message:
            "This model's maximum context length is 131072 tokens. However, you requested 131134 tokens (122942 in the messages, 8192 in the completion). Please reduce the length of the messages or completion.",
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'maximum context length is 131072 tokens' },
  },

  // ───────────────────────────── Cohere ─────────────────────────────
  {
    id: 'cohere/invalid-api-token',
    source: 'Cohere',
    url: 'https://github.com/wandb/edu/issues/155',
    note: "From \"UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}\". A lowercase phrase, still a sentence for the person.",
    response: { status: 401, body: { message: 'invalid api token' } },
    expect: { kind: 'unauthenticated', message: 'invalid api token' },
  },

  // ───────────────────────────── Hugging Face Inference ─────────────────────────────
  {
    id: 'huggingface/model-loading-503',
    source: 'Hugging Face Inference',
    url: 'https://github.com/huggingface/unity-api/issues/18',
    note: 'From "HTTP/1.1 503 Service Unavailable - {...}". Ambiguous: `estimated_time` (seconds until the model is loaded) is not one of the retry names of rule 4.2, so no retry time is expected.',
    response: {
      status: 503,
      body: { error: 'Model distilbert-base-cased-distilled-squad is currently loading', estimated_time: 20.0 },
    },
    expect: { kind: 'unavailable', message: 'is currently loading' },
  },

  // ───────────────────────────── Replicate ─────────────────────────────
  {
    id: 'replicate/invalid-version-422',
    source: 'Replicate',
    url: 'https://github.com/replicate/getting-started-nextjs/issues/125',
    note: 'From "failed with status 422 Unprocessable Entity: {...}". Problem-details shape without `type`; `detail` beats `title`. A 422 is validation even without fields.',
    response: {
      status: 422,
      body: {
        title: 'Invalid version or not permitted',
        detail: "The specified version does not exist (or perhaps you don't have permission to use it?)",
        status: 422,
      },
    },
    expect: { kind: 'validation', message: 'The specified version does not exist' },
  },

  // ───────────────────────────── Ollama ─────────────────────────────
  {
    id: 'ollama/model-not-found',
    source: 'Ollama',
    url: 'https://github.com/ollama/ollama/pull/718',
    note: 'Body from the curl output in the PR; the 404 status from FlowiseAI/Flowise#2335 ("Ollama call failed with status code 404: model \'llama3:latest\' not found, try pulling it first").',
    response: { status: 404, body: { error: "model 'mistral' not found, try pulling it first" } },
    expect: { kind: 'not-found', message: 'try pulling it first' },
  },
  {
    id: 'ollama/openai-compatible-not-found',
    source: 'Ollama',
    url: 'https://github.com/netease-youdao/QAnything/issues/555',
    note: 'Ollama\'s OpenAI-compatible endpoint; Python repr ("Error code: 404 - {...}") turned into JSON.',
    response: {
      status: 404,
      body: {
        error: {
          message: 'model "ollama" not found, try pulling it first',
          type: 'api_error',
          param: null,
          code: null,
        },
      },
    },
    expect: { kind: 'not-found', message: 'model "ollama" not found' },
  },

  // ───────────────────────────── Together AI ─────────────────────────────
  {
    id: 'together/invalid-api-key',
    source: 'Together AI',
    url: 'https://github.com/harshitv804/LawGPT/issues/4',
    note: 'The issue shows the body ("Together received an invalid payload: {...}") without its status; 401 is assumed. With code invalid_api_key the kind is unauthenticated on 400, 401 or 403 alike.',
    response: {
      status: 401,
      body: {
        error: {
          message: 'Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid API key provided', code: 'invalid_api_key' },
  },

  // ───────────────────────────── xAI ─────────────────────────────
  {
    id: 'xai/incorrect-api-key-json-string-body',
    source: 'xAI',
    url: 'https://github.com/continuedev/continue/issues/10778',
    note: 'Odd shape: the body is a bare JSON string (the OpenAI SDK prints it as `400 "Incorrect API key provided: …"`). No code and a 400, so by rule 1 bad-request even though the sentence is about the key.',
    response: {
      status: 400,
      body: '"Incorrect API key provided: na***ys. You can obtain an API key from https://console.x.ai."',
    },
    expect: { kind: 'bad-request', message: 'Incorrect API key provided' },
  },

  // ───────────────────────────── Perplexity ─────────────────────────────
  {
    id: 'perplexity/invalid-model',
    source: 'Perplexity',
    url: 'https://github.com/perplexityai/api-discussion/issues/262',
    note: "A numeric `code` (400) next to the string `type` invalid_model; code not stated. Kind: `invalid_model` says the `model` input's value is invalid (rule 1; it expected bad-request until rule 1 was settled for codes that begin with `invalid`).",
    response: {
      status: 400,
      body: {
        error: {
          message:
            "Invalid model 'sonar-pro '. Permitted models can be found in the documentation at https://docs.perplexity.ai/guides/model-cards.",
          type: 'invalid_model',
          code: 400,
        },
      },
    },
    expect: { kind: 'validation', message: "Invalid model 'sonar-pro '" },
  },

  // ───────────────────────────── Supabase Auth (GoTrue) ─────────────────────────────
  {
    id: 'supabase-auth/invalid-credentials',
    source: 'Supabase Auth',
    url: 'https://github.com/stackblitz/bolt.new/issues/8471',
    note: 'Logged as {url: ".../auth/v1/token?grant_type=password", status: 400, body: "..."}. Ambiguous: invalid_credentials is not in the listed credential codes but is one (the request had no valid credentials), so a 400 → unauthenticated.',
    response: { status: 400, body: { code: 'invalid_credentials', message: 'Invalid login credentials' } },
    expect: { kind: 'unauthenticated', message: 'Invalid login credentials', code: 'invalid_credentials' },
  },
  {
    id: 'supabase-auth/email-rate-limit',
    source: 'Supabase Auth',
    url: 'https://github.com/supabase/supabase/issues/45743',
    note: 'The issue names the status (429 Too Many Requests) and pastes the body. No wait anywhere.',
    response: { status: 429, body: { code: 'over_email_send_rate_limit', message: 'email rate limit exceeded' } },
    expect: { kind: 'rate-limited', message: 'email rate limit exceeded', code: 'over_email_send_rate_limit' },
  },
  {
    id: 'supabase-auth/email-address-invalid-error-code-msg',
    source: 'Supabase Auth',
    url: 'https://github.com/supabase/auth/issues/2252',
    note: 'Older GoTrue shape: numeric `code` (the HTTP status), string `error_code`, text in `msg`. Re-derived: first written as bad-request because email_address_invalid "is not a listed code", which read rule 1\'s examples as a closed list; the code says an input\'s value (the email address) is invalid, which rule 1 counts as a validation code in either word order (`COUNTY_CODE_INVALID`). No field structure, so no field errors.',
    response: {
      status: 400,
      body: { code: 400, error_code: 'email_address_invalid', msg: 'Email address "a@a.com" is invalid' },
    },
    expect: { kind: 'validation', message: 'Email address "a@a.com" is invalid' },
  },

  // ───────────────────────────── PostgREST ─────────────────────────────
  {
    id: 'postgrest/not-null-violation-400',
    source: 'PostgREST',
    url: 'https://docs.postgrest.org/en/latest/references/errors.html',
    note: 'message and details are PostgreSQL text (a constraint violation, a failing row), developer-only: the default message.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        code: '23502',
        details: 'Failing row contains (null, foo, null).',
        hint: null,
        message: 'null value in column "id" of relation "projects" violates not-null constraint',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'postgrest/relation-does-not-exist-404',
    source: 'PostgREST',
    url: 'https://docs.postgrest.org/en/v10/errors.html',
    note: '`relation "x" does not exist` is SQL text: the default message.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { hint: null, details: null, code: '42P01', message: 'relation "api.nonexistent_table" does not exist' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'postgrest/unique-violation-409',
    source: 'PostgREST',
    url: 'https://github.com/tanojericko/bantay-baha/issues/4',
    note: 'Body as supabase-js logged it (same four members PostgREST sends). Status 409 from the PostgREST/Supabase error table ("23505 | 409 | uniqueness violation", https://supabase.com/docs/guides/api/rest/postgrest-error-codes). A 409 is conflict; message and details are database text, so the default message.',
    response: {
      status: 409,
      body: {
        code: '23505',
        details: 'Key (email)=(dxdiag962@gmail.com) already exists.',
        hint: null,
        message: 'duplicate key value violates unique constraint "users_email_key"',
      },
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'postgrest/unique-violation-legacy-400',
    source: 'PostgREST',
    url: 'https://github.com/PostgREST/postgrest/issues/469',
    note: 'Early PostgREST answered a unique violation with 400 (the issue asked for 409). "23505" is a SQLSTATE number, not an "already exists" code of rule 1, so the 400 stays bad-request; all text is database text.',
    response: {
      status: 400,
      body: {
        hint: null,
        details: 'Key (eid, uid)=(e1, 42d94270-1fe6-457c-8dd0-152eec8ac8f4) already exists.',
        code: '23505',
        message: 'duplicate key value violates unique constraint "event_feedbacks_sid_uid_key"',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Supabase Storage ─────────────────────────────
  {
    id: 'supabase-storage/object-not-found-status-in-body',
    source: 'Supabase Storage',
    url: 'https://github.com/supabase/storage-js/issues/209',
    note: 'The issue shows the body only. Storage\'s legacy format puts the real status in the body (`statusCode: "404"`) and answered such errors with HTTP 400 (supabase/storage#324: "Return 400 if object not found"); 400 is used. A not_found code on a 400 → not-found.',
    response: { status: 400, body: { statusCode: '404', error: 'not_found', message: 'Object not found' } },
    expect: { kind: 'not-found', message: 'Object not found' },
  },

  // ───────────────────────────── Firebase ─────────────────────────────
  {
    id: 'firebase/auth-email-exists',
    source: 'Firebase',
    url: 'https://github.com/firebase/firebase-ios-sdk/issues/13671',
    note: 'Identity Toolkit body from a debugger dump of the decoded dictionary, written back as JSON. The only text is the code EMAIL_EXISTS (also in the item, which has no path): conflict with the default message.',
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'EMAIL_EXISTS',
          errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
        },
      },
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'firebase/firestore-permission-denied',
    source: 'Firebase',
    url: 'https://github.com/AsifArmanRahman/firebase-rest-api/issues/32',
    note: 'Firestore REST (documents:commit) "403 Client Error: Forbidden" with this body.',
    response: {
      status: 403,
      body: { error: { code: 403, message: 'Missing or insufficient permissions.', status: 'PERMISSION_DENIED' } },
    },
    expect: { kind: 'forbidden', message: 'Missing or insufficient permissions' },
  },
  {
    id: 'firebase/callable-unauthenticated',
    source: 'Firebase',
    url: 'https://github.com/firebase/firebase-functions/issues/769',
    note: 'Callable function called with an empty Bearer token. Ambiguous: "Unauthenticated" is a single plain word; by the letter of rule 2.1 it is neither a code (no `_`, `.`, camel case or capitals) nor a reason phrase (401\'s is "Unauthorized"), so it is expected as the message. Re-derived under the changed rule 2.1 (a lone word is not a message): see README, rule changes.',
    response: { status: 401, body: { error: { message: 'Unauthenticated', status: 'UNAUTHENTICATED' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'UNAUTHENTICATED' },
  },

  // ───────────────────────────── Auth0 ─────────────────────────────
  {
    id: 'auth0/invalid-grant-403',
    source: 'Auth0',
    url: 'https://github.com/auth0/react-native-auth0/issues/224',
    note: 'The SDK error shows `json` (the body) and `status: 403`. invalid_grant on a 403 is unauthenticated; error_description beats error.',
    response: { status: 403, body: { error: 'invalid_grant', error_description: 'Wrong email or password.' } },
    expect: { kind: 'unauthenticated', message: 'Wrong email or password', code: 'invalid_grant' },
  },
  {
    id: 'auth0/access-denied-401-reason-phrase',
    source: 'Auth0',
    url: 'https://github.com/auth0/node-auth0/issues/582',
    note: 'Body from the SDK error\'s `message` (a JSON string), status from `statusCode: 401`. A code never turns a 401 into forbidden; "Unauthorized" is a bare reason phrase, so the default message.',
    response: { status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'access_denied' },
  },

  // ───────────────────────────── Okta ─────────────────────────────
  {
    id: 'okta/api-validation-failed-error-causes',
    source: 'Okta',
    url: 'https://github.com/okta/okta-developer-docs/issues/1622',
    note: 'Status 400 for E0000001 from stormpath/express-stormpath#616 ("HTTP 400, Okta E0000001"). errorCauses items carry only errorSummary (the path is inside the text), so no field errors; E0000001 is not a listed validation code, so bad-request. The cause\'s sentence is more specific than "Api validation failed: conditions.people". errorId is the support id.',
    response: {
      status: 400,
      body: {
        errorCode: 'E0000001',
        errorSummary: 'Api validation failed: conditions.people',
        errorLink: 'E0000001',
        errorId: 'oaej1XXQlk6SbCEFIkBzAge-A',
        errorCauses: [
          {
            errorSummary:
              "conditions.people: At least one of ''conditions.people.users.include'' or ''conditions.people.groups.include'' must contain a valid user or group when ''conditions.grantTypes'' contains one or more of [authorization_code, implicit, password].",
          },
        ],
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'must contain a valid user or group',
      logId: 'oaej1XXQlk6SbCEFIkBzAge-A',
      code: 'E0000001',
    },
  },
  {
    id: 'okta/rate-limit-e0000047',
    source: 'Okta',
    url: 'okta/okta-auth-js/test/support/xhr/error-throttle.js',
    note: "Okta's own SDK test fixture; it carries no headers (no X-Rate-Limit-Reset), so no retry time.",
    response: {
      status: 429,
      body: {
        errorCode: 'E0000047',
        errorSummary: 'API call exceeded rate limit due to too many requests.',
        errorLink: 'E0000047',
        errorId: 'oaetdtoG383SIGVNZ0UKgtRug',
        errorCauses: [],
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'API call exceeded rate limit',
      logId: 'oaetdtoG383SIGVNZ0UKgtRug',
      code: 'E0000047',
    },
  },

  // ───────────────────────────── Keycloak ─────────────────────────────
  {
    id: 'keycloak/user-exists-409',
    source: 'Keycloak',
    url: 'https://github.com/keycloak/keycloak/issues/39491',
    note: 'The issue gives the status and text ("I get a 409 result with the message: User exists with same username"); the `errorMessage` body shape as quoted for the admin REST API in Metatavu/keycloak-scim-server#109.',
    response: { status: 409, body: { errorMessage: 'User exists with same username' } },
    expect: { kind: 'conflict', message: 'User exists with same username' },
  },
  {
    id: 'keycloak/invalid-user-credentials-401',
    source: 'Keycloak',
    url: 'https://github.com/wpic/sample-keycloak-getting-token/issues/1',
    note: 'Token endpoint body from the issue; status 401 as a Keycloak maintainer states it in keycloak/keycloak#40939 ("status=401, error=invalid_grant, description=\'Invalid user credentials\'").',
    response: { status: 401, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } },
    expect: { kind: 'unauthenticated', message: 'Invalid user credentials', code: 'invalid_grant' },
  },
  {
    id: 'keycloak/account-not-fully-set-up-400',
    source: 'Keycloak',
    url: 'https://github.com/keycloak/keycloak/issues/36108',
    note: 'Body from the issue; status 400 from Nerzal/gocloak#394 ("400 Bad request: invalid_grant: Account is not fully set up"). invalid_grant on a 400 → unauthenticated.',
    response: { status: 400, body: { error: 'invalid_grant', error_description: 'Account is not fully set up' } },
    expect: { kind: 'unauthenticated', message: 'Account is not fully set up', code: 'invalid_grant' },
  },

  // ───────────────────────────── Amazon Cognito ─────────────────────────────
  {
    id: 'cognito/not-authorized-exception',
    source: 'Amazon Cognito',
    url: 'https://github.com/ellaisys/aws-cognito/issues/94',
    note: 'From Guzzle: "`POST https://cognito-idp.us-east-1.amazonaws.com` resulted in a `400 Bad Request` response: {...}". Ambiguous: NotAuthorizedException is not in the listed credential codes but is Cognito\'s credential failure, so a 400 → unauthenticated. Code from `__type`.',
    response: { status: 400, body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } },
    expect: { kind: 'unauthenticated', message: 'Incorrect username or password', code: 'NotAuthorizedException' },
  },

  // ───────────────────────────── Microsoft Entra ID ─────────────────────────────
  {
    id: 'entra-id/invalid-client-secret-401',
    source: 'Microsoft Entra ID',
    url: 'https://github.com/dotnet/AspNetCore.Docs/issues/22325',
    note: 'Status, headers and body from "OAuth token endpoint failure: Status: Unauthorized;Headers: …;Body: …". Set-Cookie left out; the body is cut off inside `error_uri` in the source, so that member is trimmed. trace_id (= x-ms-request-id) is the support id.',
    response: {
      status: 401,
      headers: {
        'Cache-Control': 'no-store, no-cache',
        Pragma: 'no-cache',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        P3P: 'CP="DSP CUR OTPi IND OTRi ONL FIN"',
        'x-ms-request-id': '70a88d1d-6066-4e1c-813e-0894a95d2401',
        'x-ms-ests-server': '2.1.11722.21 - NCUS ProdSlices',
        Date: 'Sun, 16 May 2021 05:21:44 GMT',
      },
      body: {
        error: 'invalid_client',
        error_description:
          'AADSTS7000215: Invalid client secret is provided.\r\nTrace ID: 70a88d1d-6066-4e1c-813e-0894a95d2401\r\nCorrelation ID: 48f72f61-8e20-44f4-8a2b-96417f839c17\r\nTimestamp: 2021-05-16 05:21:44Z',
        error_codes: [7000215],
        timestamp: '2021-05-16 05:21:44Z',
        trace_id: '70a88d1d-6066-4e1c-813e-0894a95d2401',
        correlation_id: '48f72f61-8e20-44f4-8a2b-96417f839c17',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid client secret is provided',
      logId: '70a88d1d-6066-4e1c-813e-0894a95d2401',
      code: 'invalid_client',
    },
  },
  {
    id: 'entra-id/invalid-username-or-password-400',
    source: 'Microsoft Entra ID',
    url: 'https://github.com/Azure/azure-cli/issues/18647',
    note: 'From "Get Token request returned http error: 400 and server response: {...}". Ambiguous: two body ids; trace_id is expected as the support id (rule 5 names traceId before correlationId).',
    response: {
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          'AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000\r\nCorrelation ID: 7f85270a-1b07-401e-b684-a19533c1b5ea\r\nTimestamp: 2021-06-25 13:16:19Z',
        error_codes: [50126],
        timestamp: '2021-06-25 13:16:19Z',
        trace_id: 'a287413d-c526-4d4a-a6eb-ac9108b03000',
        correlation_id: '7f85270a-1b07-401e-b684-a19533c1b5ea',
        error_uri: 'https://login.microsoftonline.com/error?code=50126',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'invalid username or password',
      logId: 'a287413d-c526-4d4a-a6eb-ac9108b03000',
      code: 'invalid_grant',
    },
  },

  // ───────────────────────────── PocketBase ─────────────────────────────
  {
    id: 'pocketbase/invalid-email-data-map',
    source: 'PocketBase',
    url: 'https://github.com/pocketbase/pocketbase/issues/5572',
    note: 'Field errors in the `data` map, each value an object with code and message. Ambiguous: "Failed to create record." is taken as a form-level sentence (it names what failed), not a generic summary like "Request failed".',
    response: {
      status: 400,
      body: {
        code: 400,
        message: 'Failed to create record.',
        data: { email: { code: 'validation_is_email', message: 'Must be a valid email address.' } },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Failed to create record',
      fields: [['email', 'Must be a valid email address']],
    },
  },
  {
    id: 'pocketbase/value-not-unique-field',
    source: 'PocketBase',
    url: 'https://github.com/pocketbase/pocketbase/issues/4426',
    note: 'The response the issue quotes as "Currently you get". The not-unique code sits on the field, not on the envelope: a 400 with field errors is validation. Re-derived under the changed rule 1 (a "not unique" code on every field error is a duplicate): see README, rule changes.',
    response: {
      status: 400,
      body: {
        code: 400,
        message: 'Failed to create record.',
        data: { name: { code: 'validation_not_unique', message: 'Value must be unique.' } },
      },
    },
    expect: { kind: 'conflict', message: 'Failed to create record', fields: [['name', 'Value must be unique']] },
  },
  {
    id: 'pocketbase/something-went-wrong-empty-data',
    source: 'PocketBase',
    url: 'https://github.com/pocketbase/pocketbase/issues/5837',
    note: 'Empty `data` map: a 400 without fields.',
    response: {
      status: 400,
      body: { code: 400, message: 'Something went wrong while processing your request.', data: {} },
    },
    expect: { kind: 'bad-request', message: 'Something went wrong while processing your request' },
  },

  // ───────────────────────────── Directus ─────────────────────────────
  {
    id: 'directus/record-not-unique',
    source: 'Directus',
    url: 'https://github.com/directus/directus/issues/25773',
    note: 'Status 400 from the console log in the issue. extensions.field is null, so no field error. Ambiguous: RECORD_NOT_UNIQUE is read as a duplicate code on a 400 → conflict.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'Value in collection "Topics" has to be unique.',
            extensions: {
              collection: 'Topics',
              field: null,
              value: null,
              primaryKey: false,
              code: 'RECORD_NOT_UNIQUE',
            },
          },
        ],
      },
    },
    expect: { kind: 'conflict', message: 'has to be unique', code: 'RECORD_NOT_UNIQUE' },
  },
  {
    id: 'directus/internal-error-sql-text',
    source: 'Directus',
    url: 'https://github.com/directus/directus/issues/3185',
    note: 'The issue reports "A 500 error is returned" with this body. The message is a SQL statement plus a constraint violation: developer text, so the default message.',
    response: {
      status: 500,
      body: {
        errors: [
          {
            message:
              'insert into "collection_name" ("date_created", "field_name", "user_created") values ($1, $2, $3) - duplicate key value violates unique constraint "collection_name_idx_field_name"',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'INTERNAL_SERVER_ERROR' },
  },

  // ───────────────────────────── Strapi ─────────────────────────────
  {
    id: 'strapi/v4-validation-details-path',
    source: 'Strapi',
    url: 'https://github.com/strapi/strapi/issues/12089',
    note: 'details.errors[].path is an array (["email"]). Ambiguous: the envelope message repeats the single field message; it is expected as the message (an envelope sentence), not the default.',
    response: {
      status: 400,
      body: {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: 'email must be a lowercase string',
          details: {
            errors: [{ path: ['email'], message: 'email must be a lowercase string', name: 'ValidationError' }],
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'email must be a lowercase string',
      fields: [['email', 'must be a lowercase string']],
    },
  },
  {
    id: 'strapi/v4-application-error-email-taken',
    source: 'Strapi',
    url: 'https://github.com/refinedev/refine/issues/5033',
    note: 'users-permissions create: empty details, no code an "already exists" rule knows (name ApplicationError): a 400 without fields.',
    response: {
      status: 400,
      body: {
        data: null,
        error: { status: 400, name: 'ApplicationError', message: 'Email already taken', details: {} },
      },
    },
    expect: { kind: 'bad-request', message: 'Email already taken' },
  },
  {
    id: 'strapi/v3-validation-errors-map',
    source: 'Strapi',
    url: 'https://github.com/nazirov91/ra-strapi-rest/issues/28',
    note: 'Strapi v3 (boom) shape: "Bad Request" is a reason phrase and "ValidationError" a code, so only the field map under data.errors carries text.',
    response: {
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'ValidationError',
        data: { errors: { members: ['members must be greater than or equal to 1'] } },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['members', 'greater than or equal to 1']] },
  },

  // ───────────────────────────── Appwrite ─────────────────────────────
  {
    id: 'appwrite/user-already-exists',
    source: 'Appwrite',
    url: 'https://github.com/appwrite/appwrite/issues/5176',
    response: {
      status: 409,
      body: {
        message: 'A user with the same email already exists in your project.',
        code: 409,
        type: 'user_already_exists',
        version: '1.2.1',
      },
    },
    expect: { kind: 'conflict', message: 'A user with the same email already exists', code: 'user_already_exists' },
  },
  {
    id: 'appwrite/general-rate-limit',
    source: 'Appwrite',
    url: 'https://github.com/appwrite/appwrite/issues/7879',
    note: 'No headers shown; "after some time" names no duration.',
    response: {
      status: 429,
      body: {
        message: 'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
        code: 429,
        type: 'general_rate_limit_exceeded',
        version: '1.5.4',
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit for the current endpoint has been exceeded',
      code: 'general_rate_limit_exceeded',
    },
  },

  // ───────────────────────────── Clerk ─────────────────────────────
  {
    id: 'clerk/param-in-meta-param-name',
    source: 'Clerk',
    url: 'clerk/clerk-sdk-go/samlconnection/client_test.go',
    note: "Clerk's own SDK test fixture (status http.StatusUnprocessableEntity; the trace id is a placeholder). Odd shape: the field sits in `meta.param_name`, the text in `short_message`/`long_message`; the long message is the field's. Only field messages: the default message.",
    response: {
      status: 422,
      body: {
        clerk_trace_id: 'trace-id',
        errors: [
          {
            code: 'form_conditional_param_disallowed',
            short_message: 'is not allowed',
            long_message: "domain isn't allowed when domains is present.",
            meta: { param_name: 'domain' },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['domain', 'allowed']] },
  },

  // ───────────────────────────── Stytch ─────────────────────────────
  {
    id: 'stytch/use-https-403',
    source: 'Stytch',
    url: 'https://stytch.com/docs/api-reference/fraud/api/errors/error-object.md',
    note: "The docs' example error object (labelled 403).",
    response: {
      status: 403,
      body: {
        status_code: 403,
        request_id: 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141',
        error_type: 'use_https',
        error_message: 'Please use https instead of http.',
        error_url: 'https://stytch.com/docs/b2b/api/errors/403#use_https',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Please use https instead of http',
      logId: 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141',
      code: 'use_https',
    },
  },

  // ───────────────────────────── Parse Server ─────────────────────────────
  {
    id: 'parse-server/invalid-session-token-209',
    source: 'Parse Server',
    url: 'https://github.com/parse-community/parse-server/issues/2255',
    note: 'Body from the issue title. Status 400 from Parse Server\'s error handler (every Parse.Error but INTERNAL_SERVER_ERROR → 500 and OBJECT_NOT_FOUND → 404 is a 400; maysale01/parse-server/src/middlewares/handleParseErrors.js). Ambiguous: the numeric code 209 is no code the rules know, so a 400 without fields is bad-request though it means "log in again".',
    response: { status: 400, body: { code: 209, error: 'invalid session token' } },
    expect: { kind: 'bad-request', message: 'invalid session token', code: '209' },
  },
  {
    id: 'parse-server/invalid-session-object-not-found-101',
    source: 'Parse Server',
    url: 'https://github.com/parse-community/parse-server/issues/2720',
    note: 'Body as a maintainer reports api.parse.com returned it; code 101 is OBJECT_NOT_FOUND, which the Parse Server error handler sends as 404 (see parse-server/invalid-session-token-209).',
    response: { status: 404, body: { code: 101, error: 'invalid session' } },
    expect: { kind: 'not-found', message: 'invalid session', code: '101' },
  },

  // ───────────────────────────── Hasura ─────────────────────────────
  {
    id: 'hasura/parse-failed',
    source: 'Hasura',
    url: 'https://github.com/hasura/graphql-engine/issues/3300',
    note: 'The issue reports "this 400 error". The text is a JSON-decoding internal of the request body: the default message. `path: "$"` is the document root, not an input field.',
    response: { status: 400, body: { path: '$', error: 'key "type" not present', code: 'parse-failed' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'parse-failed' },
  },
  {
    id: 'hasura/rest-endpoint-validation-failed',
    source: 'Hasura',
    url: 'https://github.com/hasura/graphql-engine/issues/10799',
    note: 'The issue shows the body without its status; 400 is assumed. validation-failed is GraphQL query validation (like GRAPHQL_VALIDATION_FAILED → bad-request) and the text is GraphQL query-validation text: the default message. The JSONPath `path` points into the query, and a lone envelope object is not a field list.',
    response: {
      status: 400,
      body: {
        error: "field 'stop_background_action' not found in type: 'mutation_root'",
        path: '$.selectionSet.stop_background_action',
        code: 'validation-failed',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'validation-failed' },
  },
] satisfies ConformanceCase[];
