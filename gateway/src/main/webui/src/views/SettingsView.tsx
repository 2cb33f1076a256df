import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_KINDS, type NotificationKind } from '../api/notifications';
import { preferencesApi, type Preferences } from '../api/preferences';
import { rememberPreferences } from '../i18n/preference';
import { AsyncView, ErrorBox, Violations } from '../components/States';
import { useAsync } from '../lib/useAsync';

/** The signed-in user's settings: which notifications also come by e-mail. */
export function SettingsView() {
  const { t } = useTranslation('inbox');
  const state = useAsync(() => preferencesApi.get(), []);
  return (
    <section aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">{t('settingsPage.title')}</h1>
      </div>
      <AsyncView state={state} what={t('settingsPage.loading')}>
        {(preferences) => <MailSettings preferences={preferences} onSaved={state.setData} />}
      </AsyncView>
    </section>
  );
}

function MailSettings({ preferences, onSaved }: { preferences: Preferences; onSaved: (saved: Preferences) => void }) {
  const { t } = useTranslation('inbox');
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
    const chosen = NOTIFICATION_KINDS.filter((k) => kinds.has(k));
    // From the latest stored object: the language may have been changed in the header since this page loaded.
    preferencesApi
      .get()
      .then((latest) => preferencesApi.save({ ...latest, email: { ...latest.email, kinds: chosen } }))
      .then((result) => {
        rememberPreferences(result);
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
        <legend>{t('settingsPage.mailLegend')}</legend>
        {!preferences.email.available && (
          <p className="muted">{t('settingsPage.mailUnavailable')}</p>
        )}
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="checkbox" checked={kinds.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} /> {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted">{t('settingsPage.inboxGetsAll')}</p>
      <ErrorBox error={error} />
      <Violations error={error} label={t('settingsPage.notSaved')} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('saving', { ns: 'common' }) : t('settingsPage.save')}
        </button>
        {saved && (
          <span role="status" className="muted">
            {t('settingsPage.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
