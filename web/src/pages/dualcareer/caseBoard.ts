// The coordinator's case board of "Job für Zwei": API calls and the pipeline rules the board
// needs (mirroring stage_step_allowed in src/service/dualcareer/cases.cpp).
import { request } from '../../api';

export const STAGES = ['open', 'circulated', 'contacted', 'interview', 'placed', 'withdrawn', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

const STEPS: Record<Stage, readonly Stage[]> = {
  open: ['circulated', 'withdrawn', 'closed'],
  circulated: ['contacted', 'withdrawn', 'closed'],
  contacted: ['interview', 'circulated', 'withdrawn', 'closed'],
  interview: ['placed', 'circulated', 'withdrawn', 'closed'],
  placed: ['closed'],
  withdrawn: [],
  closed: [],
};

/** The stages a case may go to next. */
export function nextStages(stage: Stage): readonly Stage[] {
  return STEPS[stage];
}

/** One card of the list answer: owners get the contact name, members a teaser. */
export interface CaseCard {
  id: number;
  kind: 'partner' | 'couple';
  stage: Stage;
  access: 'owner' | 'profile';
  contact_name?: string;
  request?: { occupations?: { kldb: string; level: number }[] };
  requests?: { occupations?: { kldb: string; level: number }[] }[];
}

export interface CaseStats {
  requests: number;
  circulated: number;
  responses: number;
  interviews: number;
  placements: number;
  median_days_to_placement: number | null;
  employed_6: number;
  followups_6: number;
  employed_12: number;
  followups_12: number;
}

/** Cards grouped by stage, every stage present (empty columns too), ids ascending. */
export function byStage(cards: readonly CaseCard[]): Record<Stage, CaseCard[]> {
  const out = Object.fromEntries(STAGES.map((s) => [s, [] as CaseCard[]])) as Record<Stage, CaseCard[]>;
  for (const c of [...cards].sort((a, b) => a.id - b.id)) out[c.stage].push(c);
  return out;
}

/** The occupations of a card as KldB codes ("43104, 813"). */
export function occupationsOf(card: CaseCard): string {
  const request = card.request ?? card.requests?.[0];
  return (request?.occupations ?? []).map((o) => o.kldb).join(', ');
}

export async function listCases(network: number): Promise<CaseCard[]> {
  const data = (await request('GET', `/api/v1/dualcareer/cases?network=${network}`)) as { items: CaseCard[] };
  return data.items;
}

export async function moveCase(id: number, stage: Stage, note = ''): Promise<void> {
  await request('POST', `/api/v1/dualcareer/cases/${id}/stage`, { stage, note });
}

export async function fetchCaseStats(network: number, year: number): Promise<CaseStats> {
  return (await request('GET', `/api/v1/dualcareer/stats?network=${network}&year=${year}`)) as CaseStats;
}
