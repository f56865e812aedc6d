import { normalizeCall } from '@/entities/call/call-schema'
import { toChecklist } from './checklist'

const items = (actionItems: unknown[]) => normalizeCall({ id: 'c', action_items: actionItems }).actionItems

describe(toChecklist.name, () => {
  it.each<[string, unknown[], string]>([
    ['title only', [{ title: 'Send deck' }], '- [ ] Send deck'],
    ['a plain string item', ['Send deck'], '- [ ] Send deck'],
    ['an owner role', [{ title: 'Send deck', owner: 'lead' }], '- [ ] Send deck — owner: Lead'],
    ['a date-only due', [{ title: 'Kickoff', due_at: '2026-12-07' }], '- [ ] Kickoff — due: Dec 7, 2026'],
    ['an unreadable due date', [{ title: 'Later', owner: 'closer', due_at: 'soon' }], '- [ ] Later — owner: Closer'],
    ['no title', [{ title: '  ', owner: 'lead' }], '- [ ] Untitled item — owner: Lead'],
    ['line breaks in the title', [{ title: 'One\ntwo\r\n  three' }], '- [ ] One two three'],
    ['markup stays text', [{ title: '<script>alert(1)</script>' }], '- [ ] <script>alert(1)</script>'],
    ['several items', [{ title: 'A' }, { title: 'B' }], '- [ ] A\n- [ ] B'],
  ])('%s', (_name, input, expected) => {
    expect(toChecklist(items(input), undefined, 'en-US')).toBe(expected)
  })

  it('uses the owner labels it is given', () => {
    const label = (owner: string | null) => (owner === 'user_2abc' ? 'Maya Okafor' : owner)
    expect(toChecklist(items([{ title: 'A', owner: 'user_2abc' }]), label)).toBe('- [ ] A — owner: Maya Okafor')
  })
})
