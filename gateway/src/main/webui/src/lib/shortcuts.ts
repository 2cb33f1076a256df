import { useEffect, useRef } from 'react';

/** A key, or a two-key sequence written "g q", and what it does. */
export interface Shortcut {
  keys: string;
  description: string;
  run: () => void;
}

/** Typing into a field, or a key with Ctrl/Alt/Meta, is never a shortcut. */
function ignored(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey) return true;
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * Listens for the shortcuts on the whole page. A sequence's first key waits a second for its second; any other key
 * starts over.
 */
export function useShortcuts(shortcuts: Shortcut[]) {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    let pending = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (ignored(event)) return;
      const typed = pending ? `${pending} ${event.key}` : event.key;
      const match = current.current.find((s) => s.keys === typed);
      clearTimeout(timer);
      if (match) {
        pending = '';
        event.preventDefault();
        match.run();
        return;
      }
      if (current.current.some((s) => s.keys.startsWith(`${event.key} `))) {
        pending = event.key;
        timer = setTimeout(() => (pending = ''), 1000);
      } else {
        pending = '';
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      clearTimeout(timer);
    };
  }, []);
}
