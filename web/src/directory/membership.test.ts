import { describe, expect, it } from 'vitest';
import type { Network, NetworkMember, User } from '../api';
import { networkFixture } from '../test-utils';
import { actionsFor, coordinates, pendingMembers, requestableOrganisations, today, validateEnd } from './membership';

function user(roles: User['roles'], isAdmin = false): User {
  return { id: 9, email: 'x@fachwerk.test', display_name: 'X', is_admin: isAdmin, language: 'de', roles };
}

function member(organisation_id: number, status: string, joined_on: string | null = null): NetworkMember {
  return { organisation_id, organisation_name: `Org ${organisation_id}`, organisation_type: 'ihk', role: 'partner', status, regional: true, joined_on };
}

const network = (members: NetworkMember[]): Network => networkFixture({ members }) as Network;

const coordinator = user([{ scope: 'network', scope_id: 7, role: 'coordinator' }]);
const otherCoordinator = user([{ scope: 'network', scope_id: 8, role: 'coordinator' }]);
const orgEditor = user([{ scope: 'organisation', scope_id: 3, role: 'editor' }]);

describe('membership workflow in the UI', () => {
  it('lets the coordinator decide on requests and the organisation on invitations', () => {
    expect(actionsFor(coordinator, 7, member(3, 'requested'))).toEqual(['approve', 'reject']);
    expect(actionsFor(orgEditor, 7, member(3, 'requested'))).toEqual(['reject']);
    expect(actionsFor(orgEditor, 7, member(3, 'invited'))).toEqual(['accept', 'reject']);
    expect(actionsFor(coordinator, 7, member(3, 'invited'))).toEqual(['reject']);
    expect(actionsFor(user([], true), 7, member(3, 'invited'))).toEqual(['accept', 'reject']);
  });

  it('offers ending an active membership to both sides and nothing to others', () => {
    expect(actionsFor(coordinator, 7, member(3, 'active'))).toEqual(['leave']);
    expect(actionsFor(orgEditor, 7, member(3, 'active'))).toEqual(['leave']);
    expect(actionsFor(otherCoordinator, 7, member(3, 'active'))).toEqual([]);
    expect(actionsFor(orgEditor, 7, member(4, 'active'))).toEqual([]);
    expect(actionsFor(null, 7, member(3, 'requested'))).toEqual([]);
    expect(actionsFor(coordinator, 7, member(3, 'left'))).toEqual([]);
    expect(coordinates(otherCoordinator, 7)).toBe(false);
  });

  it('lists pending entries and the organisations that may still ask to join', () => {
    const n = network([member(3, 'requested'), member(4, 'active'), member(5, 'invited'), member(6, 'left')]);
    expect(pendingMembers(n).map((m) => m.organisation_id)).toEqual([3, 5]);
    const editor = user([3, 4, 6, 10].map((id) => ({ scope: 'organisation', scope_id: id, role: 'editor' })));
    expect(requestableOrganisations(editor, n)).toEqual([6, 10]);
    expect(requestableOrganisations(null, n)).toEqual([]);
  });

  it('asks for a reason, and for a valid leaving date not before joining', () => {
    expect(validateEnd({ left_on: '2026-11-25', reason: '' }, 'reject', null)).toEqual({ reason: 'membership.error.reason' });
    expect(validateEnd({ left_on: '', reason: 'zu' }, 'reject', null)).toEqual({});
    expect(validateEnd({ left_on: '25.11.2026', reason: 'x' }, 'leave', null).left_on).toBe('membership.error.date');
    expect(validateEnd({ left_on: '2026-02-30', reason: 'x' }, 'leave', null).left_on).toBe('membership.error.date');
    expect(validateEnd({ left_on: '2020-01-01', reason: 'x' }, 'leave', '2021-05-01').left_on).toBe('membership.error.beforeJoined');
    expect(validateEnd({ left_on: '2021-05-01', reason: 'x' }, 'leave', '2021-05-01')).toEqual({});
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
