import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from './api';
import { mockFetch } from './test-utils';

const session = {
  user: {
    id: 1,
    email: 'admin@fachwerk.test',
    display_name: 'Demo Admin',
    is_admin: true,
    language: 'de',
    roles: [{ scope: 'network', scope_id: 3, role: 'coordinator' }],
  },
  csrf_token: 'token-123',
};

beforeEach(() => {
  api.setCsrfToken(null);
  api.setApiLanguage('de');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('sends X-CSRF-Token and JSON content type on DELETE /api/v1/session', async () => {
    const calls = mockFetch((method) => (method === 'POST' ? { status: 200, body: session } : { status: 204 }));
    await api.login('admin@fachwerk.test', 'secret');
    await api.logout();

    const del = calls.find((call) => call.method === 'DELETE');
    expect(del?.url).toBe('/api/v1/session');
    expect(del?.headers['x-csrf-token']).toBe('token-123');
    expect(del?.headers['content-type']).toBe('application/json');
    expect(api.getCsrfToken()).toBeNull();
  });

  it('sends Accept-Language with the UI language', async () => {
    const calls = mockFetch(() => ({ status: 401, body: { error: { code: 'unauthenticated', message: 'x', field: null } } }));
    api.setApiLanguage('en');
    await api.fetchMe();
    expect(calls[0]?.headers['accept-language']).toBe('en');
  });

  it('sends no CSRF header on GET and none before it is known', async () => {
    const calls = mockFetch(() => ({ status: 202 }));
    await api.requestPasswordReset('a@example.org');
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(calls[0]?.headers['content-type']).toBe('application/json');
    expect(calls[0]?.body).toEqual({ email: 'a@example.org' });
  });

  it('returns null from fetchMe on 401 and the session on 200', async () => {
    mockFetch(() => ({ status: 401, body: { error: { code: 'unauthenticated', message: '', field: null } } }));
    expect(await api.fetchMe()).toBeNull();

    mockFetch(() => ({ status: 200, body: session }));
    expect((await api.fetchMe())?.user.display_name).toBe('Demo Admin');
    expect(api.getCsrfToken()).toBe('token-123');
  });

  it('turns error bodies into ApiError with the server message and field', async () => {
    mockFetch(() => ({
      status: 422,
      body: { error: { code: 'invalid_argument', message: 'Das Passwort ist zu kurz.', field: 'password' } },
    }));
    const error = await api.confirmPasswordReset('t', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error).toMatchObject({ status: 422, code: 'invalid_argument', message: 'Das Passwort ist zu kurz.', field: 'password' });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.fetchHealth()).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('api client: account and administration', () => {
  it('reads the export file name from Content-Disposition', async () => {
    mockFetch(() => ({
      status: 200,
      text: '{"a":1}',
      headers: { 'Content-Disposition': "attachment; filename*=UTF-8''meine%20daten.json" },
    }));
    expect(await api.exportMyData()).toEqual({ filename: 'meine daten.json', type: 'application/json', content: '{"a":1}' });

    mockFetch(() => ({ status: 200, text: '{}' }));
    expect((await api.exportMyData()).filename).toBe('fachwerk-meine-daten.json');
  });

  it('leaves empty audit filters out of the query', async () => {
    const calls = mockFetch(() => ({ status: 200, body: { items: [], total: 0, page: 2, size: 50 } }));
    const page = await api.listAudit({ action: 'create', entity: '', actor: undefined, page: 2, size: 50 });
    expect(calls[0]?.url).toBe('/api/v1/audit?action=create&page=2&size=50');
    expect(page).toEqual({ items: [], total: 0, page: 2, size: 50 });
  });

  it('forgets the CSRF token after deleting the own account', async () => {
    api.setCsrfToken('token-123');
    const calls = mockFetch(() => ({ status: 204 }));
    await api.deleteMe('geheim');
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: '/api/v1/me', body: { password: 'geheim' } });
    expect(calls[0]?.headers['x-csrf-token']).toBe('token-123');
    expect(api.getCsrfToken()).toBeNull();
  });
});
