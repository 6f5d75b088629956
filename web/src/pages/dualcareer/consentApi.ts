// The partner's consent link (/einwilligung/:token): calls of /api/v1/consent/{token} and the
// pure helpers the page uses. No account: the token in the path is the only credential.
import { request } from '../../api';

export const DATA_ITEMS = ['occupations', 'qualifications', 'languages', 'working_time', 'earliest_start', 'region'] as const;
export type DataItem = (typeof DATA_ITEMS)[number];

export interface Consent {
  text_version: number;
  scope: 'network' | 'organisations';
  organisations: number[];
  data_items: DataItem[];
  purpose: string;
  granted_at: string;
}

export interface RevealRequest {
  id: number;
  organisation_id: number;
  organisation_name: string;
  status: 'pending' | 'granted' | 'declined';
  requested_at: string;
}

export interface ProfileView {
  viewed_at: string;
  organisation_id: number | null;
  organisation_name: string;
}

export interface ConsentPageData {
  network: { id: number; name: string };
  text: { version: number; text: string };
  data_items: DataItem[];
  profile: Record<string, unknown>;
  consent: Consent | null;
  members: { id: number; name: string }[];
  reveal_requests: RevealRequest[];
  views: ProfileView[];
  link_expires_at: string;
}

export interface ConsentForm {
  scope: 'network' | 'organisations';
  organisations: number[];
  dataItems: DataItem[];
  purpose: string;
}

function path(token: string): string {
  return `/api/v1/consent/${encodeURIComponent(token)}`;
}

export async function fetchConsentPage(token: string): Promise<ConsentPageData> {
  return (await request('GET', path(token))) as ConsentPageData;
}

/** The body of a grant: the text version shown, and organisations only for that scope. */
export function consentBody(textVersion: number, form: ConsentForm): Record<string, unknown> {
  return {
    text_version: textVersion,
    scope: form.scope,
    organisations: form.scope === 'organisations' ? [...form.organisations].sort((a, b) => a - b) : [],
    data_items: DATA_ITEMS.filter((item) => form.dataItems.includes(item)),
    purpose: form.purpose.trim(),
  };
}

/** The form as the current consent left it (or empty: nothing shared until the partner chooses). */
export function formFromConsent(consent: Consent | null, defaultPurpose: string): ConsentForm {
  if (consent === null) return { scope: 'network', organisations: [], dataItems: [], purpose: defaultPurpose };
  return {
    scope: consent.scope,
    organisations: consent.organisations,
    dataItems: consent.data_items,
    purpose: consent.purpose,
  };
}

/** Client-side checks before sending; keys of the message catalogue, '' when fine. */
export function formProblem(form: ConsentForm): '' | 'consent.needItems' | 'consent.needOrganisations' | 'consent.needPurpose' {
  if (form.dataItems.length === 0) return 'consent.needItems';
  if (form.scope === 'organisations' && form.organisations.length === 0) return 'consent.needOrganisations';
  if (form.purpose.trim() === '') return 'consent.needPurpose';
  return '';
}

export async function grantConsent(token: string, textVersion: number, form: ConsentForm): Promise<ConsentPageData> {
  return (await request('POST', path(token), consentBody(textVersion, form))) as ConsentPageData;
}

export async function revokeConsent(token: string): Promise<ConsentPageData> {
  return (await request('DELETE', path(token))) as ConsentPageData;
}

export async function decideReveal(token: string, id: number, grant: boolean): Promise<ConsentPageData> {
  return (await request('POST', `${path(token)}/reveals/${id}`, { grant })) as ConsentPageData;
}
