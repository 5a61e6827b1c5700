import { atom, type ReadableAtom, type Store, type StoreValues } from 'nanostores'

/**
 * A store computed from others and kept up to date eagerly, on every change of an input.
 * nanostores' `computed` does this lazily (only while listened to), which core's few and cheap
 * derived values do not need; this saves shipping it.
 */
export function derived<Value, Inputs extends readonly Store[]>(
  inputs: readonly [...Inputs],
  compute: (...values: StoreValues<Inputs>) => Value,
): ReadableAtom<Value> {
  const current = () => compute(...(inputs.map((input) => input.get()) as StoreValues<Inputs>))
  const $derived = atom(current())
  for (const input of inputs) input.listen(() => $derived.set(current()))
  return $derived
}
