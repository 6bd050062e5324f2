import type { ErrorFormat } from './format';

/**
 * AWS's JSON protocols (awsJson1_0, awsJson1_1, restJson1): `{ "__type":
 * "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "message": "…" }`, with the error's name
 * also in the `x-amzn-ErrorType` header (`ThrottlingException:http://internal.amazon.com/coral/…`), which API
 * Gateway sends beside bodies of its own. The structural reader takes `__type` as the code (without its
 * namespace) and `message` or `Message` as the message; this names the format and reads the header.
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
 */
export const aws: ErrorFormat = {
  name: 'aws',
  keys: ['__type'],
  test: (b) => typeof b.__type === 'string',
  // What follows a `:` is a namespace URL, not part of the name (the Smithy spec says to drop it).
  readHeaders(header) {
    const code = header('x-amzn-errortype')?.split(':')[0];
    return code ? { code } : undefined;
  },
};
