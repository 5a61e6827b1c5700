// Vite returns a CSS file as a string with `?inline`; the widget adopts it into its shadow root.
declare module '*.css?inline' {
  const css: string
  export default css
}
