// `npm run dev`: the same server, with Vite serving the source and hot reload (localhost:5173).
import { viteFrontend } from './frontend/mount-vite.ts'
import { runServer } from './run-server.ts'

await runServer('dev', process.argv.slice(2), () => viteFrontend)
