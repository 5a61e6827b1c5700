import { type ComponentChild as Child, Fragment, h } from 'preact'
import { useMemo } from 'preact/hooks'
import { type Inline, parseMarkdown } from './markdown.ts'

/** Renders the safe subset as elements; every string is a text node. */
export function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text])
  return (
    <Fragment>
      {blocks.map((block, i) =>
        block.type === 'p' ? (
          <p key={i}>{inline(block.children)}</p>
        ) : block.type === 'ul' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ) : (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ol>
        ),
      )}
    </Fragment>
  )
}

function inline(nodes: Inline[]): Child {
  return nodes.map((node, i) => {
    if (typeof node === 'string') return node
    if (node.type === 'strong') return <strong key={i}>{inline(node.children)}</strong>
    if (node.type !== 'link') return <em key={i}>{inline(node.children)}</em>
    return (
      <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
        {inline(node.children)}
      </a>
    )
  })
}
