// A person's inbox language is protocol's rule, which the server's mail to the team follows too.
export { inboxLanguage as chooseLanguage } from '@attune/protocol'

/** The browser's languages, most wanted first (empty where a test's DOM does not say). */
export const browserLanguages = (): readonly string[] => navigator.languages ?? []
