// The membership workflow as the UI offers it. The server decides (service/directory/networks.cpp
// `membership_step`); this module only chooses which buttons to show, mirroring the same rules:
//   organisation requests → coordinator approves or declines;
//   coordinator invites → organisation accepts or declines;
//   either side ends an active membership (date and reason).
import type { Network, NetworkMember, User } from '../api';
import type { MessageKey } from '../i18n/messages';

export type MembershipAction = 'approve' | 'accept' | 'reject' | 'leave';

/** Admins and the network's coordinators run the network side of the workflow. */
export function coordinates(user: User | null, networkId: number): boolean {
  if (user === null) return false;
  return user.is_admin || user.roles.some((r) => r.scope === 'network' && r.scope_id === networkId && r.role === 'coordinator');
}

/** The organisations the user edits (and so may speak for in the workflow). */
export function editedOrganisations(user: User | null): number[] {
  if (user === null) return [];
  const ids = user.roles
    .filter((r) => r.scope === 'organisation' && r.role === 'editor' && r.scope_id !== null)
    .map((r) => r.scope_id as number);
  return [...new Set(ids)].sort((a, b) => a - b);
}

function speaksFor(user: User | null, organisationId: number): boolean {
  return user !== null && (user.is_admin || editedOrganisations(user).includes(organisationId));
}

/** The steps the user may take on one membership, in the order the buttons appear. */
export function actionsFor(user: User | null, networkId: number, member: NetworkMember): MembershipAction[] {
  const network = coordinates(user, networkId);
  const organisation = speaksFor(user, member.organisation_id);
  switch (member.status) {
    case 'requested':
      return network ? ['approve', 'reject'] : organisation ? ['reject'] : [];
    case 'invited':
      return organisation ? ['accept', 'reject'] : network ? ['reject'] : [];
    case 'active':
      return network || organisation ? ['leave'] : [];
    default:
      return [];
  }
}

/** Requests and invitations that still wait for an answer. */
export function pendingMembers(network: Network): NetworkMember[] {
  return network.members.filter((m) => m.status === 'requested' || m.status === 'invited');
}

/** Organisations the user edits that could ask to join: not already requested, invited or active. */
export function requestableOrganisations(user: User | null, network: Network): number[] {
  const linked = new Set(network.members.filter((m) => m.status !== 'left').map((m) => m.organisation_id));
  return editedOrganisations(user).filter((id) => !linked.has(id));
}

export interface EndForm {
  left_on: string;
  reason: string;
}

export type EndErrors = Partial<Record<keyof EndForm, MessageKey>>;

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/**
 * Checks the form that ends a membership (leaving) or declines a request/invitation:
 * a reason is always needed; leaving also needs a date not before joining.
 */
export function validateEnd(form: EndForm, action: 'leave' | 'reject', joinedOn: string | null): EndErrors {
  const errors: EndErrors = {};
  if (form.reason.trim() === '') errors.reason = 'membership.error.reason';
  if (action === 'leave') {
    if (!isIsoDate(form.left_on)) errors.left_on = 'membership.error.date';
    else if (joinedOn !== null && form.left_on < joinedOn) errors.left_on = 'membership.error.beforeJoined';
  }
  return errors;
}

/** Today as YYYY-MM-DD in the local calendar (the default leaving date). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
