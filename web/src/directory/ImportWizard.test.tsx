import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../test-render';
import { ADMIN_USER, meReply, mockApi, writes } from '../test-utils';
import type { ImportReport } from './importWizard';

afterEach(() => vi.unstubAllGlobals());

const report = (dryRun: boolean): ImportReport => ({
  file: 'partner.csv',
  separator: ';',
  dry_run: dryRun,
  written: !dryRun,
  counts: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
  columns: [],
  unknown_columns: ['Notiz'],
  rows: [
    { line: 2, action: 'created', organisation_id: null, name: 'Firma Eins', matched_by: '', membership: '' },
    { line: 3, action: 'rejected', organisation_id: null, name: '', matched_by: '', membership: '' },
  ],
  problems: [{ line: 3, column: 'Art', value: 'Bank', code: 'directory.value_invalid', message: 'Der Wert „Bank“ ist nicht zulässig.' }],
  report_id: 'abc',
});

describe('import wizard', () => {
  it('goes from upload over mapping and dry run to the import without rejected rows', async () => {
    const calls = mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'POST /api/v1/import/organisations': () => ({ status: 200, body: report(calls.at(-1)?.url.includes('dry_run=1') ?? true) }),
    });
    renderAppAt('/import/organisationen?netzwerk=7');
    const input = await screen.findByLabelText('CSV-Datei');
    const file = new File(['Firma;Art;Notiz\nFirma Eins;Unternehmen;x\nZwei;Bank;y\n'], 'partner.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });

    const select = await screen.findByLabelText('Feld für Spalte Firma');
    expect((select as HTMLSelectElement).value).toBe('name');
    expect((screen.getByLabelText('Feld für Spalte Notiz') as HTMLSelectElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Prüfen (Probelauf)' }));

    expect(await screen.findByText('1 neu, 0 geändert, 0 unverändert, 1 abgelehnt')).toBeTruthy();
    const table = screen.getByRole('table', { name: '2 Zeilen' });
    expect(within(table).getByText('Der Wert „Bank“ ist nicht zulässig.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Fehlerbericht herunterladen (CSV)' }).getAttribute('href')).toBe(
      '/api/v1/import/organisations/reports/abc',
    );
    const dry = writes(calls)[0];
    expect(dry?.url).toContain('dry_run=1');
    expect(dry?.url).toContain('network=7');
    expect(dry?.url).toContain('map=Firma%3Dname%2CArt%3Dtype%2CNotiz%3D-');
    expect(dry?.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(dry?.body).toContain('Firma Eins');

    fireEvent.click(screen.getByRole('button', { name: 'Ohne die abgelehnten Zeilen importieren' }));
    expect(await screen.findByText('Der Import wurde gespeichert.')).toBeTruthy();
    const real = writes(calls)[1];
    expect(real?.url).toContain('skip_invalid=1');
    expect(real?.url).not.toContain('dry_run');
  });
});
