// A PostgreSQL wire-protocol relay that counts the statements a server sends (simple Query 'Q'
// and extended-protocol Execute 'E' messages), so "SQL statements per request" is measured the same
// way for the API, PostGraphile and the floor without pg_stat_statements (which needs a restart).
import net from 'node:net';

export async function startCounter(targetHost, targetPort) {
  const counter = { statements: 0, port: 0, close: () => {} };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let started = false;
    let pending = Buffer.alloc(0);
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      // The startup message (and an SSL request) has no type byte: length first.
      while (!started && pending.length >= 4) {
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        pending = pending.subarray(length);
        if (code !== 80877103) started = true; // not an SSLRequest: the startup message
      }
      while (started && pending.length >= 5) {
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) return;
        const type = pending[0];
        if (type === 0x51 || type === 0x45) counter.statements++;
        pending = pending.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  counter.port = server.address().port;
  counter.close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      setTimeout(resolve, 1000);
    });
  return counter;
}
