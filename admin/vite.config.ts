import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server serves the built console at `/` and the GraphQL API at `/graphql` on the same origin.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // A second page: GraphiQL for partners, served at GET /graphql to browsers (api/src/graphiql.ts).
    rollupOptions: { input: { index: 'index.html', graphiql: 'graphiql.html' } },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/downloads': 'http://localhost:4000' },
  },
});
