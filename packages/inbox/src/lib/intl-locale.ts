/**
 * The locales to hand Intl for a catalog's `locale`: it, then British English. A browser without
 * a language's formatting data falls back to its own default, often US English ("8:54 PM",
 * "Jan 1"); Chrome's built-in ICU leaves Lao out. British English is the nearer stand-in for the
 * inbox's languages: the day before the month, and the 24-hour clock that Laos uses.
 */
export const intlLocales = (locale: string): string[] => [locale, 'en-GB']
