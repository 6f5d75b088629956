import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../test-utils';
import { PracticePage } from './PracticePage';

afterEach(() => vi.unstubAllGlobals());

function practice(changes: Record<string, unknown>) {
  return {
    id: 5,
    title: 'Job für Zwei',
    teaser: 'Arbeit für Partnerinnen und Partner.',
    land_ags: '08',
    kreise: ['08136'],
    handlungsfelder: ['dual_career'],
    zielgruppen: ['unternehmen'],
    ausgangslage: '',
    massnahmen: 'Über 40 Unternehmen helfen.',
    ergebnisse: '',
    period_from: null,
    period_to: null,
    funding: '',
    networks: [{ id: 1, name: 'Fachkräfteallianz Ostwürttemberg' }],
    awards: [{ year: 2020, name: 'Innovatives Netzwerk' }],
    contact: { name: 'Katrin Mager', email: null, phone: null, name_visibility: 'public', email_visibility: 'network', phone_visibility: 'coordinators' },
    status: 'published',
    status_reason: '',
    published_at: '2020-06-18T00:00:00Z',
    is_demo: false,
    may_edit: false,
    may_publish: false,
    ...changes,
  };
}

describe('PracticePage', () => {
  it('shows a published entry with awards, region and networks, without workflow for the public', async () => {
    mockFetch((_, url) =>
      url.startsWith('/api/v1/practices/5')
        ? { status: 200, body: { practice: practice({}) } }
        : { status: 200, body: { items: [{ ags: '08136', name: 'Ostalbkreis' }, { ags: '08', name: 'Baden-Württemberg' }] } },
    );
    render(<PracticePage id={5} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Job für Zwei' })).toBeTruthy();
    expect(screen.getByText('Innovatives Netzwerk 2020')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Fachkräfteallianz Ostwürttemberg' }).getAttribute('href')).toBe('/netzwerke/1');
    expect(screen.getByText('Über 40 Unternehmen helfen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Einreichen' })).toBeNull();
    expect(await screen.findByText('Ostalbkreis')).toBeTruthy();
  });

  it('lets an editor submit a draft, and only then shows the new status', async () => {
    const calls = mockFetch((method, url) => {
      if (method === 'POST' && url === '/api/v1/practices/5/submit')
        return { status: 200, body: { practice: practice({ status: 'submitted', may_edit: true }) } };
      if (url.startsWith('/api/v1/practices/5')) return { status: 200, body: { practice: practice({ status: 'draft', may_edit: true }) } };
      return { status: 200, body: { items: [] } };
    });
    render(<PracticePage id={5} />);
    const submit = await screen.findByRole('button', { name: 'Einreichen' });
    expect(screen.queryByRole('button', { name: 'Veröffentlichen' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Bearbeiten' }).getAttribute('href')).toBe('/praxisdatenbank/5/bearbeiten');
    fireEvent.click(submit);
    expect(await screen.findAllByText('Eingereicht – wartet auf Veröffentlichung durch die Koordination')).not.toHaveLength(0);
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/practices/5/submit')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Einreichen' })).toBeNull();
  });

  it('asks coordinators for a reason before sending an entry back to draft', async () => {
    const calls = mockFetch((_, url) =>
      url.startsWith('/api/v1/practices/5')
        ? { status: 200, body: { practice: practice({ may_edit: true, may_publish: true }) } }
        : { status: 200, body: { items: [] } },
    );
    render(<PracticePage id={5} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Zurück in den Entwurf' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Grund');
    expect(calls.some((c) => c.url.endsWith('/unpublish'))).toBe(false);
  });
});
