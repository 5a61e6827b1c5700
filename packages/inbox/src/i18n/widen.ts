/**
 * The shape a locale's catalog must have, from the English one: every string a string, every
 * function the same parameters (so word order stays free per language).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }
