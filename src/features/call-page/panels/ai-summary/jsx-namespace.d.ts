// hast-util-to-jsx-runtime types its components and result with a global JSX namespace, which React 19 no longer declares.
import type { JSX as ReactJsx } from 'react/jsx-runtime'

declare global {
  namespace JSX {
    type ElementClass = ReactJsx.ElementClass
    type Element = ReactJsx.Element
    type IntrinsicElements = ReactJsx.IntrinsicElements
  }
}
