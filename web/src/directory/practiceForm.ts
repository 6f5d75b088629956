// The editor form of a good-practice entry: its state, its validation (the server's rules, so
// that most mistakes show before sending; the server checks again) and the API body.
import type { Practice, PracticeAward, PracticeInput, Visibility } from '../api';
import type { MessageKey } from '../i18n/messages';

export interface PracticeForm {
  title: string;
  teaser: string;
  /** Bundesland, two digits, or '' to take it from the first Kreis. */
  land: string;
  /** Kreis AGS, separated by commas or spaces. */
  kreise: string;
  handlungsfelder: string[];
  zielgruppen: string[];
  ausgangslage: string;
  massnahmen: string;
  ergebnisse: string;
  periodFrom: string;
  periodTo: string;
  funding: string;
  networks: number[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactNameVisibility: Visibility;
  contactEmailVisibility: Visibility;
  contactPhoneVisibility: Visibility;
}

export type PracticeField = keyof PracticeForm;
export type PracticeErrors = Partial<Record<PracticeField, MessageKey>>;

export function emptyPracticeForm(networks: number[] = []): PracticeForm {
  return {
    title: '',
    teaser: '',
    land: '',
    kreise: '',
    handlungsfelder: [],
    zielgruppen: [],
    ausgangslage: '',
    massnahmen: '',
    ergebnisse: '',
    periodFrom: '',
    periodTo: '',
    funding: '',
    networks,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    contactNameVisibility: 'coordinators',
    contactEmailVisibility: 'coordinators',
    contactPhoneVisibility: 'coordinators',
  };
}

export function practiceToForm(p: Practice): PracticeForm {
  return {
    title: p.title,
    teaser: p.teaser,
    land: p.land_ags ?? '',
    kreise: p.kreise.join(', '),
    handlungsfelder: [...p.handlungsfelder],
    zielgruppen: [...p.zielgruppen],
    ausgangslage: p.ausgangslage,
    massnahmen: p.massnahmen,
    ergebnisse: p.ergebnisse,
    periodFrom: p.period_from ?? '',
    periodTo: p.period_to ?? '',
    funding: p.funding,
    networks: p.networks.map((n) => n.id),
    contactName: p.contact.name ?? '',
    contactEmail: p.contact.email ?? '',
    contactPhone: p.contact.phone ?? '',
    contactNameVisibility: p.contact.name_visibility,
    contactEmailVisibility: p.contact.email_visibility,
    contactPhoneVisibility: p.contact.phone_visibility,
  };
}

/** "08136, 08135 08111" → ['08136', '08135', '08111']; empty parts are dropped. */
export function splitKreise(text: string): string[] {
  return text.split(/[\s,;]+/).filter((part) => part !== '');
}

/** YYYY-MM-DD with month 1–12 and day 1–31, as the server accepts it. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Errors by field (message keys), empty when the form may be sent. `known` holds the codes of
 * the vocabularies; `admin` lifts the rule that an entry needs one of the user's networks.
 */
export function validatePractice(
  form: PracticeForm,
  known: { handlungsfelder: readonly string[]; zielgruppen: readonly string[] },
  admin: boolean,
): PracticeErrors {
  const errors: PracticeErrors = {};
  if (form.title.trim() === '' || form.title.length > 300) errors.title = 'practiceForm.error.title';
  const land = form.land.trim();
  if (land !== '' && !/^\d{2}$/.test(land)) errors.land = 'practiceForm.error.land';
  const kreise = splitKreise(form.kreise);
  if (kreise.some((k) => !/^\d{5}$/.test(k))) errors.kreise = 'practiceForm.error.kreise';
  else if (land !== '' && errors.land === undefined && kreise.some((k) => !k.startsWith(land)))
    errors.kreise = 'practiceForm.error.kreiseOutsideLand';
  if (form.handlungsfelder.some((c) => !known.handlungsfelder.includes(c)))
    errors.handlungsfelder = 'practiceForm.error.vocabulary';
  if (form.zielgruppen.some((c) => !known.zielgruppen.includes(c))) errors.zielgruppen = 'practiceForm.error.vocabulary';
  const from = form.periodFrom.trim();
  const to = form.periodTo.trim();
  if (from !== '' && !isIsoDate(from)) errors.periodFrom = 'practiceForm.error.date';
  if (to !== '' && !isIsoDate(to)) errors.periodTo = 'practiceForm.error.date';
  else if (from !== '' && to !== '' && errors.periodFrom === undefined && to < from)
    errors.periodTo = 'practiceForm.error.periodOrder';
  if (!admin && form.networks.length === 0) errors.networks = 'practiceForm.error.networks';
  const email = form.contactEmail.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) errors.contactEmail = 'practiceForm.error.email';
  return errors;
}

/** The request body; `awards` go back unchanged (only admins may change them). */
export function practiceInput(form: PracticeForm, awards: readonly PracticeAward[]): PracticeInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    title: form.title.trim(),
    teaser: form.teaser,
    land_ags: optional(form.land),
    kreise: splitKreise(form.kreise),
    handlungsfelder: form.handlungsfelder,
    zielgruppen: form.zielgruppen,
    ausgangslage: form.ausgangslage,
    massnahmen: form.massnahmen,
    ergebnisse: form.ergebnisse,
    period_from: optional(form.periodFrom),
    period_to: optional(form.periodTo),
    funding: form.funding,
    networks: form.networks,
    contact: {
      name: form.contactName.trim(),
      email: form.contactEmail.trim(),
      phone: form.contactPhone.trim(),
      name_visibility: form.contactNameVisibility,
      email_visibility: form.contactEmailVisibility,
      phone_visibility: form.contactPhoneVisibility,
    },
    awards: [...awards],
  };
}

const SERVER_FIELDS: Record<string, PracticeField> = {
  title: 'title',
  teaser: 'teaser',
  land_ags: 'land',
  kreise: 'kreise',
  handlungsfelder: 'handlungsfelder',
  zielgruppen: 'zielgruppen',
  period_from: 'periodFrom',
  period_to: 'periodTo',
  networks: 'networks',
  'contact.name_visibility': 'contactNameVisibility',
  'contact.email_visibility': 'contactEmailVisibility',
  'contact.phone_visibility': 'contactPhoneVisibility',
};

/** The form field a server error names ("kreise[2]" → kreise), or null for the whole form. */
export function formFieldOf(serverField: string | null): PracticeField | null {
  if (serverField === null) return null;
  return SERVER_FIELDS[serverField.replace(/\[\d+\]$/, '')] ?? null;
}
