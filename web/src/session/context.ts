import { createContext, useContext } from 'react';
import type { User } from '../api';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: User };

export interface SessionApi {
  state: SessionState;
  /** Logs in; rejects with ApiError on failure (the state stays unchanged then). */
  login: (email: string, password: string) => Promise<void>;
  /** Logs out; the local state is cleared even when the server call fails. */
  logout: () => Promise<void>;
  /** Replaces the logged-in user after a change (e.g. PATCH /api/v1/me). */
  replaceUser: (user: User) => void;
  /** Forgets the session locally (after the server has ended it, e.g. account deleted). */
  forget: () => void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
