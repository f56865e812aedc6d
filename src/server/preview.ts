// `npm run preview`: the production server on this machine (localhost:4173), as `vite preview` was.
import { runBuiltServer } from './run-built-server.ts'

await runBuiltServer('preview')
