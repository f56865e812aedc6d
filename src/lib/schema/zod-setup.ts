import * as z from 'zod/mini'

// Zod compiles parsers with `new Function` unless told not to, and the
// Content-Security-Policy forbids eval. Imported first, before any schema exists.
z.config({ jitless: true })
