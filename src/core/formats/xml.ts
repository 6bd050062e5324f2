import { isObject, type Loose } from '../util';
import type { ErrorFormat } from './format';

/** An element being read: its name, its attributes' text, its own text, and its children's values by name. */
interface Element {
  name: string;
  attributes: string;
  text: string;
  children?: Map<string, unknown[]>;
}

const MAX_DEPTH = 32;

/**
 * An element's value: its text when it holds none, else its children by name, a repeated one as a list. An
 * element that names its field in an attribute is a field error (Recurly's `<error field="account.email"
 * symbol="invalid_email">`); `type="array"` (Rails' and Braintree's serializers) and a wrapper whose children all
 * take its name in the singular (`<Errors><Error>`, `<ValidationErrors><ValidationError>`) make a list, as JSON
 * would have sent it.
 */
function valueOf({ name, attributes, text, children }: Element): unknown {
  const said = unescapeXml(text).trim();
  const field = /\s(?:field|path|param|parameter|property|attribute)="([^"]*)"/.exec(attributes)?.[1];
  const list = /\stype="array"/.test(attributes);
  if (!children) {
    if (field && said)
      return { field: unescapeXml(field), message: said, code: /\s(?:symbol|code)="([^"]*)"/.exec(attributes)?.[1] };
    if (list) return [];
    // HL7 FHIR's XML keeps a primitive in its `value` attribute (NHS Spine's `<code value="CONFLICT"/>`), as its JSON
    // keeps it in the member.
    const value = said ? undefined : /\svalue="([^"]*)"/.exec(attributes)?.[1];
    if (value !== undefined && !/\s(?:[cC]ode|info|msg|message|text)="/.test(attributes)) return unescapeXml(value);
    // An error told in attributes (MediaWiki's `<error code="maxlag" info="…">See … for API usage</error>`, ResRobot's
    // `<Error errorCode="API_AUTH" errorText="…">`, Flickr's `<err code="100" msg="…">`, the Catalogue of Life's empty
    // `<results name="…" error_message="No names found">` on a 200, Cisco APIC's `<error code="401" text="…"/>`,
    // Newznab's `<error code="100" description="Incorrect user credentials"/>`): the attributes that tell it are its
    // members, as JSON would send them, and its text one more. The others describe the query (a `name` searched for is
    // no code).
    const told = [
      ...attributes.matchAll(
        /\s([cC]ode|info|msg|message|text|description|\w*(?:Code|Text|Message)|\w+_(?:code|text|message))="([^"]*)"/g,
      ),
    ];
    if (told.length) {
      const members: Loose = Object.create(null);
      for (const [, key = '', value = ''] of told) members[key] = unescapeXml(value);
      if (said) members.text = said;
      return members;
    }
    return said || undefined;
  }
  const [only, more] = children.keys();
  const wrapper = name.toLowerCase();
  const xmlRpc = xmlRpcValue(wrapper, only, more, children);
  if (xmlRpc !== undefined) return xmlRpc;
  // An element around one element of its own name says nothing (SOAP 1.2's `<Detail><detail>Illegal msisdn</detail>`
  // in Swisscom Mobile ID's fault): its value is the inner one's.
  const inner = only !== undefined && more === undefined && !list && wrapper === only.toLowerCase();
  if (inner && children.get(only)?.length === 1) return children.get(only)?.[0];
  if (
    only !== undefined &&
    more === undefined &&
    (list || wrapper === `${only.toLowerCase()}s` || wrapper === `${only.toLowerCase()}list`)
  )
    return children.get(only);
  const members: Loose = Object.create(null);
  // A code in an attribute is the element's code (Ampache's `<error errorCode="4701">` around its `<errorMessage>`,
  // QuickBooks' `<Error code="6240">`); a child of the same name says more. Other attributes describe the document.
  for (const [, key = '', value = ''] of attributes.matchAll(/\s([\w-]*[cC]ode)="([^"]*)"/g))
    members[key] = unescapeXml(value);
  for (const [child, values] of children) members[child] = values.length > 1 ? values : values[0];
  return members;
}

/** XML-RPC's scalar types, each the one child of a `<value>`. */
const XML_RPC_SCALAR = /^(?:string|int|i4|i8|double|boolean|base64|datetime\.iso8601)$/i;

/**
 * XML-RPC as JSON would have sent it (INWX's DomRobot, WordPress's and Odoo's endpoints): a `<struct>` of `<member>`s
 * is an object of their names, a `<value>` its one typed child, and a `<methodResponse>` the value of its `<fault>` or
 * its one `<param>`, so a fault's `faultString` or a result's `msg` is read where JSON would hold it.
 */
function xmlRpcValue(
  wrapper: string,
  only: string | undefined,
  more: string | undefined,
  children: Map<string, unknown[]>,
): unknown {
  if (only === undefined || more !== undefined) return undefined;
  const [child] = children.get(only) ?? [];
  if (wrapper === 'value' && (XML_RPC_SCALAR.test(only) || only === 'struct')) return child;
  if (wrapper === 'struct' && only === 'member') {
    const members: Loose = Object.create(null);
    for (const member of children.get(only) ?? [])
      if (isObject(member) && typeof member.name === 'string') members[member.name] = member.value;
    return members;
  }
  if (wrapper === 'methodresponse') {
    // `<params>` reads as the list of its `<param>`s: the response has one.
    const value: unknown = Array.isArray(child) ? child[0] : child;
    return isObject(value) && 'value' in value ? value.value : value;
  }
  return undefined;
}

