import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http, setCsrfToken } from './api/client';
import type { Me } from './api/types';
import { App } from './App';
import { homePath } from './auth/roles';
import { loadStoredLanguage } from './i18n/preference';
import { SessionProvider } from './auth/session';
import { ErrorBox, Loading } from './components/States';
import { LiveProvider } from './live/live';

/** Asks the gateway who is signed in (a 401 reloads into the login page) before showing anything. */
export function Bootstrap() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const { t } = useTranslation('layout');

  useEffect(() => {
    setError(null);
    http
      .get<Me>('/api/me')
      .then((who) => {
        setCsrfToken(who.csrfToken);
        // Not awaited: the app starts in the browser's language and switches when the stored choice arrives.
        void loadStoredLanguage();
        // The start address opens the user's home page; replaced before the first render of the app.
        if (window.location.pathname === '/') window.history.replaceState(null, '', homePath(who));
        setMe(who);
      })
      .catch(setError);
  }, [attempt]);

  if (!me) {
    return (
      <main className="boot">
        {error ? <ErrorBox error={error} onRetry={() => setAttempt((n) => n + 1)} /> : <Loading what={t('signingIn')} />}
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
