import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionProvider } from '../session/SessionProvider';
import { mockFetch } from '../test-utils';
import { LoginForm } from './LoginForm';

const WRONG = 'E-Mail-Adresse oder Passwort ist falsch.';

function renderForm(onSuccess = () => undefined) {
  render(
    <I18nProvider initial="de">
      <SessionProvider>
        <LoginForm onSuccess={onSuccess} />
      </SessionProvider>
    </I18nProvider>,
  );
}

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-Mail-Adresse'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Passwort'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LoginForm', () => {
  it('shows the server’s error message in an alert inside the form', async () => {
    const calls = mockFetch((method) =>
      method === 'POST'
        ? { status: 401, body: { error: { code: 'unauthenticated', message: WRONG, field: null } } }
        : { status: 401, body: { error: { code: 'unauthenticated', message: '', field: null } } },
    );
    renderForm();
    fill('admin@fachwerk.test', 'falsch');

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(WRONG));
    expect(screen.getByRole('alert').closest('form')).not.toBeNull();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({ email: 'admin@fachwerk.test', password: 'falsch' });
    expect(post?.headers['accept-language']).toBe('de');
  });

  it('shows a field error next to the field the server names', async () => {
    mockFetch(() => ({
      status: 422,
      body: { error: { code: 'invalid_argument', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.', field: 'email' } },
    }));
    renderForm();
    fill('kein-at-zeichen', 'x');

    const input = screen.getByLabelText('E-Mail-Adresse');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  });

  it('checks for empty fields before calling the server', () => {
    const calls = mockFetch(() => ({ status: 401 }));
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(screen.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.')).toBeTruthy();
    expect(screen.getByText('Bitte geben Sie Ihr Passwort ein.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('E-Mail-Adresse'));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('calls onSuccess after a successful login', async () => {
    mockFetch((method) =>
      method === 'POST'
        ? {
            status: 200,
            body: {
              user: { id: 1, email: 'a@b.de', display_name: 'A', is_admin: false, language: 'de', roles: [] },
              csrf_token: 't',
            },
          }
        : { status: 401 },
    );
    const onSuccess = vi.fn();
    renderForm(onSuccess);
    fill('a@b.de', 'richtig');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('applies the language stored with the account after login', async () => {
    mockFetch((method) =>
      method === 'POST'
        ? {
            status: 200,
            body: {
              user: { id: 1, email: 'a@b.de', display_name: 'A', is_admin: false, language: 'en', roles: [] },
              csrf_token: 't',
            },
          }
        : { status: 401 },
    );
    const onSuccess = vi.fn();
    renderForm(onSuccess);
    fill('a@b.de', 'richtig');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByLabelText('Email address')).toBeTruthy();
  });
});
