import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * An XML error document as a flat object of its leaf elements (the first of each name), so the
 * structural reader finds `Code`, `Message` and `RequestId` wherever the vendor nests them: S3's
 * `<Error>`, the AWS query protocol's `<ErrorResponse><Error>`, EC2's `<Response><Errors><Error>`,
 * Azure Storage's `<Error>` (whose message carries `RequestId:` and `Time:` lines).
 */
function xmlLeaves(xml: string): Loose {
  const leaves: Loose = Object.create(null);
  const items: Loose[] = [];
  for (const [, name, attributes, text] of xml.slice(0, 1e5).matchAll(/<([A-Za-z][\w.-]*)(\s[^<>]*)?>([^<]*)<\/\1>/g)) {
    const value = unescapeXml(text ?? '').trim();
    // An element naming its field in an attribute is a field error (Recurly's `<error field="account.email"
    // symbol="invalid_email">`).
    const field = attributes && /\s(?:field|path|param|parameter|property|attribute)="([^"]*)"/.exec(attributes)?.[1];
    if (field && value)
      items.push({
        field: unescapeXml(field),
        message: value,
        code: /\s(?:symbol|code)="([^"]*)"/.exec(attributes ?? '')?.[1],
      });
    else if (value && name && !(name in leaves)) leaves[name] = value;
  }
  if (items.length) leaves.errors = items;
  for (const key of ['Message', 'message']) {
    const lines = String(leaves[key] ?? '').split('\n');
    const id = lines.map((line) => /^RequestId:(\S+)/.exec(line.trim())?.[1]).find(Boolean);
    if (id) {
      leaves.RequestId ??= id;
      leaves[key] = lines.filter((line) => !/^\s*(?:RequestId|Time):/.test(line)).join(' ');
    }
  }
  return leaves;
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The first element of a document, when it is not one of HTML's: an XML error (`<Error>`, `<ErrorResponse xmlns=…>`,
 * `<TwilioResponse>`).
 */
const XML_ROOT = /^<([A-Za-z][\w.:-]*)[\s>]/;
const HTML_ROOT =
  /^(?:html|head|body|div|p|h[1-6]|title|center|pre|span|table|a|b|i|br|hr|meta|link|script|style|main|section)$/i;
/** An XML declaration opens XHTML pages too (Varnish's, Fastly's): what follows it decides. */
const XHTML = /^<\?xml[^>]*>\s*(?:<!doctype html|<html)/i;
const isXml = (body: string, type: string): boolean =>
  !XHTML.test(body) &&
  (/^<\?xml/.test(body) ||
    (/xml/i.test(type) && !/html/i.test(type) && body[0] === '<') ||
    (!HTML_ROOT.test(XML_ROOT.exec(body)?.[1] ?? 'html') && body.includes('</')));

/**
 * XML error documents, sent as text: S3's and Google Cloud Storage's `<Error><Code>…</Code><Message>…</Message>`,
 * the AWS query protocol's `<ErrorResponse><Error>`, EC2's `<Response><Errors><Error>`, Azure Storage's `<Error>`,
 * Recurly v2's `<errors><error field="…">`. Read as the object of their leaf elements, so the structural reader
 * finds the code, message, support id and field errors. Without it an XML body is read as a page: no message.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
export const xml: ErrorFormat = {
  name: 'xml',
  keys: [],
  parseText: (text, { header }) => (isXml(text, header('content-type') ?? '') ? xmlLeaves(text) : undefined),
};
