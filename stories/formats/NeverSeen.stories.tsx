import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { corpus } from '../../test/conformance/corpus';
import type { Fixture } from '../../test/fixtures/types';
import { FormatGallery } from '../support/FormatGallery';

/**
 * Real responses from the unseen-API holdouts (`test/conformance/cases/unseen-*.ts`): APIs the reader was never
 * tuned on, copied from their docs, SDK fixtures and public issues (each case names its source).
 */
const cases = (...ids: string[]): Fixture[] =>
  ids.map((id) => {
    const found = corpus.find((c) => c.id === id);
    if (!found?.response) throw new Error(`no response case ${id}`);
    return {
      name: `${found.source}: ${id.split('/')[1]}`,
      format: 'holdout',
      status: found.response.status,
      headers: found.response.headers,
      body: found.response.body,
      source: found.url,
    };
  });

const meta = {
  title: 'Formats/APIs never seen',
  component: FormatGallery,
  parameters: {
    docs: {
      description: {
        component:
          'Responses from APIs the kit was never written for, read by their structure: what the server sent, the `ApiError` it becomes, and what a person sees. Each is a real response from the conformance corpus’s holdouts, with its source.',
      },
    },
  },
} satisfies Meta<typeof FormatGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NestedXml: Story = {
  name: 'XML, nested as JSON would be (Braintree, Xero, QuickBooks)',
  args: {
    fixtures: cases(
      'braintree/validation-errors-nested-xml-422',
      'xero/validation-exception-xml-400',
      'quickbooks-online/duplicate-name-6240-xml',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('article')).toHaveLength(3);
    // Braintree's errors sit under the record they are about: their paths start with it.
    await expect(canvas.getByText(/"field": "customer\.credit-card\.billing-address\.country_name"/)).toBeVisible();
    await expect(canvas.getAllByText('Credit card number is invalid.').length).toBeGreaterThan(0);
    // Xero's lone validation error speaks for the headline "A validation exception occurred".
    await expect(canvas.getAllByText('Account could not be found').length).toBeGreaterThan(0);
    await expect(canvas.queryByText('A validation exception occurred')).toBeNull();
  },
};

