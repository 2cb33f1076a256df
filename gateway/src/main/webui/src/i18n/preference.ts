import { preferencesApi, type Preferences } from '../api/preferences';
import i18n, { supported } from './index';

/** The preferences as last read or saved: a PUT sends them back whole, with only the language changed. */
let stored: Preferences | null = null;
/** Set once the user picks a language here, so a late answer to the start-up read does not undo their pick. */
let picked = false;

/**
 * Switches to the user's stored language. Until it arrives the browser's language is used; a failure (the service
 * not offering preferences yet, say) keeps it, silently: the UI works in any language.
 */
export async function loadStoredLanguage(): Promise<void> {
  try {
    stored = await preferencesApi.get();
    const lng = supported(stored.language);
    if (lng && !picked) await i18n.changeLanguage(lng);
  } catch {
    // Not fatal: the browser's language stays.
  }
}

/** The settings page saved the preferences: the next language pick sends these back. */
export function rememberPreferences(saved: Preferences) {
  stored = saved;
}

/** Switches at once and stores the choice; resolves false when it could not be stored (it then lasts this visit). */
export async function chooseLanguage(lng: string): Promise<boolean> {
  picked = true;
  await i18n.changeLanguage(lng);
  try {
    stored = await preferencesApi.save({ ...(stored ?? (await preferencesApi.get())), language: lng });
    return true;
  } catch {
    return false;
  }
}
