// Client for the Fachwerk HTTP API (same origin, JSON).
//
// Contract: every request sends `Accept-Language` with the current UI language so the
// server can localise error messages; every state-changing request (POST, PUT, PATCH,
// DELETE) sends `Content-Type: application/json` and, once known, `X-CSRF-Token`.
// Failed calls reject with an `ApiError`; callers show `error.message` when it is set
// (already localised by the server) and a generic text of their own otherwise.

export type Language = 'de' | 'en';

export interface Role {
  /** Id of the assignment (needed to revoke it); absent in older answers. */
  id?: number;
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
  disabled?: boolean;
  is_demo?: boolean;
  created_at?: string;
  updated_at?: string;
}

/** One entry of the audit log (GET /api/v1/audit). */
export interface AuditEntry {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor_label: string;
  ip: string;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  size: number;
}

/** Filters of GET /api/v1/audit; empty strings and undefined are left out. */
export interface AuditQuery {
  entity?: string;
  action?: string;
  actor?: number | string;
  page?: number;
  size?: number;
}

export interface NewUser {
  email: string;
  display_name: string;
  password: string;
  is_admin: boolean;
  language: Language;
}

export interface RoleGrant {
  scope: 'network' | 'organisation';
  scope_id: number;
  role: 'coordinator' | 'editor' | 'member';
}

/** A file received from the server, ready to be saved. */
export interface DownloadedFile {
  filename: string;
  type: string;
  content: string;
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

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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

/** Sends a request; rejects with ApiError for network failures and non-2xx answers. */
async function send(method: Method, path: string, body?: unknown): Promise<Response> {
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
  if (!response.ok) throw toApiError(response.status, await readJson(response));
  return response;
}

/** Sends a JSON request and returns the decoded body (null when empty); feature modules
 * (pages/dualcareer, monitor/) build their calls on it. */
export async function request(method: Method, path: string, body?: unknown): Promise<unknown> {
  return readJson(await send(method, path, body));
}

function badResponse(): ApiError {
  return new ApiError(500, 'bad_response', '', null);
}

function asUser(data: unknown): User {
  if (isRecord(data) && isRecord(data.user) && typeof data.user.id === 'number') return data.user as unknown as User;
  throw badResponse();
}

function asSession(data: unknown): Session {
  if (isRecord(data) && isRecord(data.user) && typeof data.csrf_token === 'string') {
    return data as unknown as Session;
  }
  throw badResponse();
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
  throw badResponse();
}

// ---------------------------------------------------------------- own account

/** Changes the own name and/or language; answers the updated user. */
export async function updateMe(changes: { display_name?: string; language?: Language }): Promise<User> {
  return asUser(await request('PATCH', '/api/v1/me', changes));
}

/** Changes the own password (204). */
export async function changeMyPassword(currentPassword: string, newPassword: string): Promise<void> {
  await request('PUT', '/api/v1/me/password', { current_password: currentPassword, new_password: newPassword });
}

/** Deletes the own account; the server ends the session, so the CSRF token is forgotten. */
export async function deleteMe(password: string): Promise<void> {
  await request('DELETE', '/api/v1/me', { password });
  setCsrfToken(null);
}

const FILENAME = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i;

/** The own personal data as the server sends it (JSON), with the server's file name. */
export async function exportMyData(): Promise<DownloadedFile> {
  const response = await send('GET', '/api/v1/me/export');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = FILENAME.exec(disposition);
  let filename = 'fachwerk-meine-daten.json';
  if (match?.[1] !== undefined) {
    try {
      filename = decodeURIComponent(match[1]);
    } catch {
      filename = match[1];
    }
  }
  return { filename, type: 'application/json', content: await response.text() };
}

// ---------------------------------------------------------------- administration

export async function listUsers(): Promise<User[]> {
  const data = await request('GET', '/api/v1/users');
  if (isRecord(data) && Array.isArray(data.items)) return data.items as User[];
  throw badResponse();
}

export async function fetchUser(id: number): Promise<User> {
  return asUser(await request('GET', `/api/v1/users/${id}`));
}

export async function createUser(user: NewUser): Promise<User> {
  return asUser(await request('POST', '/api/v1/users', user));
}

/** Admin changes to a user: here only `disabled` (block or unblock the account). */
export async function updateUser(id: number, changes: { disabled?: boolean }): Promise<User> {
  return asUser(await request('PATCH', `/api/v1/users/${id}`, changes));
}

export async function grantRole(userId: number, grant: RoleGrant): Promise<Role> {
  const data = await request('POST', `/api/v1/users/${userId}/roles`, grant);
  if (isRecord(data) && isRecord(data.role)) return data.role as unknown as Role;
  throw badResponse();
}

export async function revokeRole(userId: number, roleId: number): Promise<void> {
  await request('DELETE', `/api/v1/users/${userId}/roles/${roleId}`);
}

/** One page of the audit log, newest first. */
export async function listAudit(query: AuditQuery = {}): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  const data = await request('GET', qs === '' ? '/api/v1/audit' : `/api/v1/audit?${qs}`);
  if (isRecord(data) && Array.isArray(data.items)) {
    return {
      items: data.items as AuditEntry[],
      total: typeof data.total === 'number' ? data.total : data.items.length,
      page: typeof data.page === 'number' ? data.page : 1,
      size: typeof data.size === 'number' ? data.size : data.items.length,
    };
  }
  throw badResponse();
}

