import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { translate } from './messages';

describe('dictionaries', () => {
  it('have the same keys in German and English', () => {
    const deKeys = Object.keys(de).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys).toEqual(deKeys);
  });

  it('have no empty texts', () => {
    for (const [lang, dict] of Object.entries({ de, en })) {
      for (const [key, text] of Object.entries(dict)) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });
});

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate('de', 'start.signedInAs', { name: 'Erika Muster' })).toBe(
      'Angemeldet als Erika Muster',
    );
    expect(translate('en', 'footer.version', { version: '0.1.0' })).toBe('Version 0.1.0');
  });

  it('keeps unknown placeholders', () => {
    expect(translate('de', 'start.signedInAs')).toBe('Angemeldet als {name}');
  });
});
