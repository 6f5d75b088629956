import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../test-render';
import { meReply, mockApi, networkFixture, writes, type Reply } from '../test-utils';

afterEach(() => vi.unstubAllGlobals());

function network(members: unknown[], regional = 2) {
  return networkFixture({ members, regional_partners: regional, meets_admission_rule: regional >= 3 });
}

const requested = { organisation_id: 3, organisation_name: 'IHK Ostwürttemberg', organisation_type: 'ihk', role: 'partner', status: 'requested', regional: true, joined_on: null };
const active = { ...requested, organisation_id: 4, organisation_name: 'Firma A', status: 'active', joined_on: '2025-03-01' };

function me(roles: unknown[]) {
  return meReply({ id: 2, email: 'k@fachwerk.test', display_name: 'K', is_admin: false, language: 'de', roles });
}

describe('NetworkPage membership workflow', () => {
  it('lists the network’s published good-practice entries', async () => {
    const calls = mockApi({
      'GET /api/v1/me': me([]),
      'GET /api/v1/networks/7': { status: 200, body: { network: network([active]) } },
      'GET /api/v1/regions/kreise': { status: 200, body: { items: [] } },
      'GET /api/v1/practices': { status: 200, body: { items: [{ id: 5, title: 'Job für Zwei', teaser: 'Arbeit für Partner' }], total: 1, page: 1, size: 100 } },
    });
    renderAppAt('/netzwerke/7');
    const section = await screen.findByRole('region', { name: 'Praxisbeiträge des Netzwerks' });
    const link = await within(section).findByRole('link', { name: 'Job für Zwei' });
    expect(link.getAttribute('href')).toBe('/praxisdatenbank/5');
    expect(calls.some((c) => c.url === '/api/v1/practices?network=7&status=published&size=100')).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Beitritt anfragen' })).toBeNull();
  });

  it('lets the coordinator admit a pending request and shows the new admission state', async () => {
    let current = network([requested, active]);
    const calls = mockApi({
      'GET /api/v1/me': me([{ scope: 'network', scope_id: 7, role: 'coordinator' }]),
      'GET /api/v1/networks/7': () => ({ status: 200, body: { network: current } }),
      'GET /api/v1/regions/kreise': { status: 200, body: { items: [] } },
      'PUT /api/v1/networks/7/members/3': (): Reply => {
        current = network([{ ...requested, status: 'active', joined_on: '2026-11-25' }, active], 3);
        return { status: 200, body: { membership: { ...requested, status: 'active' } } };
      },
    });
    renderAppAt('/netzwerke/7');
    const pending = await screen.findByRole('table', { name: 'Offene Anfragen und Einladungen (1)' });
    fireEvent.click(within(pending).getByRole('button', { name: 'Aufnehmen' }));
    expect(await screen.findByText('Die Mitgliedschaft von „IHK Ostwürttemberg“ ist jetzt: aktiv.')).toBeTruthy();
    expect(await screen.findByText('3 regionale Partner – Aufnahmekriterium erfüllt')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Offene Anfragen/ })).toBeNull();
    expect(writes(calls).map((c) => c.body)).toEqual([{ step: 'approve' }]);
  });

  it('asks for date and reason before ending a membership, and checks them at the field', async () => {
    const calls = mockApi({
      'GET /api/v1/me': me([{ scope: 'network', scope_id: 7, role: 'coordinator' }]),
      'GET /api/v1/networks/7': { status: 200, body: { network: network([active]) } },
      'GET /api/v1/regions/kreise': { status: 200, body: { items: [] } },
      'PUT /api/v1/networks/7/members/4': { status: 200, body: { membership: { ...active, status: 'left' } } },
    });
    renderAppAt('/netzwerke/7');
    fireEvent.click(await screen.findByRole('button', { name: 'Mitgliedschaft beenden' }));
    const panel = screen.getByRole('region', { name: 'Mitgliedschaft von „Firma A“ beenden?' });
    fireEvent.change(within(panel).getByLabelText('Austrittsdatum'), { target: { value: '2024-01-01' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mitgliedschaft beenden' }));
    expect(within(panel).getByText('Das Austrittsdatum darf nicht vor dem Beitritt liegen.')).toBeTruthy();
    expect(within(panel).getByText('Bitte geben Sie eine Begründung an.')).toBeTruthy();
    expect(writes(calls)).toHaveLength(0);
    fireEvent.change(within(panel).getByLabelText('Austrittsdatum'), { target: { value: '2026-06-30' } });
    fireEvent.change(within(panel).getByLabelText('Begründung'), { target: { value: 'Betrieb aufgegeben' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mitgliedschaft beenden' }));
    expect(await screen.findByText(/ist jetzt: ausgeschieden/)).toBeTruthy();
    expect(writes(calls).map((c) => c.body)).toEqual([{ step: 'leave', left_on: '2026-06-30', reason: 'Betrieb aufgegeben' }]);
  });

  it('lets an organisation editor request to join, and a coordinator invite a found organisation', async () => {
    const calls = mockApi({
      'GET /api/v1/me': me([{ scope: 'organisation', scope_id: 3, role: 'editor' }]),
      'GET /api/v1/networks/7': { status: 200, body: { network: network([active]) } },
      'GET /api/v1/regions/kreise': { status: 200, body: { items: [] } },
      'GET /api/v1/organisations/3': { status: 200, body: { organisation: { id: 3, name: 'IHK Ostwürttemberg' } } },
      'PUT /api/v1/networks/7/members/3': { status: 200, body: { membership: requested } },
    });
    renderAppAt('/netzwerke/7');
    expect(await screen.findByRole('option', { name: 'IHK Ostwürttemberg' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Organisation einladen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Beitritt anfragen' }));
    expect(screen.getByText('Bitte wählen Sie eine Organisation aus.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beitritt anfragen' }));
    expect(await screen.findByText(/Die Anfrage wurde gesendet/)).toBeTruthy();
    expect(writes(calls).map((c) => c.body)).toEqual([{ step: 'request', role: 'partner' }]);
  });

  it('lets a coordinator search and invite an organisation', async () => {
    const calls = mockApi({
      'GET /api/v1/me': me([{ scope: 'network', scope_id: 7, role: 'coordinator' }]),
      'GET /api/v1/networks/7': { status: 200, body: { network: network([active]) } },
      'GET /api/v1/regions/kreise': { status: 200, body: { items: [] } },
      'GET /api/v1/search': {
        status: 200,
        body: { items: [{ type: 'organisation', id: 4, title: 'Firma A' }, { type: 'organisation', id: 9, title: 'Firma B' }], total: 2, page: 1, size: 10, facets: {} },
      },
      'PUT /api/v1/networks/7/members/9': { status: 200, body: { membership: { ...requested, organisation_id: 9, status: 'invited' } } },
    });
    renderAppAt('/netzwerke/7');
    fireEvent.change(await screen.findByLabelText('Organisation suchen'), { target: { value: 'Firma' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suchen' }));
    const invite = await screen.findByRole('button', { name: '„Firma B“ einladen' });
    expect(screen.queryByRole('button', { name: '„Firma A“ einladen' })).toBeNull();
    fireEvent.click(invite);
    expect(await screen.findByText('„Firma B“ wurde eingeladen.')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/v1/search?') && c.url.includes('type=organisation'))).toBe(true);
    expect(writes(calls).map((c) => c.body)).toEqual([{ step: 'invite', role: 'partner' }]);
  });
});
