import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './router';

describe('safeReturnPath', () => {
  it('accepts paths on this site', () => {
    expect(safeReturnPath('/verwaltung/protokoll?action=create')).toBe('/verwaltung/protokoll?action=create');
  });

  it('rejects other origins and missing values', () => {
    for (const value of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'konto', null]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });
});
