import { enGreetings } from './en-greetings.ts'

/** The Greetings section's catalog, for the Store page's chunk (English until its translations land). */
export const useGreetingMessages = () => enGreetings
