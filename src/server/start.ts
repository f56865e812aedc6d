// `npm start`: the production server, serving the built app (default `dist/`) on 0.0.0.0:8080.
import { builtAppFrontend } from './frontend/serve-built-app.ts'
import { runServer } from './run-server.ts'

await runServer('start', process.argv.slice(2), builtAppFrontend)
