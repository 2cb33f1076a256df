import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';
import { chooseLanguage } from '../i18n/preference';

/** The user's language, switched at once and stored with their preferences; each named in its own language. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation('layout');
  const [unsaved, setUnsaved] = useState(false);
  const change = (lng: string) => {
    setUnsaved(false);
    void chooseLanguage(lng).then((saved) => setUnsaved(!saved));
  };
  return (
    <>
      <select
        className="language"
        value={i18n.resolvedLanguage}
        onChange={(e) => change(e.target.value)}
        aria-label={t('language.label')}
        title={unsaved ? t('language.notSaved') : undefined}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t('language.name', { lng })}
          </option>
        ))}
      </select>
      <span className="sr-only" role="status" aria-live="polite">
        {unsaved ? t('language.notSaved') : ''}
      </span>
    </>
  );
}