export const FailedWithOk: Story = {
  name: 'Errors sent with 200 (Yii 2, Kraken, Google Maps)',
  args: {
    fixtures: cases(
      'yii2/suppress-response-code-200',
      'kraken/invalid-key-200',
      'google-maps/elevation-invalid-key-xml-200',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The status written in the body, the list under `error`, the code `REQUEST_DENIED`: each says what happened.
    await expect(canvas.getByText(/"kind": "not-found"/)).toBeVisible();
    await expect(canvas.getByText(/"kind": "forbidden"/)).toBeVisible();
    await expect(canvas.getAllByText('The requested resource was not found.').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText('EAPI:Invalid key').length).toBeGreaterThan(0);
    await expect(canvas.queryByText(/"field": "error"/)).toBeNull();
  },
};

export const OtherSpellings: Story = {
  name: 'Members by their shape (Figma, ClickUp, Mercado Pago, UPS, Meta)',
  args: {
    fixtures: cases(
      'figma/invalid-token-403',
      'clickup/team-not-authorized-401',
      'mercado-pago/invalid-customer-data-400',
      'ups/dangerous-goods-not-authorized-400',
      'meta-graph/access-token-not-engaged-400',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Invalid token').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText(/"code": "OAUTH_023"/).length).toBeGreaterThan(0);
    await expect(canvas.getAllByText('Invalid customer data').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText(/"code": "130"/).length).toBeGreaterThan(0);
    // Meta's `fbtrace_id` is the id support asks for.
    await expect(canvas.getAllByText(/"logId": "/).length).toBeGreaterThan(0);
  },
};

export const HealthAndErp: Story = {
  name: 'FHIR, namespaced members, errors beside their field (HAPI FHIR, NetSuite, Sage, Payload)',
  args: {
    fixtures: cases(
      'hapi-fhir/resource-not-known-404',
      'netsuite-rest/invalid-content-error-path-400',
      'sage-accounting/multi-user-access-denied-403',
      'payload/validation-error-dev-400',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('article')).toHaveLength(4);
    // HAPI's OperationOutcome: its lone issue is the message, without the server's error number.
    await expect(canvas.getByText(/"message": "Resource Patient\/ImALittleTeaPot is not known"/)).toBeVisible();
    // NetSuite's `o:errorPath` names the field, `o:errorCode` the code; Sage's `$message` is the sentence.
    await expect(canvas.getByText(/"field": "item\.items\.0\.item"/)).toBeVisible();
    await expect(canvas.getAllByText(/"code": "INVALID_CONTENT"/).length).toBeGreaterThan(0);
    await expect(
      canvas.getAllByText('The current user is not allowed to access that resource with that method.').length,
    ).toBeGreaterThan(0);
    // Payload's field items sit inside an item that names no field; its headline only says a field failed.
    await expect(canvas.getAllByText('A user with the given email is already registered.').length).toBeGreaterThan(0);
    await expect(canvas.queryByText('The following field is invalid: email')).toBeNull();
  },
};

export const NamedByKind: Story = {
  name: 'Error objects named by their kind (TomTom, Infobip, Travelport, Authorize.net)',
  args: {
    fixtures: cases(
      'tomtom/reverse-geocode-position-missing-400',
      'infobip/whatsapp-location-validation-400',
      'travelport/unable-to-fare-quote-500-soap',
      'authorize-net/profile-fields-empty-200-xml',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('article')).toHaveLength(4);
    // TomTom's `detailedError` is the error object, and its `target` the field it is about.
    await expect(canvas.getByText(/"field": "position"/)).toBeVisible();
    // Infobip's map of fields sits under `requestError.serviceException`: an error's name is no field.
    await expect(canvas.getByText(/"field": "content\.latitude"/)).toBeVisible();
    await expect(canvas.queryByText(/"field": "requestError"/)).toBeNull();
    // Travelport's SOAP fault: the Description behind a namespace prefix is the sentence, not a field's.
    await expect(canvas.getByText(/"message": "No availability on chosen flights\."/)).toBeVisible();
    await expect(canvas.queryByText(/"field": "ErrorInfo"/)).toBeNull();
    // Authorize.net's `message` holds an object: its `code` and `text`.
    await expect(canvas.getAllByText(/"code": "E00041"/).length).toBeGreaterThan(0);
    await expect(
      canvas.getByText(/"message": "One or more fields in the profile must contain a value\."/),
    ).toBeVisible();
  },
};

export const CategoriesLinksExtensions: Story = {
  name: 'A category beside a code, a link in a sentence, errors in GraphQL extensions (ShipEngine, YouTube, Octopus Energy, Enphase)',
  args: {
    fixtures: cases(
      'shipengine/request-body-required-400',
      'youtube/quota-exceeded-upload-403',
      'octopus-energy/graphql-validation-input-paths-200',
      'enphase/system-not-found-404',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('article')).toHaveLength(4);
    // ShipEngine's `error_type: "validation"` beside the code classifies; its missing body is the developer's.
    const shipEngine = within(canvasElement.querySelectorAll('article')[0] as HTMLElement);
    await expect(shipEngine.getByText(/"kind": "validation"/)).toBeVisible();
    await expect(shipEngine.getByText(/"messageSource": "default"/)).toBeVisible();
    // YouTube's sentence reads as its text: the link's words stay, no link is rendered from server text.
    await expect(
      canvas.getAllByText('The request cannot be completed because you have exceeded your quota.').length,
    ).toBeGreaterThan(0);
    await expect(canvasElement.querySelector('a[href*="getting-started"]')).toBeNull();
    // Kraken's `extensions.validationErrors` name their inputs by `inputPath`.
    await expect(canvas.getByText(/"field": "input\.user\.firstName"/)).toBeVisible();
    // Enphase's `details` is the sentence beside "Not Found".
    await expect(canvas.getAllByText(/System not found for/).length).toBeGreaterThan(0);
  },
};

export const StatisticsValidatorsAndLimits: Story = {
  name: 'A statistics office’s error list, a schema validator’s report, a 429’s parameter (Eurostat, iNaturalist, MBTA, Prefect)',
  args: {
    fixtures: cases(
      'eurostat/invalid-query-dimension-400',
      'inaturalist/v2-additional-properties-400',
      'mbta/rate-limited-429',
      'prefect/csrf-token-client-missing-422',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const articles = canvasElement.querySelectorAll('article');
    await expect(articles).toHaveLength(4);
    // JSON-stat's `label` is the error's sentence, its code before it dropped.
    await expect(canvas.getAllByText(/Dimension "FROMTIMEPERIOD" is not defined/).length).toBeGreaterThan(0);
    // Ajv's report is for developers: the person reads the default, the model keeps the report in `details`.
    const inaturalist = within(articles[1] as HTMLElement);
    await expect(inaturalist.getByText(/"messageSource": "default"/)).toBeVisible();
    await expect(inaturalist.getByText(/"details": "must NOT have additional properties"/)).toBeVisible();
    // MBTA's 429 names `api_key` as the limit's key, not a field: its sentence is the message, its code the response's.
    const mbta = within(articles[2] as HTMLElement);
    const model = within(mbta.getByLabelText(/: ApiError$/));
    await expect(model.getByText(/"code": "rate_limited"/)).toBeVisible();
    await expect(mbta.queryByText(/"field": "api_key"/)).toBeNull();
    await expect(mbta.getAllByText(/You have exceeded your allowed usage rate/).length).toBeGreaterThan(0);
    // Prefect's `exception_detail` items name their fields in `loc`.
    await expect(canvas.getByText(/"field": "client"/)).toBeVisible();
  },
};

export const ContextsMapsAndSegments: Story = {
  name: 'A parameter named in an error’s context, fields under `error`, self-naming path segments (Zamzar, Deribit, Branch, Google Ads)',
  args: {
    fixtures: cases(
      'zamzar/unsupported-target-format-422',
      'deribit/invalid-params-instrument-name-400',
      'branch/open-fingerprint-regex-400',
      'google-ads/invalid-sha256-field-path-400',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const articles = canvasElement.querySelectorAll('article');
    await expect(articles).toHaveLength(4);
    // Zamzar's item names its parameter in `context`, whose `reason` is that field's text this time.
    const zamzar = within(articles[0] as HTMLElement);
    await expect(zamzar.getByText(/"field": "target_format"/)).toBeVisible();
    await expect(zamzar.getAllByText(/Unsupported is not a supported format/).length).toBeGreaterThan(0);
    // Deribit's JSON-RPC error names it in `data`; "Invalid params" says nothing of its own, so the default speaks.
    const deribit = within(articles[1] as HTMLElement);
    await expect(deribit.getByText(/"field": "instrument_name"/)).toBeVisible();
    await expect(deribit.getByText(/"messageSource": "default"/)).toBeVisible();
    // Branch's `error` is a map of fields; its empty `instrumentation` says nothing.
    const branch = within(articles[2] as HTMLElement);
    await expect(branch.getByText(/"field": "device_fingerprint_id"/)).toBeVisible();
    await expect(branch.queryByText(/"field": "instrumentation"/)).toBeNull();
    // Google Ads' `fieldPathElements` name themselves, with their indices.
    await expect(canvas.getByText(/"field": "operations\.0\.remove\.user_identifiers\.0\.hashed_email"/)).toBeVisible();
  },
};
