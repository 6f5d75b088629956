import { describe, expect, it } from 'vitest';
import {
  confirmChoice,
  detectSeparator,
  doubleFields,
  guessField,
  mapParameter,
  missingFields,
  proposeMapping,
  readHeader,
  resultRows,
  type ImportReport,
} from './importWizard';

const report = (over: Partial<ImportReport>): ImportReport => ({
  file: 'partner.csv',
  separator: ';',
  dry_run: true,
  written: false,
  counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
  columns: [],
  unknown_columns: [],
  rows: [{ line: 2, action: 'created', organisation_id: null, name: 'A', matched_by: '', membership: '' }],
  problems: [],
  report_id: null,
  ...over,
});

describe('import wizard', () => {
  it('recognises German and English headers like the server', () => {
    expect(guessField('Straße')).toBe('street');
    expect(guessField('E-Mail')).toBe('email');
    expect(guessField('Größenklasse')).toBe('size_class');
    expect(guessField('Kreis (AGS)')).toBe('kreis_ags');
    expect(guessField('PLZ')).toBe('postcode');
    expect(guessField('Art')).toBe('type');
    expect(guessField('Bemerkung')).toBeNull();
  });

  it('reads the header with BOM, quotes and either separator', () => {
    expect(readHeader('\uFEFFName;Typ;"Ort; Stadt"\r\nA;B;C')).toEqual(['Name', 'Typ', 'Ort; Stadt']);
    expect(readHeader('name,type\n')).toEqual(['name', 'type']);
    expect(readHeader('Name\tTyp\n')).toBeNull();
    expect(detectSeparator('a;b,c;d')).toBe(';');
  });

  it('proposes a mapping, finds missing and doubled fields and writes the map parameter', () => {
    const m = proposeMapping(['Firma', 'Ort', 'Stadt', 'Notiz']);
    expect(m).toEqual({ Firma: 'name', Ort: 'city', Stadt: null, Notiz: null });
    expect(missingFields(m)).toEqual(['type']);
    expect(doubleFields({ A: 'name', B: 'name', C: 'type' })).toEqual(['name']);
    expect(mapParameter({ Firma: 'name', Art: 'type', Notiz: null })).toBe('Firma=name,Art=type,Notiz=-');
  });

  it('offers to skip rejected rows and attaches problems to their rows', () => {
    expect(confirmChoice(report({}))).toBe('all');
    const withReject = report({
      counts: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
      rows: [
        { line: 2, action: 'created', organisation_id: null, name: 'A', matched_by: '', membership: '' },
        { line: 3, action: 'rejected', organisation_id: null, name: '', matched_by: '', membership: '' },
      ],
      problems: [{ line: 3, column: 'Typ', value: 'Bank', code: 'directory.value_invalid', message: 'ungültig' }],
    });
    expect(confirmChoice(withReject)).toBe('skipInvalid');
    expect(resultRows(withReject)[1]?.problems[0]?.column).toBe('Typ');
    expect(
      confirmChoice(
        report({
          counts: { created: 0, updated: 0, unchanged: 1, rejected: 0 },
          rows: [{ line: 2, action: 'unchanged', organisation_id: 4, name: 'A', matched_by: 'email', membership: '' }],
        }),
      ),
    ).toBe('nothing');
  });
});
