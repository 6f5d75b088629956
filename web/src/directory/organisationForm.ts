// The editor form of an organisation's own fields (name, type, address, Kreis, size, web, e-mail).
// Contacts are not part of it: the body leaves them out, so the server keeps the stored ones.
import type { Organisation, OrganisationInput } from '../api';
import type { MessageKey } from '../i18n/messages';
import { isWebsite } from './networkForm';
import { ORGANISATION_TYPES, SIZE_CLASSES } from './vocabulary';

export interface OrganisationForm {
  name: string;
  type: string;
  street: string;
  postcode: string;
  city: string;
  kreis: string;
  sizeClass: string;
  website: string;
  email: string;
}

export type OrganisationField = keyof OrganisationForm;
export type OrganisationErrors = Partial<Record<OrganisationField, MessageKey>>;

export function emptyOrganisationForm(): OrganisationForm {
  return { name: '', type: '', street: '', postcode: '', city: '', kreis: '', sizeClass: '', website: '', email: '' };
}

export function organisationToForm(o: Organisation): OrganisationForm {
  return {
    name: o.name,
    type: o.type,
    street: o.street ?? '',
    postcode: o.postcode ?? '',
    city: o.city ?? '',
    kreis: o.kreis_ags ?? '',
    sizeClass: o.size_class ?? '',
    website: o.website ?? '',
    email: o.email ?? '',
  };
}

export function validateOrganisation(form: OrganisationForm): OrganisationErrors {
  const errors: OrganisationErrors = {};
  if (form.name.trim() === '' || form.name.length > 300) errors.name = 'directoryForm.error.name';
  if (!(form.type in ORGANISATION_TYPES)) errors.type = 'directoryForm.error.type';
  if (form.postcode.trim() !== '' && !/^\d{5}$/.test(form.postcode.trim())) errors.postcode = 'directoryForm.error.postcode';
  if (form.kreis.trim() !== '' && !/^\d{5}$/.test(form.kreis.trim())) errors.kreis = 'directoryForm.error.kreis';
  if (form.sizeClass !== '' && !(form.sizeClass in SIZE_CLASSES)) errors.sizeClass = 'directoryForm.error.choice';
  if (!isWebsite(form.website.trim())) errors.website = 'directoryForm.error.website';
  const email = form.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = 'practiceForm.error.email';
  return errors;
}

export function organisationInput(form: OrganisationForm): OrganisationInput {
  return {
    name: form.name.trim(),
    type: form.type,
    street: form.street.trim(),
    postcode: form.postcode.trim(),
    city: form.city.trim(),
    website: form.website.trim(),
    email: form.email.trim(),
    kreis_ags: form.kreis.trim() === '' ? null : form.kreis.trim(),
    size_class: form.sizeClass === '' ? null : form.sizeClass,
  };
}

const SERVER_FIELDS: Record<string, OrganisationField> = {
  name: 'name',
  type: 'type',
  street: 'street',
  postcode: 'postcode',
  city: 'city',
  kreis_ags: 'kreis',
  size_class: 'sizeClass',
  website: 'website',
  email: 'email',
};

export function organisationFieldOf(serverField: string | null): OrganisationField | null {
  return serverField === null ? null : (SERVER_FIELDS[serverField] ?? null);
}
