import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../test-utils';
import { SessionProvider } from '../session/SessionProvider';
import { OrganisationPage } from './OrganisationPage';

afterEach(() => vi.unstubAllGlobals());

describe('OrganisationPage', () => {
  it('shows contacts, marks hidden fields and links the networks', async () => {
    mockFetch((_, url) => {
      if (url.startsWith('/api/v1/organisations/7'))
        return {
          status: 200,
          body: {
            organisation: {
              id: 7,
              name: 'IHK Musterstadt',
              type: 'ihk',
              city: 'Musterstadt',
              kreis_ags: '08136',
              website: '',
              is_demo: true,
              contacts: [{ name: 'Erika Muster', function_title: 'Leitung', email: null, phone: null }],
              networks: [{ id: 3, name: 'Netzwerk Muster' }],
            },
          },
        };
      return { status: 200, body: { items: [{ ags: '08136', name: 'Ostalbkreis' }] } };
    });
    render(
      <SessionProvider>
        <OrganisationPage id={7} />
      </SessionProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'IHK Musterstadt' })).toBeTruthy();
    expect(screen.getByText('Erika Muster')).toBeTruthy();
    expect(screen.getAllByText('nur für Netzwerkmitglieder sichtbar')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Netzwerk Muster' }).getAttribute('href')).toBe('/netzwerke/3');
    expect(screen.getByText('Demodaten')).toBeTruthy();
    expect(await screen.findByText('Ostalbkreis')).toBeTruthy();
  });
});
