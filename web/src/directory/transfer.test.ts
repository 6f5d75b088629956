import { describe, expect, it } from 'vitest';
import { filenameFrom, importQuery, withFormat } from './transfer';

describe('list downloads and import requests', () => {
  it('adds the format and drops paging', () => {
    expect(withFormat('/api/v1/search?q=pflege&page=2&size=20', 'csv')).toBe('/api/v1/search?q=pflege&format=csv');
    expect(withFormat('/api/v1/users', 'xlsx')).toBe('/api/v1/users?format=xlsx');
  });

  it('prefers the UTF-8 file name', () => {
    expect(
      filenameFrom(
        "attachment; filename=\"mitglieder-strasse-2026-11-25.csv\"; filename*=UTF-8''Mitglieder%20Stra%C3%9Fe-2026-11-25.csv",
        'x',
      ),
    ).toBe('Mitglieder Straße-2026-11-25.csv');
    expect(filenameFrom('attachment; filename="Importfehler.csv"', 'x')).toBe('Importfehler.csv');
    expect(filenameFrom(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('builds the import query', () => {
    expect(importQuery({ file: 'a.csv', dryRun: true, skipInvalid: false, network: 7, map: 'Firma=name' })).toBe(
      'dry_run=1&network=7&file=a.csv&map=Firma%3Dname',
    );
  });
});
