import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './api';
import { actionLabel, auditCsv, csvCell, entityLabel } from './audit';
import { translate, type MessageKey, type Params } from './i18n/messages';

const de = (key: MessageKey, params?: Params) => translate('de', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 12,
  at: '2026-11-25T13:30:00Z',
  actor_user_id: 1,
  actor_label: 'admin@fachwerk.test',
  ip: '127.0.0.1',
  action: 'create',
  entity: 'user',
  entity_id: '6',
  before: null,
  after: { id: 6, email: 'neu@example.org', display_name: 'Neu; "Müller"' },
  ...over,
});

describe('audit labels', () => {
  it('names all server actions in German', () => {
    const expected: Record<string, string> = {
      create: 'angelegt',
      update: 'geändert',
      delete: 'gelöscht',
      view: 'angesehen',
      login: 'angemeldet',
      logout: 'abgemeldet',
      login_failed: 'Anmeldung fehlgeschlagen',
      role_grant: 'Rolle vergeben',
      role_revoke: 'Rolle entzogen',
      password_change: 'Passwort geändert',
      password_reset_request: 'Zurücksetzen des Passworts angefordert',
      password_reset: 'Passwort zurückgesetzt',
      export: 'Daten exportiert',
    };
    for (const [action, label] of Object.entries(expected)) expect(actionLabel(action, de)).toBe(label);
    expect(actionLabel('create', en)).toBe('created');
  });

  it('shows unknown actions and objects as they are', () => {
    expect(actionLabel('archive', de)).toBe('archive');
    expect(entityLabel('network', de)).toBe('network');
    expect(entityLabel('user', de)).toBe('Benutzerkonto');
  });
});

describe('auditCsv', () => {
  it('writes UTF-8 BOM, semicolons, CRLF and German date and time (Berlin)', () => {
    const csv = auditCsv([entry()], de);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Zeitpunkt;Aktion;Objekt;Objekt-Nr.;Ausgeführt von;Benutzer-Nr.;IP-Adresse;Vorher;Nachher',
    );
    // 13:30 UTC is 14:30 in Berlin in November.
    expect(lines[1]).toBe(
      '25.11.2026 14:30;angelegt;Benutzerkonto;6;admin@fachwerk.test;1;127.0.0.1;;' +
        '"{""id"":6,""email"":""neu@example.org"",""display_name"":""Neu; \\""Müller\\""""}"',
    );
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });

  it('uses summer time and empty cells for missing values', () => {
    const csv = auditCsv([entry({ at: '2026-07-01T08:05:00Z', actor_user_id: null, after: null, action: 'login_failed' })], de);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row.startsWith('01.07.2026 10:05;Anmeldung fehlgeschlagen;')).toBe(true);
    expect(row.endsWith(';admin@fachwerk.test;;127.0.0.1;;')).toBe(true);
  });

  it('follows the UI language in headings and action names, keeps German dates', () => {
    const csv = auditCsv([entry()], en);
    expect(csv).toContain('Time;Action;Object;');
    expect(csv).toContain('25.11.2026 14:30;created;User account;');
  });

  it('writes only the heading for an empty page', () => {
    expect(auditCsv([], de).split('\r\n')).toHaveLength(2);
  });
});

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('defuses cells that spreadsheet programs would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+49')).toBe("'+49");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
