import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part G (12 December 2026): government, company-registry, tax and public-service APIs outside the
// US and the UK that no other case file uses (BrasilAPI; API Entreprise, API Particulier, API Adresse and API Recherche
// d'entreprises; Skatteetaten and the Altinn Notifications API; the Bundesagentur für Arbeit; ISIR, the Czech
// insolvency register; INEGI DENUE; KRS, the Polish court register; RPO, the Slovak register of legal entities),
// collected to measure how the reader does at first sight on APIs it was never tuned on. INSEE Sirene, KvK, Brønnøysund
// (Enhetsregisteret), EU VIES, Australian ABN Lookup, data.gov.sg, CVR, NZBN, DigiLocker/API Setu, the Estonian and
// Swiss registers and ReceitaWS were looked for and dropped: INSEE's `{ header: { statut, message } }` bodies were
// found only in files whose repository the index did not name, or in clients' hand-written mocks (one serving a
// `statut: 403` body with a 404); KvK's `fout` bodies only as a client's parser and a translation table, never a body;
// Brønnøysund's `valideringsfeil` body only in a chat log whose repository the index did not name, and its docs as
// stored show no error section; VIES SOAP faults only as third-party mocks that serve them with 200 or with no status,
// and its REST `errorWrappers` only in an issue without a status (as part X found); ABN Lookup, data.gov.sg, CVR, NZBN,
// DigiLocker, the Estonian and Swiss registers and ReceitaWS gave no body with a status; the Bundesagentur's
// `AAS_WRONG_PARAMETERS` body is pasted as a Python dict without its status; NVDB's XML `<fault>` example names no
// status. Every body and header was copied from the public material named in `url`: the products' own server tests
// (BrasilAPI, Recherche d'entreprises), the vendor's own staging payloads and OpenAPI examples (API Entreprise, API
// Particulier), vendor docs that print a response (Skatteetaten, Altinn), a third-party client's fixtures with the
// status its tests serve them with (ISIR's captured live, as its test says; DENUE's, KRS's and RPO's committed
// payloads; KRS's status from the body), and public issues that paste a captured response (API Adresse, Bundesagentur).
// Trims, a body rebuilt from a vendor's documented format and its table of codes (two Skatteetaten cases), a body
// assembled from a schema's per-member examples (three API Particulier cases), a Content-Type added where the capture
// shows none, and any status taken from elsewhere than the capture, are said in `note`. Every `expect` was written from
// the source and test/conformance/README.md (as it stood in the working tree of 12 December 2026, with other engineers'
// uncommitted additions to rules 2.1, 2.3 and 5 that touch none of these cases) before the kit was run on it. The brief
// asked for 35–45 cases; collection stopped at the time box with 31 from 12 sources.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-12-g`, in a clean worktree at 3d2819a with no uncommitted change to src/): 21/31 pass, 12
// sources (kind 28/31, message 21/31, fields 28/31, retry 31/31, logId 1/3, code 10/14). Failing at first sight:
// api-particulier/provider-network-error-503 ("Une erreur est survenue lors de l'appel au fournisseur de donnée", a
// report that a call to another service failed, kept where rule 2.3 makes it developer text);
// recherche-entreprises/no-search-parameter-400, recherche-entreprises/birth-date-format-400 and
// recherche-entreprises/page-out-of-range-400 (the French `erreur`, the error's own sentence, read as a field called
// `erreur`: validation with the default message, where rule 3 keeps the error member no field and rule 1 makes a lone
// 400 message a bad request); skatteetaten/beregnet-skatt-not-found-404-json,
// skatteetaten/arbeidsforhold-not-found-404-xml, skatteetaten/not-authorized-403-das-008 and
// skatteetaten/temporarily-unavailable-500-das-003 (the Norwegian `melding`, `kode` and `korrelasjonsid` not read: the
// kind's default message, no code, no support id; rules 2, 5 and 6); isir/schema-invalid-soap-fault-500 (the
// faultstring, an XML schema validator's report, kept, rule 2.3); isir/invalid-parameter-combination-ws1-200 (the Czech
// `popisChyby` and `textChyby` not read: the default, rule 2.2). No expectation was changed after the run.
//
// Measured again by the engineer on a clean worktree of 3d2819a, with the same result, 21/31; the twenty-second
// holdout as a whole: 68/101 at first sight (parts G 21/31, I 25/35, B 22/35).
//
// Read now, after the changes its misses led to: 29/31 (member names in other languages: French `erreur`, Norwegian
// `kode`, `melding` and `korrelasjonsid`; an XML schema validator's `cvc-…:` report as developer text). Still read
// wrong: api-particulier/provider-network-error-503 (developer text is read in English only) and
// isir/invalid-parameter-combination-ws1-200 (the Czech `popisChyby` is no description the rules name).

