import { describe, expect, it } from 'vitest';
import i18n, { LANGUAGES, resources } from './index';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a catalogue, nested keys joined by dots. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The keys with plural forms reduced to their base: languages differ in which forms they need, not in what they say. */
function shapeOf(lng: string): string[] {
  return [...new Set(keysOf(resources[lng]).map((key) => key.replace(PLURAL, '#plural')))].sort();
}

describe('catalogues', () => {
  it('has English and Spanish', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it.each(LANGUAGES.filter((lng) => lng !== 'en'))('%s has exactly the keys of en', (lng) => {
    expect(shapeOf(lng)).toEqual(shapeOf('en'));
  });

  it.each(LANGUAGES)('%s has every plural form its language needs, and no other', (lng) => {
    const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const keys = keysOf(resources[lng]);
    for (const base of new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))) {
      const present = keys.filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map((k) => k.slice(base.length + 1));
      expect(present.sort(), `${lng}: ${base}`).toEqual([...forms].sort());
    }
  });

  it.each(LANGUAGES)('%s has no empty text', (lng) => {
    const empty = keysOf(resources[lng]).filter((key) => i18n.getResource(lng, key.split('.')[0], key.split('.').slice(1).join('.')) === '');
    expect(empty).toEqual([]);
  });

  it('sets lang and dir of the page from the language', async () => {
    await i18n.changeLanguage('es');
    expect(document.documentElement.lang).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
    // A right-to-left language needs nothing but its catalogue: dir comes from the language itself.
    expect(i18n.dir('ar')).toBe('rtl');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
