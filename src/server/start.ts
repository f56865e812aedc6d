// `npm start`: the production server, serving the built app (default `dist/`) on 0.0.0.0:8080.
import { runBuiltServer } from './run-built-server.ts'

await runBuiltServer('start')
