import { EVIDENCE, type SummaryNode } from './summary-element'
import { summaryElements } from './summary-elements'

const EVERYTHING = [
  '# Title',
  'Intro with **bold**, _em_, ~~gone~~, `code` and a [link](https://docs.example/a "Docs"). Second sentence.',
  '![chart](https://img.example/c.png)',
  '| Item | Price |\n| :-- | --: |\n| Seats | $4,800 |',
  '- [x] sent\n- [ ] signed\n  1. nested',
  '```ts\nconst x = 1\n```',
].join('\n\n')

function find(node: SummaryNode, type: string): { type: string; props: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((child) => find(child, type))
  if (node === null || typeof node !== 'object') return []
  return [...(node.type === type ? [node] : []), ...find(node.props.children, type)]
}

describe(summaryElements.name, () => {
  it('builds plain data that crosses from a worker as it is', () => {
    const summary = summaryElements(EVERYTHING, false)
    expect(structuredClone(summary)).toEqual(summary)
    expect(find(summary, 'table')).toHaveLength(1)
    expect(find(summary, 'a')[0]!.props).toMatchObject({ href: 'https://docs.example/a', title: 'Docs' })
  })

  it('ends each paragraph with its sentences, and each bullet with its text, as claims to find in the call', () => {
    const summary = summaryElements('First point. Second point.\n\n- a bullet', false)
    expect(find(summary, EVIDENCE).map((evidence) => evidence.props.claims)).toEqual([['First point.', 'Second point.'], ['a bullet']])
  })

  it('hides personal data in text and claims when masked, and drops a link to an address it hides', () => {
    const summary = summaryElements('Write to [Rosa](mailto:rosa&#64;millbrook.example) about **&#36;4,800**.', true)
    expect(JSON.stringify(summary)).not.toMatch(/rosa@|4,800/)
    expect(find(summary, 'a')[0]!.props.href).toBeUndefined()
  })
})
