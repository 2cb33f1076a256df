import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shortcut } from '../lib/shortcuts';

/** The list of keyboard shortcuts, as a modal dialog; Escape or the button closes it and focus goes back. */
export function ShortcutHelp({ shortcuts, onClose }: { shortcuts: Shortcut[]; onClose: () => void }) {
  const { t } = useTranslation(['layout', 'common']);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, [onClose]);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        className="panel shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        tabIndex={-1}
        ref={dialog}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="shortcut-help-title">{t('shortcuts.title')}</h2>
        <dl>
          {shortcuts.map((s) => (
            <div key={s.keys} className="shortcut">
              <dt>
                {s.keys.split(' ').map((k, i) => (
                  <kbd key={i}>{k}</kbd>
                ))}
              </dt>
              <dd>{s.description}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="btn" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </div>
  );
}
