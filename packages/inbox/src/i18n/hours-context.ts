import { enHours } from './en-hours.ts'

/** Business hours' catalog, for the Store page's chunk (English until its translations land). */
export const useHoursMessages = () => enHours