export default [
  // ───────────────────────────── BrasilAPI ─────────────────────────────
  {
    id: 'brasilapi/cnpj-not-found-404',
    source: 'BrasilAPI',
    url: 'BrasilAPI/BrasilAPI/tests/cnpj-v1.test.js@06009b4c1b67acbd3f34a868b35e28b0ef52db01',
    note: 'The project\'s own E2E test "Utilizando um CNPJ válido inexistente": status 404 and this body (`toEqual`). `name` names a class (rule 1: a `Name` that names a class is no field, beside a code it is the category); `type` only restates the status, so no code is stated.',
    response: {
      status: 404,
      body: { message: 'CNPJ 00.000.000/0000-00 não encontrado.', name: 'NotFoundError', type: 'not_found' },
    },
    expect: { kind: 'not-found', message: 'CNPJ 00.000.000/0000-00 não encontrado' },
  },
  {
    id: 'brasilapi/cnpj-invalid-400',
    source: 'BrasilAPI',
    url: 'BrasilAPI/BrasilAPI/tests/cnpj-v1.test.js@06009b4c1b67acbd3f34a868b35e28b0ef52db01',
    note: "The same test file's \"Utilizando um CNPJ inválido: 123\": status 400 and this body (`toEqual`). A lone sentence that says the input is invalid, with no field member and only `bad_request` (the status restated) as its type: rule 1's table makes a 400 without fields a bad request (text without a code that says an input is wrong is the rules' open question).",
    response: {
      status: 400,
      body: { message: 'CNPJ 123 inválido.', name: 'BadRequestError', type: 'bad_request' },
    },
    expect: { kind: 'bad-request', message: 'CNPJ 123 inválido' },
  },
  {
    id: 'brasilapi/cep-v2-length-validation-400',
    source: 'BrasilAPI',
    url: 'BrasilAPI/BrasilAPI/tests/cep-v2.test.js@0db7deae0b6b3e7f8ebebcfbccc3b59be44eb4e9',
    note: 'The project\'s E2E test "Utilizando um CEP inválido: 999999999999999": status 400 and this body (`toEqual`). `type: "validation_error"` is a validation code on a 4xx (rule 1). The lone item names no field (`service` says which check spoke), so it is form-level and no field error is stated; a lone form-level sentence in the error\'s list beats the envelope\'s `message` (rule 2.2, EasyPost\'s).',
    response: {
      status: 400,
      body: {
        name: 'CepPromiseError',
        message: 'CEP deve conter exatamente 8 caracteres.',
        type: 'validation_error',
        errors: [{ message: 'CEP informado possui mais do que 8 caracteres.', service: 'cep_validation' }],
      },
    },
    expect: { kind: 'validation', message: 'CEP informado possui mais do que 8 caracteres' },
  },
  {
    id: 'brasilapi/method-not-allowed-405-text',
    source: 'BrasilAPI',
    url: 'BrasilAPI/BrasilAPI/tests/e2e/handler/middlewares/method-not-allowed.test.js@a99d8589ef0a1edc4c0d944bdf7438e7adb0f2e8',
    note: 'The project\'s handler test: `response.status` 405 and `response.data` the string "Method Not Allowed". Content-Type text/plain added: the test shows none. 405 is a bad request (rule 1); the text is the bare reason phrase, so the default (rule 2.1).',
    response: { status: 405, headers: { 'Content-Type': 'text/plain' }, body: 'Method Not Allowed' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── API Entreprise ─────────────────────────────
  {
    id: 'api-entreprise/invalid-token-401',
    source: 'API Entreprise',
    url: 'etalab/siade_staging_data/openapi_files/api_entreprise.yaml@1e29641bd703bea7c81f19ff1fac6352c49991a1',
    note: "The vendor's OpenAPI file, `/v3/urssaf/unites_legales/{siren}/attestation_vigilance`, response 401, example `invalid_token_error` (YAML rendered as JSON). The item is JSON:API-shaped and its `source.parameter` names `token`: only the 429 exception of rule 3 (a wait is no input's fault) makes such a parameter form-level, so here it names the field, and an array of one item that names a field stays a list, its sentence the field's (rule 3, Grafana's): the message is the default (rule 2.4). \"Interdit\" is a lone word. A 401 stays unauthenticated (rule 1). The item's `code` is the code (rule 6).",
    response: {
      status: 401,
      body: {
        errors: [
          {
            code: '00101',
            title: 'Interdit',
            detail: "Votre token n'est pas valide ou n'est pas renseigné",
            source: { parameter: 'token' },
            meta: {},
          },
        ],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [['token', "token n'est pas valide"]],
      code: '00101',
    },
  },
  {
    id: 'api-entreprise/siren-malformed-422',
    source: 'API Entreprise',
    url: 'etalab/siade_staging_data/openapi_files/api_entreprise.yaml@1e29641bd703bea7c81f19ff1fac6352c49991a1',
    note: "The same operation's 422 example `unprocessable_entity_error_siren_error`. `source.parameter` names `siren` (rule 3, JSON:API's `source`); the title \"Entité non traitable\" is the French reason phrase of 422, a generic line (rule 2.1), and the detail is the field's, so the message is the default (rule 2.4).",
    response: {
      status: 422,
      body: {
        errors: [
          {
            code: '00301',
            title: 'Entité non traitable',
            detail: "Le numéro de siren n'est pas correctement formatté",
            source: { parameter: 'siren' },
            meta: {},
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['siren', "n'est pas correctement formatté"]],
      code: '00301',
    },
  },
  {
    id: 'api-entreprise/urssaf-manual-analysis-502-retry-in',
    source: 'API Entreprise',
    url: 'etalab/siade_staging_data/openapi_files/api_entreprise.yaml@1e29641bd703bea7c81f19ff1fac6352c49991a1',
    note: 'The same operation\'s 502 ("Erreur du fournisseur") example `analyse_de_la_situation_du_compte_en_cours_04501`; `source` is null in the YAML. `meta.retry_in` is a body retry hint in what the error holds, in seconds (rule 4.3): 172800 s, clamped to one day (rule 4). 502 is unavailable (rule 1). The detail is a sentence for the person (the URSSAF needs a manual review).',
    response: {
      status: 502,
      body: {
        errors: [
          {
            code: '04501',
            title: 'Analyse de la situation du compte en cours',
            detail:
              "La situation de l'entreprise requiert une analyse manuelle d'un agent de l'URSSAF. Une demande d'analyse vient d'être envoyée, cela prend au maximum 2 jours.",
            source: null,
            meta: { provider: 'ACOSS', retry_in: 172800 },
          },
        ],
      },
    },
    expect: {
      kind: 'unavailable',
      message: "requiert une analyse manuelle d'un agent de l'URSSAF",
      retry: 86400,
      code: '04501',
    },
  },
  {
    id: 'api-entreprise/dgfip-entity-not-found-404',
    source: 'API Entreprise',
    url: 'etalab/siade_staging_data/payloads/api_entreprise_v3_dgfip_attestations_fiscales/entite_hors_perimetre.yaml@ba37f5ba926d42a0e38f999e7511301c1d4dc52c',
    note: 'The vendor\'s staging payload for the DGFIP attestation with siren 000000002: `status: 404` and this payload. "Entité non trouvée" is a category line; the detail is the sentence (rule 2.2, occurrence-specific over type-level).',
    response: {
      status: 404,
      body: {
        errors: [
          {
            code: '03003',
            title: 'Entité non trouvée',
            detail:
              "L'identifiant indiqué n'existe pas, n'est pas connu ou ne comporte aucune information pour cet appel.",
            meta: { provider: 'DGFIP - Adélie' },
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: "L'identifiant indiqué n'existe pas", code: '03003' },
  },

  // ───────────────────────────── API Particulier ─────────────────────────────
  {
    id: 'api-particulier/avis-imposition-not-found-404',
    source: 'API Particulier',
    url: 'etalab/siade_staging_data/openapi_files/api_particulier.yaml@288b2d597136dd48184f065c54c1d78a5f8c7a3f',
    note: "The vendor's OpenAPI file, `/api/v2/avis-imposition`, response 404: the schema gives one `example` per member, assembled here into the body. `reason` and `message` hold the same sentence. `not_found` only restates the status, so no code is stated.",
    response: {
      status: 404,
      body: {
        error: 'not_found',
        reason: 'Les paramètres fournis sont incorrects ou ne correspondent pas à un avis',
        message: 'Les paramètres fournis sont incorrects ou ne correspondent pas à un avis',
      },
    },
    expect: { kind: 'not-found', message: 'ne correspondent pas à un avis' },
  },
  {
    id: 'api-particulier/dgfip-rate-limited-509',
    source: 'API Particulier',
    url: 'etalab/siade_staging_data/openapi_files/api_particulier.yaml@288b2d597136dd48184f065c54c1d78a5f8c7a3f',
    note: "The same operation's 509 response (\"Le fournisseur de donnée a rejeté la demande en raison d'un trop grand nombre d'échecs antérieurs.\"), its per-member examples assembled into the body. `rate_limited` is a throttling code (rule 1: `ratelimited`, read without separators), which outranks a 5xx. `message` is the sentence written for the person; `reason` is the English technical label. No wait is given, so no retry time.",
    response: {
      status: 509,
      body: {
        error: 'rate_limited',
        reason: 'DGFIP error rate limit exceeded',
        message: "Le fournisseur de donnée a rejeté la demande en raison d'un trop grand nombre d'échecs antérieurs.",
      },
    },
    expect: {
      kind: 'rate-limited',
      message: "rejeté la demande en raison d'un trop grand nombre d'échecs",
      code: 'rate_limited',
    },
  },
  {
    id: 'api-particulier/provider-network-error-503',
    source: 'API Particulier',
    url: 'etalab/siade_staging_data/openapi_files/api_particulier.yaml@288b2d597136dd48184f065c54c1d78a5f8c7a3f',
    note: 'The same operation\'s 503 response ("Une erreur est survenue lors de l\'appel au fournisseur de donnée"), its per-member examples assembled into the body. "timeout of 10000 ms exceeded" is the HTTP client\'s report of a call to another service, and the message says only that the call to the data provider failed: both developer text (rule 2.3, a failure to reach another service, Modrinth\'s), so the default.',
    response: {
      status: 503,
      body: {
        error: 'network_error',
        reason: 'timeout of 10000 ms exceeded',
        message: "Une erreur est survenue lors de l'appel au fournisseur de donnée",
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT, code: 'network_error' },
  },
  {
    id: 'api-particulier/scolarite-gender-format-400',
    source: 'API Particulier',
    url: 'etalab/siade_staging_data/openapi_files/api_particulier.yaml@288b2d597136dd48184f065c54c1d78a5f8c7a3f',
    note: "The scolarité operation's 400 example `unprocessable_entity_error_gender_error` (YAML rendered as JSON; `source` is null). No member names a field (the input is named only in the sentence), so no field error; a 400 with one message and no validation code is a bad request (rule 1; text that says an input is wrong is the rules' open question). \"(m ou f)\" is a hint, not a parser's report.",
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: '00364',
            title: 'Entité non traitable',
            detail: "Le sexe n'est pas correctement formaté (m ou f)",
            source: null,
            meta: {},
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: "Le sexe n'est pas correctement formaté", code: '00364' },
  },

  // ───────────────────────────── API Adresse (BAN) ─────────────────────────────
  {
    id: 'api-adresse/query-too-short-400',
    source: 'API Adresse (Base Adresse Nationale)',
    url: 'https://github.com/BaseAdresseNationale/adresse.data.gouv.fr/issues/1405',
    note: 'The issue\'s Postman capture of /search/ answered with "HTTP code 400": this body. A lone sentence about the `q` parameter with no field member: a bad request (rule 1).',
    response: {
      status: 400,
      body: { code: 400, message: 'q must contain between 3 and 200 chars and start with a number or a letter' },
    },
    expect: { kind: 'bad-request', message: 'q must contain between 3 and 200 chars' },
  },
  {
    id: 'api-adresse/failed-parsing-query-400',
    source: 'API Adresse (Base Adresse Nationale)',
    url: 'https://github.com/demarche-numerique/demarche.numerique.gouv.fr/pull/12327',
    note: 'The PR quotes "une erreur renvoyée souvent par l\'api" from their Sentry; status from the body\'s `code` 400. "Failed parsing query" is a generic headline before the list (rule 2.1); the lone sentence in `detail` is the message (rule 2.2). It is a string, not an item with a path, so no field error (rule 3; "q: …" leading it says which field and stays in the message).',
    response: {
      status: 400,
      body: {
        code: 400,
        message: 'Failed parsing query',
        detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'],
      },
    },
    expect: { kind: 'bad-request', message: 'q: must contain between 3 and 200 chars' },
  },

  // ───────────────────────────── API Recherche d'entreprises ─────────────────────────────
  {
    id: 'recherche-entreprises/no-search-parameter-400',
    source: "API Recherche d'entreprises",
    url: 'annuaire-entreprises-data-gouv-fr/search-api/app/tests/e2e_tests/test_api.py@0721fdd8407a6697dc301bd4b8eef8241858d1bf',
    note: 'The product\'s own E2E test `test_error_query` (`search?qs=ganymede`): status 400 and `response.json()["erreur"]` equal to this sentence; the test asserts only that member, so any other member is not shown. `erreur` is the French `error`, holding the sentence.',
    response: { status: 400, body: { erreur: 'Veuillez indiquer au moins un paramètre de recherche.' } },
    expect: { kind: 'bad-request', message: 'Veuillez indiquer au moins un paramètre de recherche' },
  },
  {
    id: 'recherche-entreprises/birth-date-format-400',
    source: "API Recherche d'entreprises",
    url: 'annuaire-entreprises-data-gouv-fr/search-api/app/tests/e2e_tests/test_api.py@0721fdd8407a6697dc301bd4b8eef8241858d1bf',
    note: "The same file's `test_format_date_naissance` (`date_naissance_personne_min=13/09/2001`): status 400 and this `erreur` (the two Python string literals joined). No member names the parameter, so no field error: a bad request (rule 1).",
    response: {
      status: 400,
      body: { erreur: "Veuillez indiquer une date sous le format : aaaa-mm-jj. Exemple : '1990-01-02'" },
    },
    expect: { kind: 'bad-request', message: 'Veuillez indiquer une date sous le format' },
  },
  {
    id: 'recherche-entreprises/page-out-of-range-400',
    source: "API Recherche d'entreprises",
    url: 'annuaire-entreprises-data-gouv-fr/search-api/app/tests/e2e_tests/test_api.py@0721fdd8407a6697dc301bd4b8eef8241858d1bf',
    note: "The same file's `test_page_number` (`page=10001`): status 400 and this `erreur`. The backticks are text (rule 2.5 concerns markup only).",
    response: {
      status: 400,
      body: { erreur: 'Veuillez indiquer un paramètre `page` entre `1` et `1000`, par défaut `1`.' },
    },
    expect: { kind: 'bad-request', message: 'Veuillez indiquer un paramètre `page` entre `1` et `1000`' },
  },

  // ───────────────────────────── Skatteetaten ─────────────────────────────
  {
    id: 'skatteetaten/beregnet-skatt-not-found-404-json',
    source: 'Skatteetaten (Norwegian Tax Administration) API',
    url: 'Skatteetaten/api-dokumentasjon/docs/om/feil.md@12a6b33cf3686c447c116e65df62deda92c3ea17',
    note: 'The vendor\'s error-handling page prints this JSON as the format of its errors. Its status is the page\'s own table: "404 Not Found | Applikasjonen vil gi en detaljert feilmelding på norsk for hva som ikke ble funnet" (the message says what was not found). `kode`, `melding` and `korrelasjonsid` are Norwegian for code, message and correlation id; the page says `korrelasjonsid` is what to report to support, the id a person quotes (rule 5, `correlationId`).',
    response: {
      status: 404,
      body: {
        kode: 'BSA-006',
        melding: 'Fant ikke beregnet skatt for gitt inntektsår og identifikator',
        korrelasjonsid: '13a865f5-28f9-47db-9abd-ab78977c79fe',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Fant ikke beregnet skatt',
      logId: '13a865f5-28f9-47db-9abd-ab78977c79fe',
      code: 'BSA-006',
    },
  },
  {
    id: 'skatteetaten/arbeidsforhold-not-found-404-xml',
    source: 'Skatteetaten (Norwegian Tax Administration) API',
    url: 'Skatteetaten/api-dokumentasjon/docs/om/feil.md@12a6b33cf3686c447c116e65df62deda92c3ea17',
    note: 'The same page\'s XML form, sent "Dersom `Accept`-header er satt til `application/xml`"; Content-Type application/xml added from that sentence. Status from the page\'s 404 row, as above (the message says nothing was found). XML is read as JSON would have sent it (rule 3).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/xml' },
      body: '<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">\n   <kode>ARBEIDSFORHOLD-003</kode>\n   <melding>Fant ingen aktivt arbeidsforhold mellom angitt arbeidstaker og angitt arbeidsgiver</melding>\n   <korrelasjonsid>a621a996-315d-4b8a-ac6c-6239e67f03e7</korrelasjonsid>\n</feil>',
    },
    expect: {
      kind: 'not-found',
      message: 'Fant ingen aktivt arbeidsforhold',
      logId: 'a621a996-315d-4b8a-ac6c-6239e67f03e7',
      code: 'ARBEIDSFORHOLD-003',
    },
  },
  {
    id: 'skatteetaten/not-authorized-403-das-008',
    source: 'Skatteetaten (Norwegian Tax Administration) API',
    url: 'Skatteetaten/api-dokumentasjon/docs/om/feil.md@12a6b33cf3686c447c116e65df62deda92c3ea17',
    note: 'Rebuilt from the same page: its documented format (`kode`, `melding`) and the row "403 | DAS-008 | Du er ikke autorisert for tilgang til den forespurte ressursen." of its shared codes. The `korrelasjonsid` is left out: the table gives none. 403 is forbidden (rule 1).',
    response: {
      status: 403,
      body: { kode: 'DAS-008', melding: 'Du er ikke autorisert for tilgang til den forespurte ressursen.' },
    },
    expect: { kind: 'forbidden', message: 'Du er ikke autorisert for tilgang', code: 'DAS-008' },
  },
  {
    id: 'skatteetaten/temporarily-unavailable-500-das-003',
    source: 'Skatteetaten (Norwegian Tax Administration) API',
    url: 'Skatteetaten/api-dokumentasjon/docs/om/feil.md@12a6b33cf3686c447c116e65df62deda92c3ea17',
    note: 'Rebuilt from the same page: its documented format and the row "500 | DAS-003 | Den forespurte informasjonen er for øyeblikket utilgjengelig, vennligst prøv igjen senere! …"; no `korrelasjonsid` (the table gives none). A JSON sentence from the app on a 500 is a message (rule 2.6 concerns plain text only). "prøv igjen senere" names no duration, so no retry time (rule 4.4). 500 is server (rule 1).',
    response: {
      status: 500,
      body: {
        kode: 'DAS-003',
        melding:
          'Den forespurte informasjonen er for øyeblikket utilgjengelig, vennligst prøv igjen senere! Dersom problemet vedvarer, ta kontakt med brukerstøtte!',
      },
    },
    expect: {
      kind: 'server',
      message: 'Den forespurte informasjonen er for øyeblikket utilgjengelig',
      code: 'DAS-003',
    },
  },

  // ───────────────────────────── Altinn Notifications API ─────────────────────────────
  {
    id: 'altinn-notifications/missing-contact-information-422',
    source: 'Altinn Notifications API',
    url: 'Altinn/altinn-studio-docs/content/notifications/reference/error-codes/_index.nb.md@01030236966e1152a4dfa07e9c90c31cdb5a8e61',
    note: 'The vendor\'s error-code reference, NOT-00001, "HTTP-statuskode: 422 Unprocessable Entity", "Eksempelrespons" as printed. A problem-details body whose `errorCode` is the code (rule 6, an explicit code member). 422 is validation (rule 1); no member names a field.',
    response: {
      status: 422,
      body: { status: 422, errorCode: 'NOT-00001', detail: 'Missing contact information for recipient(s)' },
    },
    expect: { kind: 'validation', message: 'Missing contact information for recipient(s)', code: 'NOT-00001' },
  },
  {
    id: 'altinn-notifications/client-closed-request-499',
    source: 'Altinn Notifications API',
    url: 'Altinn/altinn-studio-docs/content/notifications/reference/error-codes/_index.nb.md@01030236966e1152a4dfa07e9c90c31cdb5a8e61',
    note: 'The same reference, NOT-00002, "HTTP-statuskode: 499 Client Closed Request", example response as printed. 499 is cancelled (rule 1).',
    response: {
      status: 499,
      body: {
        status: 499,
        errorCode: 'NOT-00002',
        detail: 'The client disconnected or cancelled the request before the server could complete processing',
      },
    },
    expect: { kind: 'cancelled', message: 'The client disconnected or cancelled the request', code: 'NOT-00002' },
  },
  {
    id: 'altinn-notifications/shipment-not-found-404',
    source: 'Altinn Notifications API',
    url: 'Altinn/altinn-studio-docs/content/notifications/reference/error-codes/_index.nb.md@01030236966e1152a4dfa07e9c90c31cdb5a8e61',
    note: 'The same reference, NOT-00003, "HTTP-statuskode: 404 Not Found", example response as printed. "Shipment not found" is a sentence, not the bare reason phrase (rule 2.1).',
    response: { status: 404, body: { status: 404, errorCode: 'NOT-00003', detail: 'Shipment not found' } },
    expect: { kind: 'not-found', message: 'Shipment not found', code: 'NOT-00003' },
  },

  // ───────────────────────────── Bundesagentur für Arbeit ─────────────────────────────
  {
    id: 'arbeitsagentur/gettoken-message-blocked-500-soap',
    source: 'Bundesagentur für Arbeit (Jobsuche API)',
    url: 'https://github.com/bundesAPI/jobsuche-api/issues/53',
    note: 'The issue: requesting a token at `gettoken_cc` "returns a HTTP error code 500 and the following response body" (the gateway\'s SOAP 1.2 fault, as pasted). Content-Type application/soap+xml added: the issue shows none. The `Reason` is empty and `fault:MessageBlocked` is a code, so the message is the default (rule 2.1); 500 is server (rule 1). The subcode is not stated as the code (rule 6 names only an XML error\'s `Code` element, here a wrapper of `Value` and `Subcode`).',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/soap+xml' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">\n    <env:Header>\n   </env:Header>\n    <env:Body>\n        <env:Fault>\n            <env:Code>\n                <env:Value>env:Receiver\n            </env:Value>\n                <env:Subcode>\n                    <env:Value xmlns:fault="http://www.vordel.com/soapfaults">fault:MessageBlocked\n               </env:Value>\n                </env:Subcode>\n            </env:Code>\n            <env:Reason>\n         </env:Reason>\n            <env:Detail xmlns:fault="http://www.vordel.com/soapfaults" fault:type="faultDetails">\n         </env:Detail>\n        </env:Fault>\n    </env:Body>\n</env:Envelope>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── ISIR (Czech insolvency register) ─────────────────────────────
  {
    id: 'isir/schema-invalid-soap-fault-500',
    source: 'ISIR (Czech Insolvency Register) web service',
    url: 'stella/stella/packages/business-registries/src/entity-checks/__fixtures__/isir-soap-fault.xml@22568aa2eef8d93d8f5237c7a049ad43ead5862e',
    note: 'A live ISIR_CUZK_WS response captured by a third-party client ("isir-soap-fault.xml   an out-of-range relevance cap (HTTP 500)", cz-insolvency.test.ts, which serves it with status 500 and `text/xml;charset=UTF-8`). The faultstring is an XML schema validator\'s report ("cvc-enumeration-valid: … is not facet-valid …") after a line that only says the data failed the structure\'s definition: developer text (rule 2.3) and a generic line (rule 2.1), so the default. 500 is server; `soap:Client` does not turn a 5xx into a 4xx kind (rule 1).',
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
      body: "<?xml version='1.0' encoding='UTF-8'?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Data nejsou validní, neodpovídají aktuální definici struktury. Chyba: 'cvc-enumeration-valid: Value '9' is not facet-valid with respect to enumeration '[1, 2, 3, 4, 5, 6, 7]'. It must be a value from the enumeration.'.</faultstring></soap:Fault></soap:Body></soap:Envelope>",
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'isir/invalid-parameter-combination-ws1-200',
    source: 'ISIR (Czech Insolvency Register) web service',
    url: 'stella/stella/packages/business-registries/src/entity-checks/__fixtures__/isir-invalid-combination.xml@120a5c2d6d1984283a3a4988ca7499208f50b61b',
    note: 'A live response captured by the same client ("a first name without a surname (WS1)"), served by its test with the default status 200 and `text/xml;charset=UTF-8`. `kodChyby`, `textChyby` and `popisChyby` are Czech for error code, error text and error description: a description beats the message beside it (rule 2.2). A 2xx whose error code (`WS1`) names no HTTP status is unknown (rule 1).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
      body: '<?xml version=\'1.0\' encoding=\'UTF-8\'?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:getIsirWsCuzkDataResponse xmlns:ns2="http://isirws.cca.cz/types/"><stav><kodChyby>WS1</kodChyby><textChyby>Nesprávná kombinace parametrů</textChyby><popisChyby>Kontrola na správnost vyplnění parametrů neproběhla v pořádku - nesprávná kombinace parametrů</popisChyby></stav></ns2:getIsirWsCuzkDataResponse></soap:Body></soap:Envelope>',
    },
    expect: { kind: 'unknown', message: 'Kontrola na správnost vyplnění parametrů neproběhla v pořádku' },
  },
  {
    id: 'isir/outage-page-200-html',
    source: 'ISIR (Czech Insolvency Register) web service',
    url: 'stella/stella/packages/business-registries/src/entity-checks/__fixtures__/isir-outage-page.html@120a5c2d6d1984283a3a4988ca7499208f50b61b',
    note: 'The register\'s "system unavailable" page, captured live by the same client and served by its test "the outage page served with HTTP 200" with `text/html`. The whole page, as captured (trailing spaces kept). An HTML page gives no message (rule 5), and the "(404)" in its heading is page text, not a status the body names as data (rule 1 reads a body\'s status member): a 2xx with nothing that says what failed is unknown.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
      body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML lang=cs-CZ>
<HEAD>
<TITLE>Nedostupný systém - ISIR - Insolvenční rejstřík</TITLE>
<META content="text/html; charset=UTF-8" http-equiv=Content-Type>
<META name=Content-language content=cs-CZ>
<META HTTP-EQUIV="refresh" CONTENT="60">
<LINK rel=stylesheet type=text/css href="/css/main.css">
<LINK rel=stylesheet type=text/css href="/css/main_for_print.css" media=print>
<BODY class=body>
<DIV class=minWidthIE>
<TABLE class=hidden_for_print border=0 cellSpacing=0 cellPadding=0>
  <TBODY>
  <TR>
    <TD><A href="https://isir.justice.cz" 
      target=_parent><IMG alt="Insolvenční rejstřík" 
      src="/images/leftHeader_new.JPG"> </A></TD>
    <TD class=middleHeadCell><A id=odkazMsp href="http://www.justice.cz/" 
      target=_parent>Ministerstvo spravedlnosti České republiky </A></TD><!--  
          <td>
            <a href="http://www.justice.cz" target="_parent">
              <img src="/images/rightHeader_new.PNG" alt="Ministerstvo spravedlnosti České republiky" >
            </a>
          </td>
          --></TR></TBODY>
</TABLE>
</DIV>
          
<DIV class=mainBody><A name=tocontent></A>
<DIV>
<DIV style="PADDING-LEFT: 40px; PADDING-TOP: 35px">
<DIV style="PADDING-LEFT: 4px; FONT-SIZE: 9pt; PADDING-TOP: 5px">

<p align=center>
<H2 class=detailNadpis>Systém je nedostupný (404)</H2>
<hr>
<br><br>
<p>
Omlouváme se za dočasnou nedostupnost systému. Problém bude v co nejkratší době odstraněn<br />
<b>Tato stránka se bude v pravidelných intervalech pokoušet o opětovné načtení stránek Insolvenčního rejstříku, prosím vyčkejte.</b>
Pro opětovné načtení stránek můžete také stisknout klávesu F5.<br /><br />
Případné dotazy zasílejte na <a href="mailto:technickapodpora.isir@msp.justice.cz" title="Napiš email s dotazem na technickapodpora.isir@msp.justice.cz">technickapodpora.isir@msp.justice.cz</a>.
<br /><br />Děkujeme za pochopení.</p>


</DIV></DIV>
<!-- paticka stranky -->
<DIV class=minWidthIE>
<DIV class=footerMenu>
<UL class=footerUl>
</UL></DIV></DIV>
<DIV style="HEIGHT: 40px" class=display_for_print></DIV>
<TABLE class=footerTable>
  <TBODY>
  <TR>
    <TD><A class=normalLink href="http://www.justice.cz/" 
      target=_blank>Ministerstvo spravedlnosti ČR</A> , Vyšehradská 16, 128 10 
      Praha 2, Česká republika.
      </TD></TR></TBODY></TABLE></DIV></BODY></HTML>
`,
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── INEGI DENUE ─────────────────────────────
  {
    id: 'inegi-denue/no-results-200-string-array',
    source: 'INEGI DENUE API',
    url: 'stella/stella/packages/business-registries/src/denue/__fixtures__/lookup-not-found.json@c4f0a014c101b7dca024122cb1b80d0341b06250',
    note: 'A third-party client\'s fixture of DENUE\'s answer to a lookup of an unknown establishment id, served by its test ("returns null when DENUE reports no results") with status 200 and `application/json` (the test calls its fixtures "committed JSON payloads shaped like DENUE responses"). A JSON array holding one string: its lone sentence is the message (rule 2.2, a lone form-level sentence in an error list), and a 2xx that names no status or code is unknown (rule 1).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: ['No se encontraron resultados'],
    },
    expect: { kind: 'unknown', message: 'No se encontraron resultados' },
  },

  // ───────────────────────────── KRS (Polish National Court Register) ─────────────────────────────
  {
    id: 'krs/lookup-not-found-404-problem',
    source: 'KRS API (Polish National Court Register)',
    url: 'stella/stella/packages/business-registries/src/krs/__fixtures__/lookup-not-found.json@5ff26b80a01c104b054c19655c768cf46699597a',
    note: "A third-party client's fixture of the register's answer to an unknown KRS number: an ASP.NET Core problem-details body; status from its `status`. The title is the bare reason phrase, so the default (rule 2.1). `traceId` is a body id (rule 5), written as a W3C traceparent; the body's own member wins over headers. The `type` URI only restates the status, so no code is stated.",
    response: {
      status: 404,
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
        title: 'Not Found',
        status: 404,
        traceId: '00-73b69dc90e2c9e6c77bb28d9d350aca0-f383ae3aa6a5171f-00',
      },
    },
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      logId: '00-73b69dc90e2c9e6c77bb28d9d350aca0-f383ae3aa6a5171f-00',
    },
  },

  // ───────────────────────────── RPO (Slovak Register of Legal Entities) ─────────────────────────────
  {
    id: 'rpo/search-no-parameters-400',
    source: 'RPO API (Slovak Register of Legal Entities)',
    url: 'stella/stella/packages/business-registries/src/rpo/__fixtures__/search-no-parameters.json@069ce90994445a5f1afd20b3fda8a645573a35ae',
    note: "A third-party client's fixture of the register's rejection of a search without parameters; its test \"a rejected request carries the register's message\" serves it with status 400 and asserts `upstreamMessage` is this sentence. `_links` is HAL navigation, no field. A bad request (rule 1).",
    response: {
      status: 400,
      body: {
        message: 'No parameters specified in search request',
        _links: { self: { href: '/rpo/v1/search', templated: false } },
      },
    },
    expect: { kind: 'bad-request', message: 'No parameters specified in search request' },
  },
] satisfies ConformanceCase[];
