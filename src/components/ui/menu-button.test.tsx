import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MenuButton, type MenuItem } from './menu-button'

function renderMenu() {
  const chosen: string[] = []
  const items: MenuItem[] = ['Text', 'Markdown', 'WebVTT'].map((label) => ({
    key: label,
    label,
    disabled: label === 'WebVTT',
    onSelect: () => chosen.push(label),
  }))
  render(
    <>
      <MenuButton label="Download" items={items} />
      <p>Elsewhere</p>
      <button type="button">Next control</button>
    </>,
  )
  return { chosen, user: userEvent.setup(), button: screen.getByRole('button', { name: 'Download' }) }
}

describe('MenuButton', () => {
  it('opens on click with focus on the first item, and says it is open', async () => {
    const { user, button } = renderMenu()
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('menu', { name: 'Download' })).toBeInTheDocument()
    expect(screen.getByRole('menuitem', { name: 'Text' })).toHaveFocus()
  })

  it('moves with the arrow keys, Home and End, wrapping around', async () => {
    const { user, button } = renderMenu()
    button.focus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Text' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Markdown' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('menuitem', { name: 'WebVTT' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Text' })).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('menuitem', { name: 'WebVTT' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(screen.getByRole('menuitem', { name: 'Text' })).toHaveFocus()
  })

  it('opens on the last item with ArrowUp', async () => {
    const { user, button } = renderMenu()
    button.focus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('menuitem', { name: 'WebVTT' })).toHaveFocus()
  })

  it('closes on Escape and gives focus back to the button', async () => {
    const { user, button } = renderMenu()
    await user.click(button)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
    expect(button).toHaveAttribute('aria-expanded', 'false')
  })

  it('closes on Tab, and Tab moves on to the next control', async () => {
    const { user, button } = renderMenu()
    await user.click(button)
    await user.tab()
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next control' })).toHaveFocus()
  })

  it('closes on a click outside', async () => {
    const { user, button } = renderMenu()
    await user.click(button)
    await user.click(screen.getByText('Elsewhere'))
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })

  it('chooses with Enter or a click, closes, and returns focus', async () => {
    const { user, button, chosen } = renderMenu()
    button.focus()
    await user.keyboard('{Enter}')
    await user.keyboard('{ArrowDown}{Enter}')
    expect(chosen).toEqual(['Markdown'])
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
    await user.click(button)
    await user.click(screen.getByRole('menuitem', { name: 'Text' }))
    expect(chosen).toEqual(['Markdown', 'Text'])
  })

  it('keeps an unavailable item in the menu but never chooses it', async () => {
    const { user, button, chosen } = renderMenu()
    await user.click(button)
    const webvtt = screen.getByRole('menuitem', { name: 'WebVTT' })
    expect(webvtt).toHaveAttribute('aria-disabled', 'true')
    await user.click(webvtt)
    await user.keyboard('{End}{Enter}')
    expect(chosen).toEqual([])
    expect(screen.getByRole('menu')).toBeInTheDocument()
  })

  it('says its note in the button and atop the open menu, and a click on the note keeps the menu open', async () => {
    const user = userEvent.setup()
    render(<MenuButton label="Download" note="personal data hidden" items={[{ key: 'txt', label: 'Text', onSelect: () => {} }]} />)
    await user.click(screen.getByRole('button', { name: 'Download (personal data hidden)' }))
    expect(screen.getByRole('menu', { name: 'Download' })).toHaveAccessibleDescription('personal data hidden')
    await user.click(screen.getByText('personal data hidden'))
    expect(screen.getByRole('menuitem', { name: 'Text' })).toBeInTheDocument()
  })
})
