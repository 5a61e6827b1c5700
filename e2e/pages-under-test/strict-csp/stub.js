window.Attune =
  window.Attune ||
  function () {
    ;(Attune.q = Attune.q || []).push(arguments)
  }
Attune('boot', { siteKey: 'demo' })
