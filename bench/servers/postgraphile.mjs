// PostGraphile 4.14 over the same database, answering W1 and W2 (bench/run.mjs creates the
// set-returning function for the division prefix and the computed columns it uses). No auth.
import http from 'node:http';
import { postgraphile } from 'postgraphile';

const middleware = postgraphile(process.env.DATABASE_URL, ['public'], {
  graphqlRoute: '/graphql',
  disableDefaultMutations: true,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  retryOnInitFail: false,
  extendedErrors: ['errcode'],
});
http
  .createServer(middleware)
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`postgraphile ready on ${process.env.PORT}`));
