import type { ApiErrorMessages } from 'api-error-kit/react';

/**
 * German: plain and formal ("Sie"), in the manner of GOV.UK's wording. Pass it to `ApiErrorProvider`
 * with `locale="de"`, so numbers and durations are German too ("1 Minute", "42 Sekunden"). Server
 * messages stay in the language the server wrote.
 *
 * @example <ApiErrorProvider messages={messagesDe} locale="de">…</ApiErrorProvider>
 */
export const messagesDe: ApiErrorMessages = {
  kinds: {
    validation: { title: 'Es gibt ein Problem', message: 'Prüfen Sie Ihre Angaben und versuchen Sie es erneut.' },
    'bad-request': {
      title: 'Die Anfrage konnte nicht ausgeführt werden',
      message: 'Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
    },
    unauthenticated: {
      title: 'Melden Sie sich an, um fortzufahren',
      message: 'Ihre Sitzung ist möglicherweise abgelaufen. Melden Sie sich an und versuchen Sie es erneut.',
    },
    forbidden: { title: 'Sie haben keinen Zugriff', message: 'Ihr Konto hat keine Berechtigung dafür.' },
    'not-found': { title: 'Nicht gefunden', message: 'Es wurde möglicherweise verschoben oder gelöscht.' },
    conflict: {
      title: 'Das konnte nicht gespeichert werden',
      message: 'Es steht im Widerspruch zu etwas, das bereits existiert oder gerade geändert wurde.',
    },
    'rate-limited': { title: 'Zu viele Anfragen', message: 'Sie haben in kurzer Zeit zu viele Anfragen gestellt.' },
    server: { title: 'Leider gibt es ein Problem mit dem Dienst', message: 'Versuchen Sie es später erneut.' },
    unavailable: { title: 'Der Dienst ist leider nicht verfügbar', message: 'Versuchen Sie es später erneut.' },
    timeout: { title: 'Die Anfrage hat zu lange gedauert', message: 'Versuchen Sie es erneut.' },
    network: {
      title: 'Keine Verbindung möglich',
      message: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    },
    cancelled: { title: 'Anfrage abgebrochen', message: 'Die Anfrage wurde abgebrochen.' },
    unknown: {
      title: 'Etwas ist schiefgelaufen',
      message: 'Versuchen Sie es erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den Support.',
    },
  },
  pageNotFound: {
    title: 'Seite nicht gefunden',
    message:
      'Wenn Sie die Adresse eingegeben haben, prüfen Sie, ob sie richtig ist. Wenn Sie sie eingefügt haben, prüfen Sie, ob Sie die vollständige Adresse kopiert haben.',
  },
  unreachable: {
    title: 'Der Dienst ist nicht erreichbar',
    message:
      'Ihre Verbindung funktioniert, aber der Dienst hat nicht geantwortet. Versuchen Sie es gleich noch einmal.',
  },
  errorPrefix: 'Fehler:',
  summaryTitle: 'Es gibt ein Problem',
  signIn: 'Anmelden',
  requestAccess: 'Zugriff anfordern',
  switchAccount: 'Konto wechseln',
  signedInAs: (account) => `Sie sind als ${account} angemeldet.`,
  tryAgain: 'Erneut versuchen',
  dismiss: 'Schließen',
  supportId: 'Support-ID',
  copy: 'Kopieren',
  copyLabel: 'Support-ID kopieren',
  copied: 'Support-ID kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie die Support-ID und kopieren Sie sie selbst.',
  contactSupport: 'Support kontaktieren',
  technicalDetails: 'Technische Details',
  // German nouns of time keep their form after "in" ("in 1 Minute", "in 42 Sekunden"), so Intl's words fit as they are.
  retryIn: (time) => `Sie können es in ${time} erneut versuchen`,
  retryInSpoken: (duration) => `Sie können es in ${duration} erneut versuchen.`,
  retryNow: 'Sie können es jetzt erneut versuchen.',
  retryUnknown: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
  autoRetryIn: (duration) => `Die Anfrage wird in ${duration} automatisch wiederholt.`,
  autoRetryNow: 'Die Anfrage wird jetzt automatisch wiederholt.',
  cancelAutoRetry: 'Automatische Wiederholung abbrechen',
  autoRetryCancelled: 'Automatische Wiederholung abgebrochen.',
  offline: 'Sie sind offline',
  backOnline: 'Wieder online',
};
