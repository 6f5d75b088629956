// Client calls for the import wizard and the list downloads. Kept apart from api.ts because
// they send and receive files (text/csv, XLSX) rather than JSON.
import { ApiError, getCsrfToken, type DownloadedFile, type Language } from '../api';
import type { ImportReport } from './importWizard';

export type ExportFormat = 'csv' | 'xlsx';

/** `path` with `format=…` added to its query string. */
export function withFormat(path: string, format: ExportFormat): string {
  const [base, query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('format', format);
  params.delete('page');
  params.delete('size');
  return `${base}?${params.toString()}`;
}

const FILENAME_UTF8 = /filename\*=UTF-8''([^;]+)/i;
const FILENAME = /filename="?([^";]+)"?/i;

/** The file name of a Content-Disposition header (the UTF-8 form preferred), else `fallback`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const utf8 = FILENAME_UTF8.exec(disposition);
  if (utf8?.[1] !== undefined) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return FILENAME.exec(disposition)?.[1] ?? fallback;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; field?: string | null } };
    return new ApiError(response.status, body.error?.code ?? 'unknown', body.error?.message ?? '', body.error?.field ?? null);
  } catch {
    return new ApiError(response.status, 'unknown', '', null);
  }
}

async function fetchOrThrow(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'network', '', null);
  }
}

/** A list route as a file (CSV for Excel or XLSX) with the server's German file name. */
export async function downloadList(path: string, format: ExportFormat, lang: Language): Promise<DownloadedFile & { blob: Blob }> {
  const response = await fetchOrThrow(withFormat(path, format), { headers: { 'Accept-Language': lang } });
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const type = response.headers.get('Content-Type') ?? '';
  return { filename: filenameFrom(response.headers.get('Content-Disposition'), `export.${format}`), type, content: '', blob };
}

export interface ImportRequest {
  csv: string;
  file: string;
  dryRun: boolean;
  skipInvalid: boolean;
  network: number | null;
  map: string;
}

/** The query string of POST /api/v1/import/organisations. */
export function importQuery(r: Omit<ImportRequest, 'csv'>): string {
  const params = new URLSearchParams();
  if (r.dryRun) params.set('dry_run', '1');
  if (r.skipInvalid) params.set('skip_invalid', '1');
  if (r.network !== null) params.set('network', String(r.network));
  params.set('file', r.file);
  if (r.map !== '') params.set('map', r.map);
  return params.toString();
}

/** Runs the import (or its dry run). A refusal because of rejected rows still yields the report. */
export async function importOrganisations(r: ImportRequest, lang: Language): Promise<ImportReport> {
  const headers: Record<string, string> = { 'Content-Type': 'text/csv; charset=utf-8', 'Accept-Language': lang };
  const csrf = getCsrfToken();
  if (csrf !== null) headers['X-CSRF-Token'] = csrf;
  const response = await fetchOrThrow(`/api/v1/import/organisations?${importQuery(r)}`, {
    method: 'POST',
    headers,
    body: r.csv,
  });
  if (response.ok) return (await response.json()) as ImportReport;
  const copy = response.clone();
  try {
    const body = (await copy.json()) as { report?: ImportReport };
    if (body.report !== undefined) return body.report;
  } catch {
    // not JSON: handled below
  }
  throw await errorOf(response);
}

/** Where the problems of a report can be downloaded as CSV. */
export function reportPath(id: string): string {
  return `/api/v1/import/organisations/reports/${encodeURIComponent(id)}`;
}
