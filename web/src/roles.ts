// Human-readable role descriptions: "Koordination – Netzwerk Nr. 3".
import type { Role, User } from './api';
import type { I18n } from './i18n/context';
import { dictionaries, type MessageKey } from './i18n/messages';

function knownKey(key: string): MessageKey | null {
  return key in dictionaries.de ? (key as MessageKey) : null;
}

export function describeRole(role: Role, t: I18n['t']): string {
  const roleKey = knownKey(`role.${role.role}`);
  const name = roleKey === null ? role.role : t(roleKey);
  const scopeKey = knownKey(`scope.${role.scope}`);
  if (scopeKey === null) {
    return role.scope_id === null ? `${name} – ${role.scope}` : `${name} – ${role.scope} ${role.scope_id}`;
  }
  return `${name} – ${t(scopeKey, { id: role.scope_id ?? '' })}`;
}

/** All roles of a user, platform administration first. */
export function describeRoles(user: User, t: I18n['t']): string[] {
  const roles = user.roles.map((role) => describeRole(role, t));
  return user.is_admin ? [t('role.admin'), ...roles] : roles;
}
