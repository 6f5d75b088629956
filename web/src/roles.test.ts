import { describe, expect, it } from 'vitest';
import type { User } from './api';
import { translate, type MessageKey, type Params } from './i18n/messages';
import { describeRole, describeRoles } from './roles';

const t = (key: MessageKey, params?: Params) => translate('de', key, params);

describe('describeRole', () => {
  it('translates known roles and scopes', () => {
    expect(describeRole({ scope: 'network', scope_id: 3, role: 'coordinator' }, t)).toBe(
      'Koordination – Netzwerk Nr. 3',
    );
  });

  it('shows unknown roles as they are', () => {
    expect(describeRole({ scope: 'region', scope_id: 8, role: 'observer' }, t)).toBe('observer – region 8');
  });

  it('lists platform administration first', () => {
    const user: User = {
      id: 1,
      email: 'a@example.org',
      display_name: 'A',
      is_admin: true,
      language: 'de',
      roles: [{ scope: 'network', scope_id: 3, role: 'member' }],
    };
    expect(describeRoles(user, t)).toEqual(['Administration der Plattform', 'Mitglied – Netzwerk Nr. 3']);
  });
});
