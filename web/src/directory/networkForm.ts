// The editor form of a network: state, validation (the server's rules, so most mistakes show
// at the field before sending; the server checks again) and the API body.
import type { Network, NetworkInput } from '../api';
import type { MessageKey } from '../i18n/messages';
import { isIsoDate, splitKreise } from './practiceForm';
import { COOPERATION_FORMS, NETWORK_STATUS } from './vocabulary';

export interface NetworkForm {
  name: string;
  shortName: string;
  foundedOn: string;
  cooperationForm: string;
  status: string;
  website: string;
  description: string;
  dataBasis: string;
  /** Id of the coordinating organisation, or ''. */
  coordinator: string;
  /** Kreis AGS, separated by commas or spaces. */
  kreise: string;
  handlungsfelder: string[];
  zielgruppen: string[];
}

export type NetworkField = keyof NetworkForm;
export type NetworkErrors = Partial<Record<NetworkField, MessageKey>>;

export function emptyNetworkForm(): NetworkForm {
  return {
    name: '',
    shortName: '',
    foundedOn: '',
    cooperationForm: 'kooperationsvereinbarung',
    status: 'active',
    website: '',
    description: '',
    dataBasis: '',
    coordinator: '',
    kreise: '',
    handlungsfelder: [],
    zielgruppen: [],
  };
}

export function networkToForm(n: Network): NetworkForm {
  return {
    name: n.name,
    shortName: n.short_name ?? '',
    foundedOn: n.founded_on ?? '',
    cooperationForm: n.cooperation_form ?? 'kooperationsvereinbarung',
    status: n.status,
    website: n.website ?? '',
    description: n.description ?? '',
    dataBasis: n.data_basis ?? '',
    coordinator: n.coordinator_organisation_id ? String(n.coordinator_organisation_id) : '',
    kreise: n.kreise.join(', '),
    handlungsfelder: [...n.handlungsfelder],
    zielgruppen: [...n.zielgruppen],
  };
}

/** http(s) addresses only, or nothing: the page links to it. */
export function isWebsite(text: string): boolean {
  return text === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text);
}

export function validateNetwork(
  form: NetworkForm,
  known: { handlungsfelder: readonly string[]; zielgruppen: readonly string[] },
): NetworkErrors {
  const errors: NetworkErrors = {};
  if (form.name.trim() === '' || form.name.length > 300) errors.name = 'directoryForm.error.name';
  if (form.foundedOn.trim() !== '' && !isIsoDate(form.foundedOn.trim())) errors.foundedOn = 'practiceForm.error.date';
  if (!(form.cooperationForm in COOPERATION_FORMS)) errors.cooperationForm = 'directoryForm.error.choice';
  if (!(form.status in NETWORK_STATUS)) errors.status = 'directoryForm.error.choice';
  if (!isWebsite(form.website.trim())) errors.website = 'directoryForm.error.website';
  if (form.coordinator.trim() !== '' && !/^\d{1,15}$/.test(form.coordinator.trim())) errors.coordinator = 'directoryForm.error.id';
  if (splitKreise(form.kreise).some((k) => !/^\d{5}$/.test(k))) errors.kreise = 'practiceForm.error.kreise';
  if (form.handlungsfelder.some((c) => !known.handlungsfelder.includes(c))) errors.handlungsfelder = 'practiceForm.error.vocabulary';
  if (form.zielgruppen.some((c) => !known.zielgruppen.includes(c))) errors.zielgruppen = 'practiceForm.error.vocabulary';
  return errors;
}

export function networkInput(form: NetworkForm): NetworkInput {
  return {
    name: form.name.trim(),
    short_name: form.shortName.trim(),
    founded_on: form.foundedOn.trim() === '' ? null : form.foundedOn.trim(),
    cooperation_form: form.cooperationForm,
    status: form.status,
    website: form.website.trim(),
    description: form.description,
    data_basis: form.dataBasis,
    coordinator_organisation_id: form.coordinator.trim() === '' ? null : Number(form.coordinator.trim()),
    kreise: splitKreise(form.kreise),
    handlungsfelder: form.handlungsfelder,
    zielgruppen: form.zielgruppen,
  };
}

const SERVER_FIELDS: Record<string, NetworkField> = {
  name: 'name',
  short_name: 'shortName',
  founded_on: 'foundedOn',
  cooperation_form: 'cooperationForm',
  status: 'status',
  website: 'website',
  coordinator_organisation_id: 'coordinator',
  kreise: 'kreise',
  handlungsfelder: 'handlungsfelder',
  zielgruppen: 'zielgruppen',
};

/** The form field a server error names ("kreise[2]" → kreise), or null for the whole form. */
export function networkFieldOf(serverField: string | null): NetworkField | null {
  if (serverField === null) return null;
  return SERVER_FIELDS[serverField.replace(/\[\d+\]$/, '')] ?? null;
}
