import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** `notifications` carries only the signed-in user's own notifications (the gateway filters by recipient). */
export type Topic = 'claims.queued' | 'claims.withdrawn' | 'claims.changed' | 'verdicts.published' | 'reviews.progress' | 'notifications';

export const TOPICS: Topic[] = ['claims.queued', 'claims.withdrawn', 'claims.changed', 'verdicts.published', 'reviews.progress', 'notifications'];

/** The fields every event on these topics shares; see deploy/events/*.schema.json. */
export interface LiveEvent {
  eventId: string;
  claimId?: string;
  articleId?: string;
  reviewId?: string;
  [field: string]: unknown;
}

/** `resync`: the gateway dropped events for this browser, or the stream reconnected, so every view reloads its data. */
type Listener = (topic: Topic | 'resync', event: LiveEvent) => void;
export type LiveStatus = 'connecting' | 'live' | 'offline';

interface LiveHub {
  subscribe(listener: Listener): () => void;
  status: LiveStatus;
}

const LiveContext = createContext<LiveHub>({ subscribe: () => () => {}, status: 'offline' });

/** One EventSource on /api/live for the whole app; views subscribe to the topics they show. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setStatus('offline');
      return;
    }
    const source = new EventSource('/api/live');
    let opened = false;
    source.onopen = () => {
      setStatus('live');
      // A reconnect: the events sent while the stream was away are lost, so every view reloads its data.
      if (opened) for (const listener of listeners.current) listener('resync', { eventId: 'resync' });
      opened = true;
    };
    source.onerror = () => {
      // The browser reconnects by itself; a closed stream usually means the session ended.
      setStatus(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
      if (source.readyState === EventSource.CLOSED) {
        fetch('/api/me', { credentials: 'same-origin' })
          .then((r) => r.status === 401 && window.location.reload())
          .catch(() => {});
      }
    };
    for (const topic of TOPICS) {
      source.addEventListener(topic, (message: MessageEvent<string>) => {
        let event: LiveEvent;
        try {
          event = JSON.parse(message.data) as LiveEvent;
        } catch {
          return;
        }
        for (const listener of listeners.current) listener(topic, event);
      });
    }
    source.addEventListener('resync', () => {
      for (const listener of listeners.current) listener('resync', { eventId: 'resync' });
    });
    return () => source.close();
  }, []);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const hub = useMemo<LiveHub>(() => ({ status, subscribe }), [status, subscribe]);
  return <LiveContext.Provider value={hub}>{children}</LiveContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/**
 * Calls `onEvent` for events on `topics` that pass `filter`. The latest callbacks are used without
 * resubscribing, so callers can pass inline functions.
 */
export function useLive(
  topics: Topic[],
  onEvent: (topic: Topic | 'resync', event: LiveEvent) => void,
  filter?: (event: LiveEvent) => boolean,
) {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef({ onEvent, filter, topics });
  latest.current = { onEvent, filter, topics };
  useEffect(
    () =>
      subscribe((topic, event) => {
        const { onEvent: handle, filter: accept, topics: wanted } = latest.current;
        if (topic === 'resync' || (wanted.includes(topic) && (!accept || accept(event)))) handle(topic, event);
      }),
    [subscribe],
  );
}
