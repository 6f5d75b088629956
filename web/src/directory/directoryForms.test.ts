import { describe, expect, it } from 'vitest';
import type { User } from '../api';
import { networkFixture } from '../test-utils';
import { mayCreateNetwork, mayCreateOrganisation, mayEditNetwork, mayEditOrganisation } from './directoryRights';
import { emptyNetworkForm, networkFieldOf, networkInput, networkToForm, validateNetwork } from './networkForm';
import { emptyOrganisationForm, organisationFieldOf, organisationInput, validateOrganisation } from './organisationForm';
import type { Network } from '../api';

const KNOWN = { handlungsfelder: ['dual_career'], zielgruppen: ['unternehmen'] };

function user(roles: User['roles'], isAdmin = false): User {
  return { id: 9, email: 'x@fachwerk.test', display_name: 'X', is_admin: isAdmin, language: 'de', roles };
}

describe('network form', () => {
  it('names each wrong field', () => {
    const form = { ...emptyNetworkForm(), foundedOn: '15.01.2013', website: 'www.fka.de', coordinator: 'IHK', kreise: '08136, 8135', handlungsfelder: ['golf'] };
    expect(validateNetwork(form, KNOWN)).toEqual({
      name: 'directoryForm.error.name',
      foundedOn: 'practiceForm.error.date',
      website: 'directoryForm.error.website',
      coordinator: 'directoryForm.error.id',
      kreise: 'practiceForm.error.kreise',
      handlungsfelder: 'practiceForm.error.vocabulary',
    });
    expect(validateNetwork({ ...emptyNetworkForm(), cooperationForm: 'stammtisch' }, KNOWN).cooperationForm).toBe('directoryForm.error.choice');
  });

  it('round-trips a network into the API body', () => {
    const network = networkFixture({ founded_on: '2013-01-15', kreise: ['08136', '08135'], handlungsfelder: ['dual_career'], coordinator_organisation_id: 12 }) as Network;
    const form = networkToForm(network);
    expect(validateNetwork(form, KNOWN)).toEqual({});
    expect(networkInput({ ...form, website: ' https://fka.de ' })).toMatchObject({
      name: 'Fachkräfteallianz Ostwürttemberg',
      founded_on: '2013-01-15',
      website: 'https://fka.de',
      coordinator_organisation_id: 12,
      kreise: ['08136', '08135'],
    });
    expect(networkInput(emptyNetworkForm()).founded_on).toBeNull();
    expect(networkFieldOf('kreise[1]')).toBe('kreise');
    expect(networkFieldOf('coordinator_organisation_id')).toBe('coordinator');
    expect(networkFieldOf(null)).toBeNull();
  });
});

describe('organisation form', () => {
  it('checks type, postcode, Kreis, size, e-mail and website', () => {
    const form = { ...emptyOrganisationForm(), name: 'IHK', postcode: '7343', kreis: '8136', sizeClass: 'riesig', email: 'ihk', website: 'ftp://x.de' };
    expect(validateOrganisation(form)).toEqual({
      type: 'directoryForm.error.type',
      postcode: 'directoryForm.error.postcode',
      kreis: 'directoryForm.error.kreis',
      sizeClass: 'directoryForm.error.choice',
      email: 'practiceForm.error.email',
      website: 'directoryForm.error.website',
    });
  });

  it('sends the own fields without contacts, empty optional values as null', () => {
    const body = organisationInput({ ...emptyOrganisationForm(), name: ' IHK ', type: 'ihk' });
    expect(body).toEqual({ name: 'IHK', type: 'ihk', street: '', postcode: '', city: '', website: '', email: '', kreis_ags: null, size_class: null });
    expect('contacts' in body).toBe(false);
    expect(organisationFieldOf('kreis_ags')).toBe('kreis');
  });
});

describe('who may open the editors', () => {
  it('follows the server’s rules', () => {
    const admin = user([], true);
    const coordinator = user([{ scope: 'network', scope_id: 7, role: 'coordinator' }]);
    const netEditor = user([{ scope: 'network', scope_id: 7, role: 'editor' }]);
    const orgEditor = user([{ scope: 'organisation', scope_id: 3, role: 'editor' }]);
    expect([admin, coordinator, netEditor, orgEditor, null].map(mayCreateNetwork)).toEqual([true, false, false, false, false]);
    expect([admin, coordinator, netEditor, orgEditor, null].map((u) => mayEditNetwork(u, 7))).toEqual([true, true, false, false, false]);
    expect([admin, coordinator, netEditor, orgEditor, null].map(mayCreateOrganisation)).toEqual([true, true, true, false, false]);
    const org = { id: 3, networks: [{ id: 7, name: 'FKA' }] };
    expect([admin, coordinator, netEditor, orgEditor, null].map((u) => mayEditOrganisation(u, org))).toEqual([true, true, true, true, false]);
    expect(mayEditOrganisation(netEditor, { id: 3, networks: [] })).toBe(false);
  });
});
