/** Build-time settings this app reads (Vite exposes VITE_* variables on import.meta.env). */
interface ImportMetaEnv {
  /** Origin of the Attune server, e.g. "https://chat.example.com". */
  readonly VITE_ATTUNE_SERVER?: string
}
