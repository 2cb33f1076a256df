import { useEffect, useState } from 'react';
import { NOTIFICATION_KINDS, notificationsApi, type NotificationKind, type Preferences } from '../api/notifications';
import { AsyncView, ErrorBox, Violations } from '../components/States';
import { useAsync } from '../lib/useAsync';
import { KIND_TEXT } from './InboxView';

/** The signed-in user's settings: which notifications also come by e-mail. */
export function SettingsView() {
  const state = useAsync(() => notificationsApi.preferences(), []);
  return (
    <section aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">Settings</h1>
      </div>
      <AsyncView state={state} what="Loading your settings">
        {(preferences) => <MailSettings preferences={preferences} onSaved={state.setData} />}
      </AsyncView>
    </section>
  );
}

function MailSettings({ preferences, onSaved }: { preferences: Preferences; onSaved: (saved: Preferences) => void }) {
  const [kinds, setKinds] = useState<Set<NotificationKind>>(new Set(preferences.email.kinds));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setKinds(new Set(preferences.email.kinds)), [preferences]);

  const toggle = (kind: NotificationKind, on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    setKinds(next);
    setSaved(false);
  };
  const save = () => {
    setSaving(true);
    setError(null);
    notificationsApi
      .savePreferences({ ...preferences, email: { ...preferences.email, kinds: NOTIFICATION_KINDS.filter((k) => kinds.has(k)) } })
      .then((result) => {
        onSaved(result);
        setSaved(true);
      }, setError)
      .finally(() => setSaving(false));
  };

  return (
    <form
      className="card settings"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend>E-mail me about</legend>
        {!preferences.email.available && (
          <p className="muted">This desk sends no e-mail (no mail server is configured); your choice applies once it does.</p>
        )}
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="checkbox" checked={kinds.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} /> {KIND_TEXT[kind]}
          </label>
        ))}
      </fieldset>
      <p className="muted">Every notification reaches your inbox whatever you choose here.</p>
      <ErrorBox error={error} />
      <Violations error={error} label="Settings not saved" />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {saved && (
          <span role="status" className="muted">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
