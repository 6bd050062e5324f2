import type { ApiErrorMessages } from 'api-error-kit/react';

/**
 * French, as a worked example of a catalog: pass it to `ApiErrorProvider` with `locale="fr"`, so
 * numbers and durations are French too. Server messages stay in the language the server wrote.
 *
 * @example <ApiErrorProvider messages={messagesFr} locale="fr">…</ApiErrorProvider>
 */
export const messagesFr: ApiErrorMessages = {
  kinds: {
    validation: { title: 'Il y a un problème', message: 'Vérifiez vos réponses et réessayez.' },
    'bad-request': { title: 'La demande n’a pas pu aboutir', message: 'Vérifiez vos réponses et réessayez.' },
    unauthenticated: {
      title: 'Connectez-vous pour continuer',
      message: 'Votre session a peut-être expiré. Connectez-vous et réessayez.',
    },
    forbidden: { title: 'Vous n’avez pas accès', message: 'Votre compte n’a pas l’autorisation de faire cela.' },
    'not-found': { title: 'Introuvable', message: 'Cela a peut-être été déplacé ou supprimé.' },
    conflict: {
      title: 'Impossible d’enregistrer',
      message: 'Cela entre en conflit avec une information existante ou qui vient de changer.',
    },
    'rate-limited': { title: 'Trop de demandes', message: 'Vous avez fait trop de demandes en peu de temps.' },
    server: { title: 'Désolé, le service rencontre un problème', message: 'Réessayez plus tard.' },
    unavailable: { title: 'Désolé, le service est indisponible', message: 'Réessayez plus tard.' },
    timeout: { title: 'La demande a pris trop de temps', message: 'Réessayez.' },
    network: { title: 'Connexion impossible', message: 'Vérifiez votre connexion internet et réessayez.' },
    cancelled: { title: 'Demande annulée', message: 'La demande a été annulée.' },
    unknown: {
      title: 'Une erreur s’est produite',
      message: 'Réessayez. Si le problème persiste, contactez l’assistance.',
    },
  },
  pageNotFound: {
    title: 'Page introuvable',
    message:
      'Si vous avez saisi l’adresse, vérifiez qu’elle est correcte. Si vous l’avez collée, vérifiez que vous l’avez copiée en entier.',
  },
  unreachable: {
    title: 'Impossible de joindre le service',
    message: 'Votre connexion fonctionne, mais le service n’a pas répondu. Réessayez dans un instant.',
  },
  errorPrefix: 'Erreur :',
  summaryTitle: 'Il y a un problème',
  signIn: 'Se connecter',
  requestAccess: 'Demander l’accès',
  switchAccount: 'Changer de compte',
  signedInAs: (account) => `Vous êtes connecté en tant que ${account}.`,
  tryAgain: 'Réessayer',
  dismiss: 'Fermer',
  supportId: 'Identifiant pour l’assistance',
  copy: 'Copier',
  copyLabel: 'Copier l’identifiant pour l’assistance',
  copied: 'Identifiant copié',
  copyFailed: 'Impossible de copier. Sélectionnez l’identifiant et copiez-le vous-même.',
  contactSupport: 'Contacter l’assistance',
  technicalDetails: 'Détails techniques',
  retryIn: (time) => `Vous pourrez réessayer dans ${time}`,
  retryInSpoken: (duration) => `Vous pourrez réessayer dans ${duration}.`,
  retryNow: 'Vous pouvez réessayer maintenant.',
  retryUnknown: 'Patientez un instant, puis réessayez.',
  autoRetryIn: (duration) => `Nouvel essai automatique dans ${duration}.`,
  autoRetryNow: 'Nouvel essai automatique en cours.',
  cancelAutoRetry: 'Annuler le nouvel essai automatique',
  autoRetryCancelled: 'Nouvel essai automatique annulé.',
  offline: 'Vous êtes hors ligne',
  backOnline: 'De nouveau en ligne',
};
