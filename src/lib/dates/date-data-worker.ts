// Builds the page's first date formatters in a thread of its own. The browser keeps the locale and zone data it
// loads for them for the whole page, so the main thread's own first formatters then cost it next to nothing.
import { DATE_FORMATTING_WARM_UPS } from './dates'

for (const warmUp of DATE_FORMATTING_WARM_UPS) warmUp()
self.postMessage('ready')
