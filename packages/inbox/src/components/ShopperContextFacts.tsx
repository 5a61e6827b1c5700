import { useMessages } from '../i18n/context.ts'
import type { ShopperContextView } from '../lib/shopper-context.ts'

interface Props {
  view: ShopperContextView
}

/**
 * Where the shopper is and what the store told us about them, inside the empathy card. The page
 * opens in a new tab so the conversation stays; noopener/noreferrer keep the store's page from
 * reaching back into the inbox (https://mathiasbynens.github.io/rel-noopener/).
 */
export function ShopperContextFacts({ view }: Props) {
  const t = useMessages().card
  return (
    <>
      {view.page && (
        <dl class="empathy-facts">
          <div class="empathy-fact">
            <dt>{t.page}</dt>
            <dd>
              {view.page.href ? (
                <a class="empathy-page" href={view.page.href} target="_blank" rel="noopener noreferrer" dir="auto">
                  {view.page.text}
                  <span class="sr-only"> {t.opensInNewTab}</span>
                </a>
              ) : (
                <span class="empathy-page" dir="auto">
                  {view.page.text}
                </span>
              )}
            </dd>
          </div>
        </dl>
      )}
      {view.attributes.length > 0 && (
        <section class="empathy-about" aria-labelledby="empathy-about-title">
          <h4 id="empathy-about-title" class="empathy-subtitle">
            {t.about}
          </h4>
          <dl class="empathy-attributes">
            {view.attributes.map((row) => (
              <div key={row.key} class="empathy-attribute">
                <dt>{row.key}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  )
}
