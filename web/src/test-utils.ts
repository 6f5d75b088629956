// Helpers for tests that mock `fetch`.
import { vi } from 'vitest';

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** `body` is sent as JSON; `text` (if given) is sent as it is, with `headers`. */
export type Reply = { status: number; body?: unknown; text?: string; headers?: Record<string, string> };

export function jsonResponse({ status, body, text: raw, headers = {} }: Reply): Response {
  const text = raw ?? (body === undefined ? null : JSON.stringify(body));
  return new Response(status === 204 ? null : text, {
    status,
    headers: text === null ? headers : { 'Content-Type': 'application/json', ...headers },
  });
}

/**
 * Replaces global fetch with a function that answers by `route(method, url)` and
 * records every call. Restore with `vi.unstubAllGlobals()`.
 */
export function mockFetch(route: (method: string, url: string) => Reply): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const fake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    // JSON bodies parsed; others (the CSV of the import) kept as text.
    let body: unknown = undefined;
    if (typeof init?.body === 'string') {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    calls.push({ url, method, headers, body });
    return jsonResponse(route(method, url));
  });
  vi.stubGlobal('fetch', fake);
  return calls;
}

// ---------------------------------------------------------------- fixtures

export const CSRF = 'csrf-test-token';

export const ADMIN_USER = {
  id: 1,
  email: 'admin@fachwerk.test',
  display_name: 'Plattform-Administration',
  is_admin: true,
  language: 'de',
  disabled: false,
  is_demo: true,
  created_at: '2026-11-25T12:00:00Z',
  updated_at: '2026-11-25T12:00:00Z',
  roles: [],
};

export const MEMBER_USER = {
  id: 4,
  email: 'mitglied@fachwerk.test',
  display_name: 'Erika Mitglied',
  is_admin: false,
  language: 'de',
  disabled: false,
  is_demo: true,
  created_at: '2026-11-25T12:00:00Z',
  updated_at: '2026-11-25T12:00:00Z',
  roles: [{ id: 3, scope: 'network', scope_id: 1, role: 'member' }],
};

/** Answer of GET /api/v1/me for `user` (null: not logged in). */
export function meReply(user: unknown): Reply {
  return user === null
    ? { status: 401, body: { error: { code: 'unauthenticated', message: 'Bitte melden Sie sich an.', field: null } } }
    : { status: 200, body: { user, csrf_token: CSRF } };
}

export function errorReply(status: number, message: string, field: string | null = null, code = 'invalid_argument'): Reply {
  return { status, body: { error: { code, message, field } } };
}

/**
 * Like mockFetch, with answers by "METHOD /path" (the query string may be left out of
 * the key). /healthz answers by itself; anything else unknown gets a 404.
 */
export function mockApi(handlers: Record<string, Reply | (() => Reply)>): RecordedCall[] {
  return mockFetch((method, url) => {
    const path = url.split('?')[0] ?? url;
    const handler = handlers[`${method} ${url}`] ?? handlers[`${method} ${path}`];
    if (handler !== undefined) return typeof handler === 'function' ? handler() : handler;
    if (path === '/healthz') return { status: 200, body: { status: 'ok', db: 'sqlite', version: 'test' } };
    return errorReply(404, 'Nicht gefunden.', null, 'not_found');
  });
}

/** The calls that change something (not GET). */
export function writes(calls: RecordedCall[]): RecordedCall[] {
  return calls.filter((call) => call.method !== 'GET');
}

/** A network as GET /api/v1/networks/{id} answers, with `changes` applied. */
export function networkFixture(changes: Record<string, unknown> = {}) {
  return {
    id: 7,
    name: 'Fachkräfteallianz Ostwürttemberg',
    short_name: 'FKA',
    founded_on: null,
    cooperation_form: 'kooperationsvereinbarung',
    description: '',
    website: '',
    status: 'active',
    is_demo: false,
    kreise: [] as string[],
    handlungsfelder: [] as string[],
    zielgruppen: [] as string[],
    members: [] as unknown[],
    regional_partners: 0,
    meets_admission_rule: false,
    ...changes,
  };
}
