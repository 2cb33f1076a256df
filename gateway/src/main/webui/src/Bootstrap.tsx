import { useEffect, useState } from 'react';
import { http, setCsrfToken } from './api/client';
import type { Me } from './api/types';
import { App } from './App';
import { homePath } from './auth/roles';
import { SessionProvider } from './auth/session';
import { ErrorBox, Loading } from './components/States';
import { LiveProvider } from './live/live';

/** Asks the gateway who is signed in (a 401 reloads into the login page) before showing anything. */
export function Bootstrap() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setError(null);
    http
      .get<Me>('/api/me')
      .then((who) => {
        setCsrfToken(who.csrfToken);
        // The start address opens the user's home page; replaced before the first render of the app.
        if (window.location.pathname === '/') window.history.replaceState(null, '', homePath(who));
        setMe(who);
      })
      .catch(setError);
  }, [attempt]);

  if (!me) {
    return (
      <main className="boot">
        {error ? <ErrorBox error={error} onRetry={() => setAttempt((n) => n + 1)} /> : <Loading what="Signing in" />}
      </main>
    );
  }
  return (
    <SessionProvider me={me}>
      <LiveProvider>
        <App />
      </LiveProvider>
    </SessionProvider>
  );
}