// ---------------------------------------------------------------- directory (public)

export interface SearchHit {
  type: 'network' | 'organisation' | 'practice';
  id: number;
  title: string;
  /** HTML-escaped text with <mark> around matches; sanitise before rendering. */
  snippet: string;
  kreis_ags: string | null;
  score: number;
  is_demo: boolean;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  page: number;
  size: number;
  facets: Record<string, Record<string, number>>;
}

export interface NetworkMember {
  organisation_id: number;
  organisation_name: string;
  organisation_type: string;
  role: string;
  status: string;
  regional: boolean;
  joined_on: string | null;
  left_on?: string | null;
  reason?: string;
}

export interface Network {
  id: number;
  name: string;
  short_name: string | null;
  founded_on: string | null;
  cooperation_form: string | null;
  description: string | null;
  website: string | null;
  status: string;
  is_demo: boolean;
  kreise: string[];
  handlungsfelder: string[];
  zielgruppen: string[];
  data_basis?: string;
  coordinator_organisation_id?: number | null;
  members: NetworkMember[];
  regional_partners: number;
  meets_admission_rule: boolean;
}

export interface Contact {
  name: string;
  function_title: string | null;
  email: string | null;
  phone: string | null;
}

export interface Organisation {
  id: number;
  name: string;
  type: string;
  street?: string;
  postcode?: string;
  city: string | null;
  email?: string;
  kreis_ags: string | null;
  size_class?: string | null;
  external_id?: string | null;
  website: string | null;
  contacts: Contact[];
  networks: { id: number; name: string }[];
  is_demo: boolean;
}

/** The fields a network is written with (POST/PUT /api/v1/networks). */
export interface NetworkInput {
  name: string;
  short_name: string;
  founded_on: string | null;
  cooperation_form: string;
  status: string;
  website: string;
  description: string;
  data_basis: string;
  coordinator_organisation_id: number | null;
  kreise: string[];
  handlungsfelder: string[];
  zielgruppen: string[];
}

/** The organisation's own fields; without `contacts` the server keeps the stored contacts. */
export interface OrganisationInput {
  name: string;
  type: string;
  street: string;
  postcode: string;
  city: string;
  website: string;
  email: string;
  kreis_ags: string | null;
  size_class: string | null;
}

export interface Region {
  ags: string;
  name: string;
  type?: string;
}

/** GET /api/v1/search with a prepared query string. */
export async function search(query: string): Promise<SearchResult> {
  const data = await request('GET', `/api/v1/search?${query}`);
  if (isRecord(data) && Array.isArray(data.items)) return data as unknown as SearchResult;
  throw badResponse();
}

export async function fetchNetwork(id: number): Promise<Network> {
  return asNetwork(await request('GET', `/api/v1/networks/${id}`));
}

function asNetwork(data: unknown): Network {
  if (isRecord(data) && isRecord(data.network)) return data.network as unknown as Network;
  throw badResponse();
}

function asOrganisation(data: unknown): Organisation {
  if (isRecord(data) && isRecord(data.organisation)) return data.organisation as unknown as Organisation;
  throw badResponse();
}

export async function createNetwork(input: NetworkInput): Promise<Network> {
  return asNetwork(await request('POST', '/api/v1/networks', input));
}

export async function updateNetwork(id: number, input: NetworkInput): Promise<Network> {
  return asNetwork(await request('PUT', `/api/v1/networks/${id}`, input));
}

export async function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return asOrganisation(await request('POST', '/api/v1/organisations', input));
}

export async function updateOrganisation(id: number, input: OrganisationInput): Promise<Organisation> {
  return asOrganisation(await request('PUT', `/api/v1/organisations/${id}`, input));
}

export async function fetchOrganisation(id: number): Promise<Organisation> {
  return asOrganisation(await request('GET', `/api/v1/organisations/${id}`));
}

export type MembershipStep = 'request' | 'invite' | 'approve' | 'accept' | 'reject' | 'leave';

/** One step of the membership workflow (PUT /api/v1/networks/{id}/members/{organisation_id}). */
export async function membershipStep(
  networkId: number,
  organisationId: number,
  step: MembershipStep,
  details: { role?: string; reason?: string; left_on?: string } = {},
): Promise<NetworkMember> {
  const data = await request('PUT', `/api/v1/networks/${networkId}/members/${organisationId}`, { step, ...details });
  if (isRecord(data) && isRecord(data.membership)) return data.membership as unknown as NetworkMember;
  throw badResponse();
}

