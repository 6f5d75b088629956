import { describe, expect, it } from 'vitest';
import { extractLegalHtml } from './legal';

describe('extractLegalHtml', () => {
  it('returns the marked content without active parts', () => {
    const html = `<html><body><header>x</header><main data-legal-content>
      <h2 onclick="alert(1)">Anbieter</h2><script>alert(2)</script>
      <a href="javascript:alert(3)">Link</a><p>Muster GmbH</p></main></body></html>`;
    const result = extractLegalHtml(html) ?? '';
    expect(result).toContain('<h2>Anbieter</h2>');
    expect(result).toContain('<p>Muster GmbH</p>');
    expect(result).not.toContain('script');
    expect(result).not.toContain('javascript:');
    expect(result).not.toContain('header');
  });

  it('returns null for the app shell (file missing, SPA fallback)', () => {
    expect(extractLegalHtml('<!doctype html><html><body><div id="root"></div></body></html>')).toBeNull();
  });
});
