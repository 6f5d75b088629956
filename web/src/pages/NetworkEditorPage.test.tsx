import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../test-render';
import { errorReply, meReply, mockApi, networkFixture, writes } from '../test-utils';

afterEach(() => vi.unstubAllGlobals());

function me(roles: unknown[], isAdmin = false) {
  return meReply({ id: 2, email: 'k@fachwerk.test', display_name: 'K', is_admin: isAdmin, language: 'de', roles });
}

describe('directory editor pages', () => {
  it('lets the coordinator edit the network, checking fields before sending', async () => {
    const calls = mockApi({
      'GET /api/v1/me': me([{ scope: 'network', scope_id: 7, role: 'coordinator' }]),
      'GET /api/v1/networks/7': { status: 200, body: { network: networkFixture({ kreise: ['08136'] }) } },
      'GET /api/v1/regions/kreise': { status: 200, body: { items: [] } },
      'PUT /api/v1/networks/7': { status: 200, body: { network: networkFixture({ short_name: 'FKA OW' }) } },
    });
    renderAppAt('/netzwerke/7/bearbeiten');
    const founded = await screen.findByLabelText(/Gegründet/);
    fireEvent.change(founded, { target: { value: '15.01.2013' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getAllByText('Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.')).not.toHaveLength(0);
    expect(writes(calls)).toHaveLength(0);
    fireEvent.change(founded, { target: { value: '2013-01-15' } });
    fireEvent.change(screen.getByLabelText('Kurzname'), { target: { value: 'FKA OW' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Die Änderungen wurden gespeichert.')).toBeTruthy();
    expect(window.location.pathname).toBe('/netzwerke/7');
    expect(writes(calls)[0]?.body).toMatchObject({ short_name: 'FKA OW', founded_on: '2013-01-15', kreise: ['08136'] });
  });

  it('puts the server’s error at the field it names', async () => {
    mockApi({
      'GET /api/v1/me': me([], true),
      'POST /api/v1/organisations': errorReply(409, 'Ein Eintrag mit diesem Namen existiert bereits.', 'name', 'conflict'),
    });
    renderAppAt('/organisationen/neu');
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'IHK Ostwürttemberg' } });
    fireEvent.change(screen.getByLabelText('Art der Organisation'), { target: { value: 'ihk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));
    const name = screen.getByLabelText('Name');
    await vi.waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Ein Eintrag mit diesem Namen existiert bereits.')).toHaveLength(2);
  });

  it('tells users without the right instead of showing the form', async () => {
    mockApi({
      'GET /api/v1/me': me([{ scope: 'network', scope_id: 7, role: 'editor' }]),
      'GET /api/v1/networks/7': { status: 200, body: { network: networkFixture() } },
    });
    renderAppAt('/netzwerke/7/bearbeiten');
    expect(await screen.findByText('Sie dürfen diesen Eintrag nicht bearbeiten.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Speichern' })).toBeNull();
  });
});
