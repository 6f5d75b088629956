import { describe, expect, it } from 'vitest';
import { findKreis } from './RegionPicker';

const KREISE = [
  { ags: '08136', name: 'Ostalbkreis' },
  { ags: '08135', name: 'Heidenheim' },
];

describe('findKreis', () => {
  it('finds a Kreis by exact name (any case), by "Name (AGS)" and by AGS', () => {
    expect(findKreis(KREISE, ' ostalbkreis ')?.ags).toBe('08136');
    expect(findKreis(KREISE, 'Heidenheim (08135)')?.ags).toBe('08135');
    expect(findKreis(KREISE, '08136')?.name).toBe('Ostalbkreis');
  });
  it('finds nothing for partial names or unknown codes', () => {
    expect(findKreis(KREISE, 'Ostalb')).toBeUndefined();
    expect(findKreis(KREISE, '09999')).toBeUndefined();
    expect(findKreis([], 'Ostalbkreis')).toBeUndefined();
  });
});
