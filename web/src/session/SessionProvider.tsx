import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as api from '../api';
import { useI18n } from '../i18n/context';
import { isLanguage } from '../i18n/messages';
import { SessionContext, type SessionApi, type SessionState } from './context';

/** Holds who is logged in. Asks the server once on start (the cookie survives reloads). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { setLanguage } = useI18n();

  useEffect(() => {
    let active = true;
    api
      .fetchMe()
      .then((session) => {
        if (!active) return;
        setState(session === null ? { status: 'anonymous' } : { status: 'authenticated', user: session.user });
      })
      .catch(() => {
        // Server unreachable or broken: treat as logged out; the login form reports errors.
        if (active) setState({ status: 'anonymous' });
      });
    return () => {
      active = false;
    };
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const session = await api.login(email, password);
    // The language stored with the account (set under "Mein Konto") applies from login on.
    if (isLanguage(session.user.language)) setLanguage(session.user.language);
    setState({ status: 'authenticated', user: session.user });
  }, [setLanguage]);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // An expired session is as good as a closed one.
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const replaceUser = useCallback((user: api.User) => {
    setState((current) => (current.status === 'authenticated' ? { status: 'authenticated', user } : current));
  }, []);

  const forget = useCallback(() => {
    api.setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, []);

  const value = useMemo<SessionApi>(
    () => ({ state, login, logout, replaceUser, forget }),
    [state, login, logout, replaceUser, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
