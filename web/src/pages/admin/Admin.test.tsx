import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../test-render';
import { ADMIN_USER, CSRF, errorReply, MEMBER_USER, meReply, mockApi, writes } from '../../test-utils';

vi.mock('../../download', () => ({ saveFile: vi.fn() }));
const { saveFile } = await import('../../download');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(saveFile).mockClear();
});

const USERS = { status: 200, body: { items: [ADMIN_USER, MEMBER_USER], total: 2 } };

function errorOf(label: string): string {
  const field = screen.getByLabelText(label);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => (id.endsWith('-error') ? document.getElementById(id)?.textContent : '')).join('');
}

describe('visibility of the administration', () => {
  it('shows "Mein Konto" and "Verwaltung" to administrators', async () => {
    mockApi({ 'GET /api/v1/me': meReply(ADMIN_USER) });
    renderAppAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Benutzerkonto' });
    expect(within(nav).getByRole('link', { name: 'Mein Konto' }).getAttribute('href')).toBe('/konto');
    expect(within(nav).getByRole('link', { name: 'Verwaltung' }).getAttribute('href')).toBe('/verwaltung');
  });

  it('hides "Verwaltung" from other users', async () => {
    mockApi({ 'GET /api/v1/me': meReply(MEMBER_USER) });
    renderAppAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Benutzerkonto' });
    expect(within(nav).getByRole('link', { name: 'Mein Konto' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Verwaltung' })).toBeNull();
  });

  it('shows no account links when logged out', async () => {
    mockApi({ 'GET /api/v1/me': meReply(null) });
    renderAppAt('/');
    await screen.findAllByRole('link', { name: 'Anmelden' });
    expect(screen.queryByRole('navigation', { name: 'Benutzerkonto' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Mein Konto' })).toBeNull();
  });

  it.each(['/verwaltung', '/verwaltung/protokoll', '/verwaltung/benutzer/neu', '/verwaltung/benutzer/1'])(
    'answers %s for a member with "Keine Berechtigung" and asks the server nothing',
    async (path) => {
      const calls = mockApi({ 'GET /api/v1/me': meReply(MEMBER_USER), 'GET /api/v1/users': USERS });
      renderAppAt(path);
      await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' });
      expect(screen.getByText(/der Administration der Plattform vorbehalten/)).toBeTruthy();
      expect(calls.filter((call) => call.url.startsWith('/api/v1/') && call.url !== '/api/v1/me')).toHaveLength(0);
    },
  );

  it('asks anonymous visitors to log in and come back', async () => {
    mockApi({ 'GET /api/v1/me': meReply(null) });
    renderAppAt('/verwaltung/protokoll');
    await screen.findByRole('heading', { level: 1, name: 'Anmeldung erforderlich' });
    const hrefs = screen.getAllByRole('link', { name: 'Anmelden' }).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/anmelden?ziel=%2Fverwaltung%2Fprotokoll');
  });
});

describe('users list and creation', () => {
  it('lists users with e-mail, roles, admin flag and status', async () => {
    mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/users': { status: 200, body: { items: [ADMIN_USER, { ...MEMBER_USER, disabled: true }], total: 2 } },
    });
    renderAppAt('/verwaltung');
    const table = await screen.findByRole('table', { name: 'Alle Benutzerkonten (2)' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'NameE-Mail-AdresseRollenAdministrationStatus',
      'Plattform-AdministrationDemoadmin@fachwerk.testkeineJaAktiv',
      'Erika MitgliedDemomitglied@fachwerk.testMitglied – Netzwerk Nr. 1NeinGesperrt',
    ]);
    expect(within(table).getByRole('link', { name: 'Erika Mitglied' }).getAttribute('href')).toBe('/verwaltung/benutzer/4');
  });

  it('creates a user with POST /api/v1/users and returns to the list with a confirmation', async () => {
    const created = { ...MEMBER_USER, id: 9, email: 'neu@example.org', display_name: 'Neue Person', roles: [] };
    const calls = mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/users': USERS,
      'POST /api/v1/users': { status: 201, body: { user: created } },
    });
    renderAppAt('/verwaltung/benutzer/neu');
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonto anlegen' });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Neue Person ' } });
    fireEvent.change(screen.getByLabelText('E-Mail-Adresse'), { target: { value: 'neu@example.org' } });
    fireEvent.change(screen.getByLabelText('Anfangspasswort'), { target: { value: 'Anfang-Passwort-1' } });
    fireEvent.change(screen.getByLabelText('Sprache', { selector: 'select' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByLabelText('Administration der Plattform (alle Rechte)'));
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' });
    expect(window.location.pathname).toBe('/verwaltung');
    expect(screen.getByText('Das Benutzerkonto „Neue Person“ (neu@example.org) wurde angelegt.')).toBeTruthy();
    const post = writes(calls)[0];
    expect(post?.url).toBe('/api/v1/users');
    expect(post?.body).toEqual({
      email: 'neu@example.org',
      display_name: 'Neue Person',
      password: 'Anfang-Passwort-1',
      is_admin: true,
      language: 'en',
    });
    expect(post?.headers['x-csrf-token']).toBe(CSRF);
  });

  it('checks required fields first and shows server errors next to the named field', async () => {
    const calls = mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'POST /api/v1/users': errorReply(409, 'Diese E-Mail-Adresse ist bereits registriert.', 'email', 'conflict'),
    });
    renderAppAt('/verwaltung/benutzer/neu');
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonto anlegen' });
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(errorOf('Name')).toBe('Bitte geben Sie einen Namen ein.');
    expect(errorOf('E-Mail-Adresse')).toBe('Bitte geben Sie die E-Mail-Adresse ein.');
    expect(errorOf('Anfangspasswort')).toBe('Bitte geben Sie ein Anfangspasswort ein.');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(writes(calls)).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Doppelt' } });
    fireEvent.change(screen.getByLabelText('E-Mail-Adresse'), { target: { value: 'admin@fachwerk.test' } });
    fireEvent.change(screen.getByLabelText('Anfangspasswort'), { target: { value: 'Anfang-Passwort-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    await waitFor(() => expect(errorOf('E-Mail-Adresse')).toBe('Diese E-Mail-Adresse ist bereits registriert.'));
    expect(errorOf('Name')).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('E-Mail-Adresse'));
  });
});

describe('one user: block, roles', () => {
  function openMember(extra: Parameters<typeof mockApi>[0] = {}) {
    const calls = mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/users/4': { status: 200, body: { user: MEMBER_USER } },
      ...extra,
    });
    renderAppAt('/verwaltung/benutzer/4');
    return calls;
  }

  it('blocks an account only after confirmation (PATCH {disabled: true})', async () => {
    const calls = openMember({
      'PATCH /api/v1/users/4': { status: 200, body: { user: { ...MEMBER_USER, disabled: true } } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Konto sperren …' }));
    expect(writes(calls)).toHaveLength(0);
    const panel = screen.getByRole('region', { name: 'Konto von „Erika Mitglied“ sperren?' });
    expect(panel.textContent).toContain('mitglied@fachwerk.test');
    expect(panel.textContent).toContain('sofort auf allen Geräten abgemeldet');

    fireEvent.click(within(panel).getByRole('button', { name: 'Ja, Konto sperren' }));
    await screen.findByText('Das Konto wurde gesperrt.');
    const patch = writes(calls)[0];
    expect(patch?.method).toBe('PATCH');
    expect(patch?.url).toBe('/api/v1/users/4');
    expect(patch?.body).toEqual({ disabled: true });
    expect(patch?.headers['x-csrf-token']).toBe(CSRF);
    expect(screen.getByRole('button', { name: 'Konto entsperren …' })).toBeTruthy();
  });

  it('sends nothing when the confirmation is cancelled (also with Escape)', async () => {
    const calls = openMember();
    fireEvent.click(await screen.findByRole('button', { name: 'Konto sperren …' }));
    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('region', { name: /sperren\?/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Konto sperren …' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Ja, Konto sperren' }), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: /sperren\?/ })).toBeNull();
    expect(writes(calls)).toHaveLength(0);
  });

  it('shows the server’s refusal inside the confirmation', async () => {
    openMember({
      'PATCH /api/v1/users/4': errorReply(409, 'Das letzte Administratorkonto kann nicht gesperrt werden.', 'is_admin', 'conflict'),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Konto sperren …' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, Konto sperren' }));
    const panel = screen.getByRole('region', { name: /sperren\?/ });
    await waitFor(() =>
      expect(within(panel).getByRole('alert').textContent).toBe('Das letzte Administratorkonto kann nicht gesperrt werden.'),
    );
  });

  it('revokes a role after confirmation (DELETE …/roles/{role_id})', async () => {
    const calls = openMember({ 'DELETE /api/v1/users/4/roles/3': { status: 204 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Entziehen …: Mitglied – Netzwerk Nr. 1' }));
    expect(writes(calls)).toHaveLength(0);
    const panel = screen.getByRole('region', { name: 'Rolle „Mitglied – Netzwerk Nr. 1“ entziehen?' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Ja, Rolle entziehen' }));

    await screen.findByText('Die Rolle „Mitglied – Netzwerk Nr. 1“ wurde entzogen.');
    const del = writes(calls)[0];
    expect(del?.method).toBe('DELETE');
    expect(del?.url).toBe('/api/v1/users/4/roles/3');
    expect(del?.headers['x-csrf-token']).toBe(CSRF);
    expect(screen.getByText('Diesem Konto sind keine Rollen zugewiesen.')).toBeTruthy();
  });

  it('grants a role with POST …/roles {scope, scope_id, role}', async () => {
    const calls = openMember({
      'POST /api/v1/users/4/roles': { status: 201, body: { role: { id: 8, scope: 'network', scope_id: 3, role: 'editor' } } },
    });
    await screen.findByRole('heading', { name: 'Rolle vergeben' });
    fireEvent.change(screen.getByLabelText('Nummer des Netzwerks'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Rolle'), { target: { value: 'editor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rolle vergeben' }));

    await screen.findByText('Die Rolle „Redaktion – Netzwerk Nr. 3“ wurde vergeben.');
    const post = writes(calls)[0];
    expect(post?.url).toBe('/api/v1/users/4/roles');
    expect(post?.body).toEqual({ scope: 'network', scope_id: 3, role: 'editor' });
    expect(post?.headers['x-csrf-token']).toBe(CSRF);
    expect(screen.getByText('Redaktion – Netzwerk Nr. 3')).toBeTruthy();
  });

  it('offers only "Redaktion" for organisations and checks the number', async () => {
    const calls = openMember({
      'POST /api/v1/users/4/roles': errorReply(422, 'Unbekannte Rolle „organisation/member“.', 'role'),
    });
    await screen.findByRole('heading', { name: 'Rolle vergeben' });
    fireEvent.change(screen.getByLabelText('Bereich'), { target: { value: 'organisation' } });
    const roles = within(screen.getByLabelText('Rolle')).getAllByRole('option').map((o) => o.textContent);
    expect(roles).toEqual(['Redaktion']);

    fireEvent.change(screen.getByLabelText('Nummer der Organisation'), { target: { value: '1,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rolle vergeben' }));
    expect(errorOf('Nummer der Organisation')).toBe('Bitte geben Sie die Nummer als ganze Zahl größer als 0 ein.');
    expect(writes(calls)).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Nummer der Organisation'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rolle vergeben' }));
    await waitFor(() => expect(errorOf('Rolle')).toBe('Unbekannte Rolle „organisation/member“.'));
  });
});

describe('audit log', () => {
  const ENTRIES = [
    {
      id: 31,
      at: '2026-11-25T13:30:00Z',
      actor_user_id: 1,
      actor_label: 'admin@fachwerk.test',
      ip: '127.0.0.1',
      action: 'create',
      entity: 'user',
      entity_id: '9',
      before: null,
      after: { id: 9, email: 'neu@example.org' },
    },
    {
      id: 30,
      at: '2026-11-25T13:29:00Z',
      actor_user_id: 1,
      actor_label: 'admin@fachwerk.test',
      ip: '127.0.0.1',
      action: 'login',
      entity: 'session',
      entity_id: '4',
      before: null,
      after: null,
    },
  ];

  function openAudit(path = '/verwaltung/protokoll', total = 2) {
    const calls = mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/users': USERS,
      'GET /api/v1/audit': { status: 200, body: { items: ENTRIES, total, page: 1, size: 20 } },
    });
    renderAppAt(path);
    return calls;
  }

  const auditCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.startsWith('/api/v1/audit')).map((c) => c.url);

  it('shows entries with German action names and the before/after of one entry', async () => {
    openAudit();
    const table = await screen.findByRole('table', { name: 'Protokolleinträge, Seite 1' });
    const first = within(table).getAllByRole('row')[1];
    expect(first?.textContent).toContain('25.11.2026, 14:30 Uhr');
    expect(first?.textContent).toContain('angelegt');
    expect(first?.textContent).toContain('Benutzerkonto Nr. 9');
    expect(within(table).getAllByRole('row')[2]?.textContent).toContain('angemeldet');

    const details = within(table).getByRole('button', { name: 'Details zu Eintrag Nr. 31' });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Eintrag Nr. 31: angelegt' })).toBeTruthy();
    expect(screen.getByLabelText('Nachher').textContent).toContain('"email": "neu@example.org"');
    expect(screen.getByText('keine Angaben')).toBeTruthy(); // no "before" for a creation
  });

  it('sends the filters as query parameters and keeps them in the address', async () => {
    const calls = openAudit();
    await screen.findByRole('table');
    expect(auditCalls(calls)).toEqual(['/api/v1/audit?page=1&size=20']);

    fireEvent.change(screen.getByLabelText('Aktion'), { target: { value: 'create' } });
    fireEvent.change(screen.getByLabelText('Objekt'), { target: { value: 'user' } });
    fireEvent.change(screen.getByLabelText('Ausgeführt von'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Einträge pro Seite'), { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter anwenden' }));

    await waitFor(() => expect(auditCalls(calls)).toHaveLength(2));
    expect(auditCalls(calls)[1]).toBe('/api/v1/audit?action=create&entity=user&actor=1&page=1&size=50');
    expect(window.location.search).toBe('?action=create&entity=user&actor=1&size=50');
  });

  it('pages through the log', async () => {
    const calls = openAudit('/verwaltung/protokoll?action=login', 45);
    await screen.findByRole('heading', { name: '45 Einträge · Seite 1 von 3' });
    expect((screen.getByRole('button', { name: 'Vorherige Seite' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Nächste Seite' }));
    await waitFor(() => expect(auditCalls(calls)).toHaveLength(2));
    expect(auditCalls(calls)[1]).toBe('/api/v1/audit?action=login&page=2&size=20');
  });

  it('shows a filter error from the server next to that filter', async () => {
    mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/users': USERS,
      'GET /api/v1/audit': errorReply(422, 'Der Parameter „actor“ ist ungültig (integer).', 'actor'),
    });
    renderAppAt('/verwaltung/protokoll?actor=abc');
    await waitFor(() => expect(errorOf('Ausgeführt von')).toBe('Der Parameter „actor“ ist ungültig (integer).'));
  });

  it('downloads the visible page as CSV', async () => {
    openAudit();
    fireEvent.click(await screen.findByRole('button', { name: 'Diese Seite als CSV herunterladen' }));
    expect(saveFile).toHaveBeenCalledOnce();
    const [filename, content, type] = vi.mocked(saveFile).mock.calls[0] ?? [];
    expect(filename).toMatch(/^fachwerk-protokoll-\d{4}-\d{2}-\d{2}-seite-1\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const lines = String(content).split('\r\n');
    expect(lines[0]).toBe('\uFEFFZeitpunkt;Aktion;Objekt;Objekt-Nr.;Ausgeführt von;Benutzer-Nr.;IP-Adresse;Vorher;Nachher');
    expect(lines[1]).toBe(
      '25.11.2026 14:30;angelegt;Benutzerkonto;9;admin@fachwerk.test;1;127.0.0.1;;"{""id"":9,""email"":""neu@example.org""}"',
    );
    expect(lines[2]).toBe('25.11.2026 14:29;angemeldet;Sitzung;4;admin@fachwerk.test;1;127.0.0.1;;');
  });
});
