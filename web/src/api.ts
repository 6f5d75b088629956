// Client for the Fachwerk HTTP API (same origin, JSON).
//
// Contract: every request sends `Accept-Language` with the current UI language so the
// server can localise error messages; every state-changing request (POST, PUT, PATCH,
// DELETE) sends `Content-Type: application/json` and, once known, `X-CSRF-Token`.
// Failed calls reject with an `ApiError`; callers show `error.message` when it is set
// (already localised by the server) and a generic text of their own otherwise.

export type Language = 'de' | 'en';

export interface Role {
  scope: string;
  scope_id: number | null;
  role: string;
}

export interface User {
  id: number;
  email: string;
  display_name: string;
  is_admin: boolean;
  language: string;
  roles: Role[];
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface Health {
  status: string;
  db: string;
  version: string;
}

/** A failed API call. `status` is 0 when the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Name of the request field the error refers to, or null for the whole request. */
  readonly field: string | null;

  constructor(status: number, code: string, message: string, field: string | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let language: Language = 'de';

/** Remembers the token from the last login or /me answer; null forgets it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Sets the language sent as Accept-Language from now on. */
export function setApiLanguage(lang: Language): void {
  language = lang;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error)) {
    const code = typeof error.code === 'string' ? error.code : 'unknown';
    const message = typeof error.message === 'string' ? error.message : '';
    const field = typeof error.field === 'string' ? error.field : null;
    return new ApiError(status, code, message, field);
  }
  return new ApiError(status, 'unknown', '', null);
}

async function request(method: Method, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
  };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  }
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = JSON.stringify(body);

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', '', null);
  }
  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);
  return data;
}

function asSession(data: unknown): Session {
  if (isRecord(data) && isRecord(data.user) && typeof data.csrf_token === 'string') {
    return data as unknown as Session;
  }
  throw new ApiError(500, 'bad_response', '', null);
}

/** Logs in; on success the server sets the session cookie and the CSRF token is kept. */
export async function login(email: string, password: string): Promise<Session> {
  const session = asSession(await request('POST', '/api/v1/session', { email, password }));
  setCsrfToken(session.csrf_token);
  return session;
}

/** The current session, or null when nobody is logged in (401). */
export async function fetchMe(): Promise<Session | null> {
  try {
    const session = asSession(await request('GET', '/api/v1/me'));
    setCsrfToken(session.csrf_token);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Ends the session on the server; the token is forgotten whatever the outcome. */
export async function logout(): Promise<void> {
  try {
    await request('DELETE', '/api/v1/session');
  } finally {
    setCsrfToken(null);
  }
}

/** Asks for a reset mail. The server answers 202 whether or not the address exists. */
export async function requestPasswordReset(email: string): Promise<void> {
  await request('POST', '/api/v1/password-reset', { email });
}

/** Sets a new password with the token from the reset mail. */
export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await request('POST', '/api/v1/password-reset/confirm', { token, password });
}

export async function fetchHealth(): Promise<Health> {
  const data = await request('GET', '/healthz');
  if (isRecord(data) && typeof data.version === 'string') return data as unknown as Health;
  throw new ApiError(500, 'bad_response', '', null);
}
