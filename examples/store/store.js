// The demo store's own script: a cart that lives in this page. Attune is not involved here;
// the chat is installed by the snippet at the end of index.html.
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
/** @type {Map<string, { name: string, price: number, quantity: number }>} */
const cart = new Map()

const $ = (selector) => document.querySelector(selector)

function render() {
  const lines = $('[data-cart-lines]')
  lines.replaceChildren(
    ...[...cart.values()].map((line) => {
      const li = document.createElement('li')
      const name = document.createElement('span')
      name.textContent = line.quantity > 1 ? `${line.name} × ${line.quantity}` : line.name
      const price = document.createElement('span')
      price.textContent = money.format(line.price * line.quantity)
      li.append(name, price)
      return li
    }),
  )
  let count = 0
  let total = 0
  for (const line of cart.values()) {
    count += line.quantity
    total += line.price * line.quantity
  }
  $('[data-cart-count]').textContent = String(count)
  $('[data-cart-total]').textContent = money.format(total)
  $('[data-cart-empty]').hidden = count > 0
  $('[data-checkout]').disabled = count === 0
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.add') : null
  if (!button) return
  const card = button.closest('[data-product]')
  if (!(card instanceof HTMLElement)) return
  const { id = '', name = '', price = '0' } = card.dataset
  const line = cart.get(id) ?? { name, price: Number(price), quantity: 0 }
  line.quantity += 1
  cart.set(id, line)
  render()
  $('[data-cart-status]').textContent = `Added ${name} to your cart.`
})

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || !event.target.closest('[data-checkout]')) return
  $('[data-cart-status]').textContent = 'This is a demo store: checkout is not available. Ask us in the chat!'
})

render()
