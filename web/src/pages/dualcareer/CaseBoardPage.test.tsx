import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../session/SessionProvider';
import { meReply, mockFetch } from '../../test-utils';
import { CaseBoardPage } from './CaseBoardPage';
import { byStage, nextStages, occupationsOf, type CaseCard } from './caseBoard';

afterEach(() => vi.unstubAllGlobals());

const COORDINATOR = {
  id: 2,
  email: 'koordination@fachwerk.test',
  display_name: 'Koordination',
  is_admin: false,
  language: 'de',
  roles: [{ id: 1, scope: 'network', scope_id: 1, role: 'coordinator' }],
};

const CARDS: CaseCard[] = [
  { id: 2, kind: 'partner', stage: 'interview', access: 'owner', contact_name: 'Marco Demo-Rossi', request: { occupations: [{ kldb: '25104', level: 4 }] } },
  { id: 1, kind: 'couple', stage: 'open', access: 'profile', requests: [{ occupations: [{ kldb: '72213', level: 3 }] }] },
];

describe('case board rules', () => {
  it('follows the pipeline of the server', () => {
    expect(nextStages('open')).toEqual(['circulated', 'withdrawn', 'closed']);
    expect(nextStages('interview')).toContain('placed');
    expect(nextStages('placed')).toEqual(['closed']);
    expect(nextStages('closed')).toEqual([]);
  });

  it('groups cards by stage with every column present', () => {
    const columns = byStage(CARDS);
    expect(columns.open.map((c) => c.id)).toEqual([1]);
    expect(columns.interview.map((c) => c.id)).toEqual([2]);
    expect(columns.placed).toEqual([]);
    expect(occupationsOf(CARDS[1]!)).toBe('72213');
  });
});

describe('CaseBoardPage', () => {
  it('shows owners the name and steps, members only the teaser, and moves a case', async () => {
    const calls = mockFetch((method, url) => {
      if (url.startsWith('/api/v1/me')) return meReply(COORDINATOR);
      if (url.startsWith('/api/v1/dualcareer/stats')) {
        return { status: 200, body: { requests: 2, circulated: 1, responses: 1, interviews: 1, placements: 0, median_days_to_placement: null, employed_6: 0, followups_6: 0, employed_12: 0, followups_12: 0 } };
      }
      if (method === 'POST') return { status: 200, body: { case: {} } };
      return { status: 200, body: { items: CARDS } };
    });
    render(
      <SessionProvider>
        <CaseBoardPage network={1} />
      </SessionProvider>,
    );
    expect(await screen.findByText('Marco Demo-Rossi')).toBeTruthy();
    expect(screen.getByTestId('case-1').textContent).toContain('Jobgesuch Nr. 1');
    expect(screen.getByTestId('case-1').querySelectorAll('button')).toHaveLength(0);
    expect((await screen.findByTestId('cases-stats')).textContent).toContain('2 Jobgesuche');
    fireEvent.click(screen.getByRole('button', { name: 'Nach „Vermittelt“' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/v1/dualcareer/cases/2/stage');
    expect(post?.body).toEqual({ stage: 'placed', note: '' });
  });
});
