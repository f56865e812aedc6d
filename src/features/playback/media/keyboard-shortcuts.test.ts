import { actionForKey, isOwnedByFocus } from './keyboard-shortcuts'

function element(html: string) {
  const host = document.createElement('div')
  host.innerHTML = html
  return host.firstElementChild
}

describe(actionForKey.name, () => {
  it.each([
    [' ', 'togglePlay'],
    ['K', 'togglePlay'],
    ['j', 'back10'],
    ['ArrowRight', 'forward5'],
    ['>', 'faster'],
    ['/', 'search'],
    ['?', 'help'],
    ['x', null],
  ])('maps %j to %s', (key, action) => {
    expect(actionForKey(key)).toBe(action)
  })
})

describe(isOwnedByFocus.name, () => {
  it('leaves every key to text fields and selects', () => {
    expect(isOwnedByFocus(element('<input type="search">'), 'k')).toBe(true)
    expect(isOwnedByFocus(element('<textarea></textarea>'), 'j')).toBe(true)
    expect(isOwnedByFocus(element('<select></select>'), 'ArrowLeft')).toBe(true)
  })

  it('leaves Space and Enter to buttons, links and disclosure summaries, but not other keys', () => {
    for (const html of ['<button></button>', '<a href="#x">x</a>', '<summary>Download</summary>']) {
      expect(isOwnedByFocus(element(html), ' ')).toBe(true)
      expect(isOwnedByFocus(element(html), 'k')).toBe(false)
    }
  })

  it('leaves arrows to sliders', () => {
    expect(isOwnedByFocus(element('<input type="range">'), 'ArrowLeft')).toBe(true)
    expect(isOwnedByFocus(element('<input type="range">'), 'k')).toBe(false)
  })

  it('takes keys on the page itself', () => {
    expect(isOwnedByFocus(document.body, 'k')).toBe(false)
    expect(isOwnedByFocus(null, 'k')).toBe(false)
  })
})
