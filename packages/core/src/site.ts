import type { SiteResponse } from '@attune/protocol'

/**
 * The store's public details the widget shows and the check-in cards need, as a visitor's welcome
 * carries them (`site`). A server older than that sends none, and `$site` stays null: the widget
 * defaults what it needs.
 */
export type SiteInfo = SiteResponse
