import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as api from '../api';
import { SessionContext, type SessionApi, type SessionState } from './context';

/** Holds who is logged in. Asks the server once on start (the cookie survives reloads). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

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
    setState({ status: 'authenticated', user: session.user });
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // An expired session is as good as a closed one.
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const value = useMemo<SessionApi>(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
