// Which of the user's networks a good-practice entry may be linked to: those where the user
// edits or coordinates (the server checks the same; admins may link any network).
import type { User } from '../api';

export function editableNetworks(user: User | null): number[] {
  if (user === null) return [];
  const ids = user.roles
    .filter((r) => r.scope === 'network' && (r.role === 'editor' || r.role === 'coordinator') && r.scope_id !== null)
    .map((r) => r.scope_id as number);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Whether the user may start a new entry at all. */
export function mayCreatePractice(user: User | null): boolean {
  return user !== null && (user.is_admin || editableNetworks(user).length > 0);
}
