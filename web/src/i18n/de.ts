// German texts (default language). Formal "Sie", plain German.
// Placeholders in braces, e.g. {name}, are filled in by `translate`.
export const de = {
  'app.name': 'Fachwerk',
  'app.tagline': 'Plattform für regionale Fachkräftenetzwerke',
  'skip.toMain': 'Zum Inhalt springen',

  'nav.label': 'Hauptnavigation',
  'nav.start': 'Start',
  'nav.networks': 'Netzwerke',
  'nav.practice': 'Praxisdatenbank',
  'nav.jobForTwo': 'Job für Zwei',
  'nav.monitor': 'Arbeitsmarktmonitor',

  'lang.label': 'Sprache',
  'lang.de': 'Deutsch',
  'lang.en': 'English',

  'auth.login': 'Anmelden',
  'auth.logout': 'Abmelden',
  'auth.loggingOut': 'Abmeldung läuft …',

  'start.title': 'Willkommen bei Fachwerk',
  'start.intro1':
    'Fachwerk ist eine offene Plattform für regionale Fachkräftenetzwerke, Allianzen und Bündnisse. Hier arbeiten Kammern, Agenturen für Arbeit, Kommunen, Unternehmen und weitere Partner Ihrer Region zusammen.',
  'start.intro2':
    'Sie finden hier das Verzeichnis der Netzwerke, erprobte Beispiele aus der Praxis, den Dual-Career-Service „Job für Zwei“ und Zahlen zum regionalen Arbeitsmarkt – als Grundlage für Ziele und Maßnahmen Ihres Netzwerks.',
  'start.signedInAs': 'Angemeldet als {name}',
  'start.email': 'E-Mail-Adresse: {email}',
  'start.roles': 'Ihre Rollen',
  'start.noRoles': 'Ihnen sind noch keine Rollen zugewiesen.',
  'start.loginPrompt': 'Melden Sie sich an, um die Angebote Ihres Netzwerks zu nutzen.',
  'start.sections': 'Bereiche',
  'start.loading': 'Anmeldestatus wird geprüft …',

  'role.admin': 'Administration der Plattform',
  'role.coordinator': 'Koordination',
  'role.member': 'Mitglied',
  'role.editor': 'Redaktion',
  'role.viewer': 'Lesezugriff',
  'role.juror': 'Jury',
  'scope.network': 'Netzwerk Nr. {id}',
  'scope.organisation': 'Organisation Nr. {id}',
  'scope.programme': 'Programm Nr. {id}',
  'scope.platform': 'gesamte Plattform',

  'placeholder.badge': 'In Vorbereitung',
  'placeholder.note': 'Dieser Bereich wird derzeit aufgebaut und steht bald zur Verfügung.',
  'placeholder.networks':
    'Das Verzeichnis der regionalen Fachkräftenetzwerke: Partner, Handlungsfelder, Ziele und Ansprechpersonen, mit einer Karte der Regionen.',
  'placeholder.practice':
    'Erprobte Maßnahmen aus den Netzwerken mit Ausgangslage und Zielen, Maßnahmen, Ergebnissen und Kontakt – suchbar nach Handlungsfeld, Zielgruppe und Bundesland.',
  'placeholder.jobForTwo':
    'Unterstützung für Paare: Gewinnt ein Mitgliedsunternehmen eine Fachkraft, kann es mit ausdrücklicher Einwilligung das Jobgesuch der Partnerin oder des Partners an die anderen Mitglieder weitergeben. Diese melden passende Stellenangebote.',
  'placeholder.monitor':
    'Karten, Zeitreihen und Tabellen zur Lage am regionalen Arbeitsmarkt: Engpassberufe, Beschäftigung und Prognosen zu Angebot und Nachfrage an Fachkräften für die Region Ihres Netzwerks.',

  'login.title': 'Anmelden',
  'login.intro': 'Bitte melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
  'login.email': 'E-Mail-Adresse',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.submitting': 'Anmeldung läuft …',
  'login.forgot': 'Passwort vergessen?',
  'login.alreadySignedIn': 'Sie sind bereits angemeldet.',
  'login.toStart': 'Zur Startseite',

  'validation.emailRequired': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  'validation.passwordRequired': 'Bitte geben Sie Ihr Passwort ein.',
  'validation.newPasswordRequired': 'Bitte geben Sie ein neues Passwort ein.',
  'validation.passwordMismatch': 'Die beiden Passwörter stimmen nicht überein.',

  'error.generic': 'Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  'error.network':
    'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.summary': 'Bitte korrigieren Sie die markierten Angaben.',

  'forgot.title': 'Passwort vergessen',
  'forgot.intro':
    'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.',
  'forgot.submit': 'Link anfordern',
  'forgot.submitting': 'Wird gesendet …',
  'forgot.sent':
    'Falls ein Konto mit dieser E-Mail-Adresse besteht, haben wir Ihnen eine E-Mail mit einem Link geschickt. Bitte sehen Sie auch im Spam-Ordner nach.',
  'forgot.backToLogin': 'Zurück zur Anmeldung',

  'reset.title': 'Neues Passwort festlegen',
  'reset.intro': 'Bitte geben Sie Ihr neues Passwort zweimal ein.',
  'reset.password': 'Neues Passwort',
  'reset.passwordRepeat': 'Neues Passwort wiederholen',
  'reset.submit': 'Passwort speichern',
  'reset.submitting': 'Wird gespeichert …',
  'reset.success': 'Ihr Passwort wurde geändert. Sie können sich jetzt mit dem neuen Passwort anmelden.',
  'reset.missingToken':
    'Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus der E-Mail erneut oder fordern Sie einen neuen Link an.',
  'reset.requestNew': 'Neuen Link anfordern',

  'footer.label': 'Rechtliches',
  'footer.imprint': 'Impressum',
  'footer.privacy': 'Datenschutz',
  'footer.about': 'Fachwerk – offene Plattform für regionale Fachkräftenetzwerke',
  'footer.version': 'Version {version}',

  'legal.imprintTitle': 'Impressum',
  'legal.privacyTitle': 'Datenschutzerklärung',
  'legal.loading': 'Text wird geladen …',
  'legal.placeholder':
    'Dieser Text wurde vom Betreiber noch nicht hinterlegt. Der Betreiber dieser Fachwerk-Installation muss ihn vor dem öffentlichen Betrieb ergänzen.',
  'legal.germanOnly': 'Der rechtlich verbindliche Text liegt auf Deutsch vor.',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Die aufgerufene Seite gibt es nicht. Bitte prüfen Sie die Adresse.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;
