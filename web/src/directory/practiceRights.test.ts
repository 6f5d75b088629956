import { describe, expect, it } from 'vitest';
import type { User } from '../api';
import { editableNetworks, mayCreatePractice } from './practiceRights';

function user(roles: User['roles'], is_admin = false): User {
  return { id: 1, email: 'a@example.org', display_name: 'A', is_admin, language: 'de', roles };
}

describe('practice rights in the UI', () => {
  it('offers the networks the user edits or coordinates, not those of plain membership', () => {
    const u = user([
      { id: 1, scope: 'network', scope_id: 7, role: 'coordinator' },
      { id: 2, scope: 'network', scope_id: 3, role: 'editor' },
      { id: 3, scope: 'network', scope_id: 9, role: 'member' },
      { id: 4, scope: 'organisation', scope_id: 5, role: 'editor' },
    ]);
    expect(editableNetworks(u)).toEqual([3, 7]);
    expect(mayCreatePractice(u)).toBe(true);
  });

  it('lets admins and nobody else without such a role create entries', () => {
    expect(mayCreatePractice(user([], true))).toBe(true);
    expect(mayCreatePractice(user([{ id: 1, scope: 'network', scope_id: 9, role: 'member' }]))).toBe(false);
    expect(mayCreatePractice(null)).toBe(false);
  });
});
