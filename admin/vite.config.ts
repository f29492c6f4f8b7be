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
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
