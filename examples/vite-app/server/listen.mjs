/**
 * Starts `server` on 127.0.0.1 (port 0: a free one) and gives back its origin and a `close` that
 * also ends kept-alive connections, so a test run never waits on an idle socket.
 * @param {import('node:http').Server} server
 * @param {number} port
 */
export async function listen(server, port) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
