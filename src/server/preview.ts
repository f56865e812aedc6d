// `npm run preview`: the production server on this machine (localhost:4173), as `vite preview` was.
import { builtAppFrontend } from './frontend/serve-built-app.ts'
import { runServer } from './run-server.ts'

await runServer('preview', process.argv.slice(2), builtAppFrontend)
