import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from '../api/types';
import { capabilitiesOf, type Capabilities } from './roles';

interface Session {
  me: Me;
  can: Capabilities;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={{ me, can: capabilitiesOf(me) }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
