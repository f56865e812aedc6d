import { within } from '@testing-library/react'

/** The value a description list in `region` gives for the term `label`, as a reader pairs them. */
export function field(region: HTMLElement, label: string) {
  const index = within(region).getAllByRole('term').findIndex((term) => term.textContent === label)
  const value = within(region).getAllByRole('definition')[index]
  if (index < 0 || !value) throw new Error(`No field labelled ${label}`)
  return value
}
