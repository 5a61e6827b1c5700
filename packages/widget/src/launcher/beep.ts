// An optional notification sound (boot option `sound: true`): a short sine beep made with Web Audio,
// no audio file to download. Browsers only let audio start after a user gesture, so the context
// is created on the shopper's first click on the launcher.

type AudioCtor = new () => AudioContext
let context: AudioContext | undefined

export function unlockAudio(): void {
  try {
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioCtor }).webkitAudioContext) as AudioCtor | undefined
    if (Ctor && !context) context = new Ctor()
    void context?.resume()
  } catch {
    // No audio here: the title flash still tells the shopper.
  }
}

export function beep(): void {
  const ctx = context
  if (!ctx) return
  try {
    const at = ctx.currentTime
    const tone = ctx.createOscillator()
    const gain = ctx.createGain()
    tone.frequency.value = 880
    gain.gain.setValueAtTime(0.0001, at)
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25)
    tone.connect(gain).connect(ctx.destination)
    tone.start(at)
    tone.stop(at + 0.3)
  } catch {
    // Never throw into the page for a sound.
  }
}
