// Client of the labour-market monitor's API (/api/v1/monitor/*, docs/monitor-data.md).
// Shapes follow src/service/monitor/engpass_view.cpp and projection_view.cpp.
import { request, type Region } from '../api';

export type EngpassClass = 'engpass' | 'beobachtung' | 'kein_engpass' | 'nicht_bewertbar';

export interface MonitorSource {
  name: string;
  reference_date?: string;
  retrieval_date?: string;
  synthetic: boolean;
}

export interface MonitorRegion {
  id: string;
  name: string;
  kreise: number;
}

export interface Indicator {
  name: string;
  value: number | null;
  points: number | null;
  reason?: string;
  reason_text?: string;
}

export interface BaRow {
  class: string;
  category: string;
  score: number | null;
  agrees: boolean;
  source: string;
}

export interface EngpassItem {
  occupation: string;
  name: string;
  level: number;
  level_name: string;
  indicators: Indicator[];
  score: number | null;
  class: EngpassClass;
  class_text: string;
  ba: BaRow | null;
}

export interface EngpassReport {
  region: MonitorRegion;
  year: number;
  thresholds: string;
  synthetic: boolean;
  sources: MonitorSource[];
  items: EngpassItem[];
}

export interface TomorrowCell {
  gap: number | null;
  gap_pct: number | null;
  reason?: string;
}

export interface TodayTomorrowItem {
  occupation: string;
  name: string;
  level: number;
  level_name: string;
  score: number | null;
  class: EngpassClass;
  class_text: string;
  tomorrow: Record<string, TomorrowCell>;
}

export interface TodayTomorrowReport {
  region: MonitorRegion;
  year: number;
  synthetic: boolean;
  sources: MonitorSource[];
  items: TodayTomorrowItem[];
}

export interface Band {
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
}

export interface ProjectionSeries {
  occupation: string;
  name: string;
  level: number;
  level_name: string;
  years: number[];
  supply: (number | null)[];
  demand: (number | null)[];
  gap: (number | null)[];
  gap_pct: (number | null)[];
  bands?: { supply: Band; gap: Band };
}

export interface ProjectionReport {
  region: MonitorRegion;
  base_year: number;
  horizon: number;
  runs: number;
  synthetic: boolean;
  source: { name: string; base_year: number; synthetic: boolean };
  total: ProjectionSeries;
  series: ProjectionSeries[];
}

export type ScenarioParameters = Partial<Record<ScenarioField, number>>;

export type ScenarioField =
  | 'retirement_age_shift'
  | 'participation_women_pp'
  | 'participation_55plus_pp'
  | 'net_migration_pct'
  | 'graduates_pct'
  | 'demand_growth_pct';

export interface SavedScenario {
  id: number;
  name: string;
  parameters: ScenarioParameters;
}

export interface ProjectionRequest {
  region: string;
  occupation: string;
  horizon?: number;
  runs: number;
  scenario: ScenarioParameters;
}

function items<T>(data: unknown): T {
  if (typeof data === 'object' && data !== null && Array.isArray((data as { items?: unknown }).items)) return data as T;
  throw new Error('bad_response');
}

export async function fetchEngpass(region: string): Promise<EngpassReport> {
  return items<EngpassReport>(await request('GET', `/api/v1/monitor/engpass?region=${encodeURIComponent(region)}`));
}

export async function fetchTodayTomorrow(region: string): Promise<TodayTomorrowReport> {
  return items<TodayTomorrowReport>(await request('GET', `/api/v1/monitor/today-tomorrow?region=${encodeURIComponent(region)}`));
}

export async function fetchProjection(body: ProjectionRequest): Promise<ProjectionReport> {
  const data = await request('POST', '/api/v1/monitor/projection', body);
  if (typeof data === 'object' && data !== null && 'total' in data) return data as ProjectionReport;
  throw new Error('bad_response');
}

export async function listScenarios(): Promise<SavedScenario[]> {
  return items<{ items: SavedScenario[] }>(await request('GET', '/api/v1/monitor/scenarios')).items;
}

export async function saveScenario(name: string, parameters: ScenarioParameters): Promise<SavedScenario> {
  const data = (await request('POST', '/api/v1/monitor/scenarios', { name, parameters })) as { scenario?: SavedScenario };
  if (data.scenario === undefined) throw new Error('bad_response');
  return data.scenario;
}

/** All Kreise of Germany (for the picker), sorted by name. */
export async function listAllKreise(): Promise<Region[]> {
  const data = await request('GET', '/api/v1/regions/kreise');
  return items<{ items: Region[] }>(data).items.slice().sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
