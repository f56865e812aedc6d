const loadServer = () => Promise.all([import('./frontend/serve-built-app.ts'), import('./run-server.ts')])

/**
 * `npm start` and `npm run preview`: the server for the built app. React loads its development build unless
 * NODE_ENV says production, and the call page's first view then renders twice as slowly; so NODE_ENV is
 * production unless set, before the modules that load React are imported.
 */
export async function runBuiltServer(role: 'start' | 'preview', load: typeof loadServer = loadServer) {
  process.env.NODE_ENV ??= 'production'
  const [{ builtAppFrontend }, { runServer }] = await load()
  await runServer(role, process.argv.slice(2), builtAppFrontend)
}
