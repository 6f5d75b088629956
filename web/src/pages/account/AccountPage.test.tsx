import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../test-render';
import { CSRF, errorReply, MEMBER_USER, meReply, mockApi, writes } from '../../test-utils';

vi.mock('../../download', () => ({ saveFile: vi.fn() }));
const { saveFile } = await import('../../download');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(saveFile).mockClear();
});

async function openAccount(handlers: Parameters<typeof mockApi>[0] = {}) {
  const calls = mockApi({ 'GET /api/v1/me': meReply(MEMBER_USER), ...handlers });
  renderAppAt('/konto');
  await screen.findByRole('heading', { level: 1, name: 'Mein Konto' });
  return calls;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The text of the error message the field refers to (aria-describedby), or ''. */
function errorOf(label: string): string {
  const field = screen.getByLabelText(label);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => (id.endsWith('-error') ? document.getElementById(id)?.textContent : '')).join('');
}

describe('Mein Konto', () => {
  it('asks anonymous visitors to log in', async () => {
    mockApi({ 'GET /api/v1/me': meReply(null) });
    renderAppAt('/konto');
    await screen.findByRole('heading', { level: 1, name: 'Anmeldung erforderlich' });
    const links = screen.getAllByRole('link', { name: 'Anmelden' }).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/anmelden', '/anmelden?ziel=%2Fkonto']); // header, page
  });

  it('shows e-mail address and roles', async () => {
    await openAccount();
    const overview = screen.getByRole('region', { name: 'Überblick' });
    expect(within(overview).getByText('mitglied@fachwerk.test')).toBeTruthy();
    expect(within(overview).getByText('Mitglied – Netzwerk Nr. 1')).toBeTruthy();
  });

  it('saves name and language with PATCH /api/v1/me and the CSRF token, then switches the UI to English', async () => {
    const calls = await openAccount({
      'PATCH /api/v1/me': { status: 200, body: { user: { ...MEMBER_USER, display_name: 'Erika M.', language: 'en' } } },
    });
    type('Angezeigter Name', 'Erika M.');
    fireEvent.change(screen.getByLabelText('Sprache', { selector: 'select' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Angaben speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'My account' });
    const patch = writes(calls)[0];
    expect(patch?.method).toBe('PATCH');
    expect(patch?.url).toBe('/api/v1/me');
    expect(patch?.body).toEqual({ display_name: 'Erika M.', language: 'en' });
    expect(patch?.headers['x-csrf-token']).toBe(CSRF);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('Your details have been saved.').getAttribute('role')).toBe('status');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByText('Erika M.', { selector: '.auth-user' })).toBeTruthy();
  });

  it('sends only what changed and nothing when nothing changed', async () => {
    const calls = await openAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    expect(await screen.findByText('Sie haben nichts geändert.')).toBeTruthy();
    expect(writes(calls)).toHaveLength(0);
  });

  it('shows the server’s error next to the name field', async () => {
    await openAccount({ 'PATCH /api/v1/me': errorReply(422, 'Bitte geben Sie einen Namen an.', 'display_name') });
    type('Angezeigter Name', '   x');
    fireEvent.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    await waitFor(() => expect(errorOf('Angezeigter Name')).toBe('Bitte geben Sie einen Namen an.'));
    expect(screen.getByLabelText('Angezeigter Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Angezeigter Name'));
  });

  it('changes the password with PUT /api/v1/me/password', async () => {
    const calls = await openAccount({ 'PUT /api/v1/me/password': { status: 204 } });
    type('Aktuelles Passwort', 'alt-Passwort-1');
    type('Neues Passwort', 'Neues-Passwort-123');
    type('Neues Passwort wiederholen', 'Neues-Passwort-123');
    fireEvent.click(screen.getByRole('button', { name: 'Passwort ändern' }));

    expect(await screen.findByText('Ihr Passwort wurde geändert.')).toBeTruthy();
    const put = writes(calls)[0];
    expect(put?.url).toBe('/api/v1/me/password');
    expect(put?.method).toBe('PUT');
    expect(put?.body).toEqual({ current_password: 'alt-Passwort-1', new_password: 'Neues-Passwort-123' });
    expect(put?.headers['x-csrf-token']).toBe(CSRF);
    expect((screen.getByLabelText('Aktuelles Passwort') as HTMLInputElement).value).toBe('');
  });

  it('checks the repetition before calling the server', async () => {
    const calls = await openAccount();
    type('Aktuelles Passwort', 'alt');
    type('Neues Passwort', 'Neues-Passwort-123');
    type('Neues Passwort wiederholen', 'anders');
    fireEvent.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect(errorOf('Neues Passwort wiederholen')).toBe('Die beiden Passwörter stimmen nicht überein.');
    expect(writes(calls)).toHaveLength(0);
  });

  it('shows password errors next to the field the server names', async () => {
    let reply = errorReply(422, 'Das Passwort ist nicht richtig.', 'current_password');
    await openAccount({ 'PUT /api/v1/me/password': () => reply });
    type('Aktuelles Passwort', 'falsch');
    type('Neues Passwort', 'Neues-Passwort-123');
    type('Neues Passwort wiederholen', 'Neues-Passwort-123');
    fireEvent.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    await waitFor(() => expect(errorOf('Aktuelles Passwort')).toBe('Das Passwort ist nicht richtig.'));

    // The server reports the password rule as field "password": it belongs to the new password.
    reply = errorReply(422, 'Das Passwort muss mindestens 10 Zeichen lang sein.', 'password');
    fireEvent.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    await waitFor(() => expect(errorOf('Neues Passwort')).toBe('Das Passwort muss mindestens 10 Zeichen lang sein.'));
    expect(errorOf('Aktuelles Passwort')).toBe('');
  });

  it('downloads the export under the server’s file name', async () => {
    const json = JSON.stringify({ format: 'fachwerk-personal-data-export/1', account: { email: MEMBER_USER.email } });
    const calls = await openAccount({
      'GET /api/v1/me/export': {
        status: 200,
        text: json,
        headers: { 'Content-Disposition': 'attachment; filename="fachwerk-meine-daten.json"' },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Daten herunterladen (JSON)' }));
    await screen.findByText('Die Datei „fachwerk-meine-daten.json“ wurde heruntergeladen.');
    expect(saveFile).toHaveBeenCalledWith('fachwerk-meine-daten.json', json, 'application/json');
    expect(calls.some((call) => call.url === '/api/v1/me/export' && call.method === 'GET')).toBe(true);
  });

  it('asks for confirmation, naming what is deleted, before DELETE /api/v1/me', async () => {
    const calls = await openAccount({ 'DELETE /api/v1/me': { status: 204 } });
    fireEvent.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    expect(writes(calls)).toHaveLength(0);

    const panel = screen.getByRole('region', { name: 'Möchten Sie Ihr Konto wirklich löschen?' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading'));
    expect(panel.textContent).toContain('„Erika Mitglied“ mit der E-Mail-Adresse mitglied@fachwerk.test');
    expect(panel.textContent).toContain('Ihre Rollen: Mitglied – Netzwerk Nr. 1');
    expect(panel.textContent).toContain('alle Ihre Anmeldungen');

    // Without the password nothing is sent.
    fireEvent.click(within(panel).getByRole('button', { name: 'Konto endgültig löschen' }));
    expect(errorOf('Zur Bestätigung: Ihr Passwort')).toBe('Bitte geben Sie Ihr Passwort ein.');
    expect(writes(calls)).toHaveLength(0);

    type('Zur Bestätigung: Ihr Passwort', 'mein-Passwort-1');
    fireEvent.click(within(panel).getByRole('button', { name: 'Konto endgültig löschen' }));
    await screen.findByRole('heading', { level: 1, name: 'Konto gelöscht' });
    const del = writes(calls)[0];
    expect(del?.method).toBe('DELETE');
    expect(del?.url).toBe('/api/v1/me');
    expect(del?.body).toEqual({ password: 'mein-Passwort-1' });
    expect(del?.headers['x-csrf-token']).toBe(CSRF);
    // Logged out: the header offers "Anmelden" again, no account links.
    expect(screen.getByRole('banner').textContent).toContain('Anmelden');
    expect(screen.queryByRole('link', { name: 'Mein Konto' })).toBeNull();
  });

  it('cancelling the deletion sends nothing and returns focus to the button', async () => {
    const calls = await openAccount();
    const start = screen.getByRole('button', { name: 'Konto löschen …' });
    start.focus();
    fireEvent.click(start);
    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('region', { name: 'Möchten Sie Ihr Konto wirklich löschen?' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(start));
    expect(writes(calls)).toHaveLength(0);
  });

  it('shows a wrong password next to the confirmation field', async () => {
    await openAccount({ 'DELETE /api/v1/me': errorReply(422, 'Das Passwort ist nicht richtig.', 'password') });
    fireEvent.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    type('Zur Bestätigung: Ihr Passwort', 'falsch');
    fireEvent.click(screen.getByRole('button', { name: 'Konto endgültig löschen' }));
    await waitFor(() => expect(errorOf('Zur Bestätigung: Ihr Passwort')).toBe('Das Passwort ist nicht richtig.'));
    expect(screen.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeTruthy();
  });
});
