// Labels for the audit log (actions and kinds of object) and its CSV export.
import type { AuditEntry } from './api';
import { formatCsvDateTime } from './format';
import type { I18n } from './i18n/context';
import type { MessageKey } from './i18n/messages';

/** Actions the server records, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'view',
  'login',
  'logout',
  'login_failed',
  'role_grant',
  'role_revoke',
  'password_change',
  'password_reset_request',
  'password_reset',
  'export',
] as const;

/** Kinds of object ("entity") the server records so far. */
export const AUDIT_ENTITIES = ['user', 'session', 'audit_log'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** "create" → "angelegt"; unknown actions are shown as they are. */
export function actionLabel(action: string, t: I18n['t']): string {
  return isOneOf(AUDIT_ACTIONS, action) ? t(`audit.action.${action}` as MessageKey) : action;
}

/** "user" → "Benutzerkonto"; unknown kinds are shown as they are. */
export function entityLabel(entity: string, t: I18n['t']): string {
  return isOneOf(AUDIT_ENTITIES, entity) ? t(`audit.entity.${entity}` as MessageKey) : entity;
}

/** Compact JSON of a before/after state, '' when there is none. */
export function stateJson(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

// Cells starting with these characters would be run as formulas by spreadsheet programs
// (CSV injection); such cells get a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The given audit entries as CSV for German spreadsheet programs: UTF-8 with byte order
 * mark, `;` as separator, CRLF line ends, dates as "25.11.2026 14:30" (German time).
 * Column headings and action names follow the UI language.
 */
export function auditCsv(entries: readonly AuditEntry[], t: I18n['t']): string {
  const header = [
    t('audit.col.at'),
    t('audit.col.action'),
    t('audit.col.entity'),
    t('audit.col.entityId'),
    t('audit.col.actor'),
    t('audit.col.actorId'),
    t('audit.col.ip'),
    t('audit.col.before'),
    t('audit.col.after'),
  ];
  const rows = entries.map((entry) => [
    formatCsvDateTime(entry.at),
    actionLabel(entry.action, t),
    entityLabel(entry.entity, t),
    entry.entity_id,
    entry.actor_label,
    entry.actor_user_id === null ? '' : String(entry.actor_user_id),
    entry.ip,
    stateJson(entry.before),
    stateJson(entry.after),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
