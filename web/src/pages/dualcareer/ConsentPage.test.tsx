import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../../test-utils';
import { ConsentPage } from './ConsentPage';
import { consentBody, formProblem, type ConsentPageData } from './consentApi';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE';

function page(changes: Partial<ConsentPageData> = {}): ConsentPageData {
  return {
    network: { id: 1, name: 'Fachkräfteallianz Ostwürttemberg' },
    text: { version: 1, text: 'Ich willige ein … jederzeit widerrufen.' },
    data_items: ['occupations', 'qualifications', 'languages', 'working_time', 'earliest_start', 'region'],
    profile: {},
    consent: null,
    members: [
      { id: 3, name: 'Klinikum Ostalb' },
      { id: 2, name: 'Maschinenbau Aalen GmbH' },
    ],
    reveal_requests: [],
    views: [],
    link_expires_at: '2026-12-25T12:00:00Z',
    ...changes,
  };
}

describe('consent helpers', () => {
  it('sends organisations only for that scope, items in catalogue order, the purpose trimmed', () => {
    expect(
      consentBody(2, { scope: 'network', organisations: [3], dataItems: ['region', 'occupations'], purpose: ' Stellen ' }),
    ).toEqual({ text_version: 2, scope: 'network', organisations: [], data_items: ['occupations', 'region'], purpose: 'Stellen' });
    expect(consentBody(1, { scope: 'organisations', organisations: [3, 2], dataItems: ['languages'], purpose: 'x' }).organisations).toEqual([2, 3]);
  });

  it('names what is missing before anything is sent', () => {
    expect(formProblem({ scope: 'network', organisations: [], dataItems: [], purpose: 'x' })).toBe('consent.needItems');
    expect(formProblem({ scope: 'organisations', organisations: [], dataItems: ['region'], purpose: 'x' })).toBe('consent.needOrganisations');
    expect(formProblem({ scope: 'network', organisations: [], dataItems: ['region'], purpose: '  ' })).toBe('consent.needPurpose');
    expect(formProblem({ scope: 'network', organisations: [], dataItems: ['region'], purpose: 'x' })).toBe('');
  });
});

describe('ConsentPage', () => {
  it('shows the text, gives consent with the chosen items and lists the views', async () => {
    const granted = page({
      consent: { text_version: 1, scope: 'network', organisations: [], data_items: ['occupations'], purpose: 'p', granted_at: '2026-11-25T12:00:00Z' },
      views: [{ viewed_at: '2026-11-25T13:00:00Z', organisation_id: 3, organisation_name: 'Klinikum Ostalb' }],
    });
    const calls = mockFetch((method) => ({ status: 200, body: method === 'POST' ? granted : page() }));
    render(<ConsentPage token={TOKEN} />);
    expect(await screen.findByText('Ich willige ein … jederzeit widerrufen.')).toBeTruthy();
    expect(screen.getByTestId('consent-status').textContent).toContain('noch nicht eingewilligt');
    fireEvent.click(screen.getByRole('button', { name: 'Einwilligen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte wählen Sie mindestens eine Angabe aus.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByLabelText('Gesuchte Berufe'));
    fireEvent.click(screen.getByRole('button', { name: 'Einwilligen' }));
    expect(await screen.findByText('Ihre Entscheidung ist gespeichert.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/v1/consent/${TOKEN}`);
    expect(post?.body).toMatchObject({ text_version: 1, scope: 'network', data_items: ['occupations'] });
    expect(screen.getByTestId('consent-views').textContent).toContain('Klinikum Ostalb');
    expect(screen.getByRole('button', { name: 'Einwilligung widerrufen' })).toBeTruthy();
  });

  it('revokes at once and answers a contact request', async () => {
    const active = page({
      consent: { text_version: 1, scope: 'network', organisations: [], data_items: ['occupations'], purpose: 'p', granted_at: '2026-11-25T12:00:00Z' },
      reveal_requests: [{ id: 9, organisation_id: 3, organisation_name: 'Klinikum Ostalb', status: 'pending', requested_at: '2026-11-25T12:00:00Z' }],
    });
    const calls = mockFetch((method) => ({ status: 200, body: method === 'DELETE' ? page() : active }));
    render(<ConsentPage token={TOKEN} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kontaktdaten freigeben' }));
    await screen.findByText('Ihre Entscheidung ist gespeichert.');
    expect(calls.find((c) => c.url.endsWith('/reveals/9'))?.body).toEqual({ grant: true });
    fireEvent.click(screen.getByRole('button', { name: 'Einwilligung widerrufen' }));
    expect(await screen.findByText(/ab sofort nicht mehr sichtbar/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('shows the server message for an expired link', async () => {
    mockFetch(() => ({
      status: 422,
      body: { error: { code: 'invalid_argument', message: 'Dieser Einwilligungslink ist abgelaufen.', field: 'token' } },
    }));
    render(<ConsentPage token={TOKEN} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Dieser Einwilligungslink ist abgelaufen.');
  });
});