/** Organisations whose name or place matches `text` (for the invitation search field). */
export async function findOrganisations(text: string, size = 10): Promise<SearchHit[]> {
  const query = new URLSearchParams({ q: text, type: 'organisation', size: String(size) });
  return (await search(query.toString())).items;
}

export interface VocabularyTerm {
  kind: 'handlungsfeld' | 'zielgruppe';
  code: string;
  label_de: string;
  label_en: string;
  builtin: boolean;
}

export type VocabularyKind = 'handlungsfelder' | 'zielgruppen';

export interface Vocabularies {
  handlungsfelder: VocabularyTerm[];
  zielgruppen: VocabularyTerm[];
}

export async function listVocabularies(): Promise<Vocabularies> {
  const data = await request('GET', '/api/v1/vocabularies');
  if (isRecord(data) && Array.isArray(data.handlungsfelder) && Array.isArray(data.zielgruppen)) return data as unknown as Vocabularies;
  throw badResponse();
}

/** Adds a term (admins). */
export async function addVocabularyTerm(
  kind: VocabularyKind,
  term: { code: string; label_de: string; label_en: string },
): Promise<VocabularyTerm> {
  const data = await request('POST', `/api/v1/vocabularies/${kind}`, term);
  if (isRecord(data) && isRecord(data.term)) return data.term as unknown as VocabularyTerm;
  throw badResponse();
}

/** Länder, or the Kreise of one Land. */
export async function listRegions(land?: string): Promise<Region[]> {
  const path = land === undefined ? '/api/v1/regions/laender' : `/api/v1/regions/kreise?land=${encodeURIComponent(land)}`;
  const data = await request('GET', path);
  if (isRecord(data) && Array.isArray(data.items)) return data.items as Region[];
  throw badResponse();
}

// ---------------------------------------------------------------- good-practice database

export type Visibility = 'public' | 'network' | 'coordinators';
export type PracticeStatus = 'draft' | 'submitted' | 'published';

export interface PracticeAward {
  year: number;
  name: string;
}

export interface PracticeContact {
  /** null: hidden from this reader (or empty). */
  name: string | null;
  email: string | null;
  phone: string | null;
  name_visibility: Visibility;
  email_visibility: Visibility;
  phone_visibility: Visibility;
}

/** The fields an entry is written with and read back as. */
interface PracticeFields {
  title: string;
  teaser: string;
  land_ags: string | null;
  kreise: string[];
  handlungsfelder: string[];
  zielgruppen: string[];
  ausgangslage: string;
  massnahmen: string;
  ergebnisse: string;
  period_from: string | null;
  period_to: string | null;
  funding: string;
  awards: PracticeAward[];
}

export interface PracticeInput extends PracticeFields {
  networks: number[];
  contact: Omit<PracticeContact, 'name' | 'email' | 'phone'> & { name: string; email: string; phone: string };
}

export interface Practice extends PracticeFields {
  id: number;
  networks: { id: number; name: string }[];
  contact: PracticeContact;
  status: PracticeStatus;
  status_reason: string;
  published_at: string | null;
  is_demo: boolean;
  /** What this reader may do: edit and submit; publish and send back to draft. */
  may_edit: boolean;
  may_publish: boolean;
}

export interface PracticePage {
  items: Practice[];
  total: number;
  page: number;
  size: number;
}

function asPractice(data: unknown): Practice {
  if (isRecord(data) && isRecord(data.practice)) return data.practice as unknown as Practice;
  throw badResponse();
}

export async function fetchPractice(id: number): Promise<Practice> {
  return asPractice(await request('GET', `/api/v1/practices/${id}`));
}

/** Published entries plus the unpublished ones of the user's networks, newest first. */
export async function listPractices(page = 1, size = 20): Promise<PracticePage> {
  const data = await request('GET', `/api/v1/practices?page=${page}&size=${size}`);
  if (isRecord(data) && Array.isArray(data.items)) return data as unknown as PracticePage;
  throw badResponse();
}

/** The published entries of one network (public), by title. */
export async function listNetworkPractices(networkId: number, size = 100): Promise<PracticePage> {
  const data = await request('GET', `/api/v1/practices?network=${networkId}&status=published&size=${size}`);
  if (isRecord(data) && Array.isArray(data.items)) return data as unknown as PracticePage;
  throw badResponse();
}

export async function createPractice(input: PracticeInput): Promise<Practice> {
  return asPractice(await request('POST', '/api/v1/practices', input));
}

export async function updatePractice(id: number, input: PracticeInput): Promise<Practice> {
  return asPractice(await request('PUT', `/api/v1/practices/${id}`, input));
}

/** The editorial workflow: submit (editors), publish and unpublish with a reason (coordinators). */
export async function practiceStep(id: number, step: 'submit' | 'publish' | 'unpublish', reason = ''): Promise<Practice> {
  return asPractice(await request('POST', `/api/v1/practices/${id}/${step}`, step === 'unpublish' ? { reason } : {}));
}
