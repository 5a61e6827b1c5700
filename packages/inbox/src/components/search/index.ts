// The search chunk (issue 14): the sidebar's search box, the "Resolved" list and their words and
// styles. The first screen is at its budget (.size-limit.cjs), so this arrives just after it.
import './search.css'

export { SearchSidebar } from './SearchSidebar.tsx'
export { ResolvedList } from './ResolvedList.tsx'
