/** How long to wait, in the largest whole unit, rounded up: 240 s → 4 minutes, 45 s → 45 seconds. */
export function retryWait(seconds: number, words: { minutes(n: number): string; seconds(n: number): string }): string {
  const whole = Math.max(1, Math.ceil(seconds))
  return whole < 60 ? words.seconds(whole) : words.minutes(Math.ceil(whole / 60))
}