/**
 * An XML error document as the object JSON would have sent: elements as members, repeated elements as lists, text
 * as strings, so the structural reader finds `Code`, `Message`, `RequestId` and field errors wherever the vendor
 * nests them: S3's `<Error>`, the AWS query protocol's `<ErrorResponse><Error>`, EC2's
 * `<Response><Errors><Error>`, Azure Storage's `<Error>` (whose message carries `RequestId:` and `Time:` lines),
 * Xero's `<ApiException>` with its `<ValidationErrors>`, Braintree's `<api-error-response>`. Linear: one pass of
 * one regex; declarations and comments are skipped, and nesting past 32 levels is flattened.
 */
function xmlObject(xml: string): Loose | undefined {
  const open: Element[] = [{ name: '', attributes: '', text: '' }];
  // CDATA, a comment, a tag (quoted attribute values never span a `<`, which keeps a failed match short), another
  // declaration, text, or a `<` that opens nothing (text too).
  const tokens =
    /<!\[CDATA\[([^]*?)(?:]]>|$)|<!--[^]*?(?:-->|$)|<(\/?)([A-Za-z_][\w.:-]*)((?:[^<>"']|"[^"<>]*"|'[^'<>]*')*?)(\/?)>|<[!?][^<>]*>?|([^<]+|<)/g;
  for (const [, cdata, closing, tag, attributes = '', empty, text] of xml.slice(0, 1e5).matchAll(tokens)) {
    const parent = open[open.length - 1];
    if (!parent) break;
    // Character data is text as it stands: escaped here, as the element's text is unescaped once when it closes.
    if (cdata !== undefined) parent.text += cdata.replace(/&/g, '&amp;');
    if (text !== undefined) parent.text += text;
    if (!tag) continue;
    const name = tag.slice(tag.indexOf(':') + 1);
    if (closing) {
      if (open.length > 1 && parent.name === name) close(open);
    } else if (empty || open.length > MAX_DEPTH) add(parent, { name, attributes, text: '' });
    else open.push({ name, attributes, text: '' });
  }
  while (open.length > 1) close(open);
  // Wrappers of one element say nothing (`<TwilioResponse><RestException>`, `<IntuitResponse><Fault><Error>`): the
  // error is inside. A document that is a list (`<errors><error>…`) keeps its name, as JSON's `{ "errors": […] }`.
  let error: Loose = Object.fromEntries([...(open[0]?.children ?? [])].map(([name, [value]]) => [name, value]));
  // A FHIR resource names its type by its root element, as its JSON names it in `resourceType`.
  const fhir = /<(\w+)\s[^>]*xmlns="http:\/\/hl7\.org\/fhir"/.exec(xml.slice(0, 1024))?.[1];
  const resource: unknown = fhir === undefined ? undefined : error[fhir];
  if (isObject(resource) && !Array.isArray(resource)) error = { resourceType: fhir, ...resource };
  for (
    let names = Object.keys(error);
    names.length === 1 && !/errors$/i.test(names[0] ?? '');
    names = Object.keys(error)
  ) {
    const inner: unknown = error[names[0] ?? ''];
    if (!isObject(inner) || Array.isArray(inner)) break;
    error = inner;
  }
  return Object.keys(error).length ? error : undefined;
}

function close(open: Element[]): void {
  const element = open.pop();
  const parent = open[open.length - 1];
  if (element && parent) add(parent, element);
}

function add(parent: Element, element: Element): void {
  parent.children ??= new Map();
  const value = valueOf(element);
  if (value === undefined) return;
  const values = parent.children.get(element.name);
  if (values) values.push(value);
  else parent.children.set(element.name, [value]);
}

/** Azure Storage's message carries `RequestId:` and `Time:` lines: the id is the support id, the rest the message. */
function withRequestId(error: Loose): Loose {
  for (const key of ['Message', 'message']) {
    const lines = typeof error[key] === 'string' ? error[key].split('\n') : [];
    const id = lines.map((line: string) => /^RequestId:(\S+)/.exec(line.trim())?.[1]).find(Boolean);
    if (id) {
      error.RequestId ??= id;
      error[key] = lines.filter((line: string) => !/^\s*(?:RequestId|Time):/.test(line)).join(' ');
    }
  }
  return error;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** XML's five named entities and character references (`&#39;`, `&#x27;`), each read once: `&amp;lt;` is `&lt;`. */
const unescapeXml = (text: string): string =>
  text.replace(
    /&(?:(lt|gt|quot|apos|amp)|#(\d{1,7})|#x([\da-f]{1,6}));/gi,
    (entity, name?: string, dec?: string, hex?: string) => {
      const point = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
      if (point === undefined) return ENTITIES[name ?? ''] ?? entity;
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    },
  );

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
  parseText: (text, { header }) => {
    const error = isXml(text, header('content-type') ?? '') ? xmlObject(text) : undefined;
    return error && withRequestId(error);
  },
};
