// Who may open the directory's editor forms — the server's rules (service/directory/networks.cpp,
// organisations.cpp) mirrored to show or hide the links; the server checks again on saving.
import type { Organisation, User } from '../api';
import { coordinates, editedOrganisations } from './membership';

/** New networks: admins only. */
export function mayCreateNetwork(user: User | null): boolean {
  return user !== null && user.is_admin;
}

/** A network's data: admins and its coordinators. */
export function mayEditNetwork(user: User | null, networkId: number): boolean {
  return coordinates(user, networkId);
}

function networkEditor(user: User, networkId: number): boolean {
  return user.roles.some((r) => r.scope === 'network' && r.scope_id === networkId && (r.role === 'editor' || r.role === 'coordinator'));
}

/** New organisations: admins and the editors/coordinators of any network. */
export function mayCreateOrganisation(user: User | null): boolean {
  return user !== null && (user.is_admin || user.roles.some((r) => r.scope === 'network' && (r.role === 'editor' || r.role === 'coordinator')));
}

/** An organisation: admins, its editors, editors/coordinators of a network it is active in. */
export function mayEditOrganisation(user: User | null, organisation: Pick<Organisation, 'id' | 'networks'>): boolean {
  if (user === null) return false;
  if (user.is_admin || editedOrganisations(user).includes(organisation.id)) return true;
  return organisation.networks.some((n) => networkEditor(user, n.id));
}
