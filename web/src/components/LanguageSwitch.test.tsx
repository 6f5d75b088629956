import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

function renderShell() {
  render(
    <I18nProvider>
      <LanguageSwitch />
      <MainNav />
    </I18nProvider>,
  );
}

describe('LanguageSwitch', () => {
  it('starts in German, switches to English, sets <html lang> and remembers the choice', () => {
    renderShell();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('link', { name: 'Netzwerke' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Networks' })).toBeTruthy();
    expect(window.localStorage.getItem('fachwerk.language')).toBe('en');
  });

  it('uses the stored language on start', () => {
    window.localStorage.setItem('fachwerk.language', 'en');
    renderShell();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  });
});
