/** Ports on this computer's loopback address, for `npm start` and for the tests that start servers. */
import { createServer } from 'node:net';

/**
 * Starts `server` listening on `port` (0: any free port) on 127.0.0.1.
 * @param {import('node:net').Server} server
 * @param {number} port
 * @returns {Promise<number>} the port it listens on
 */
export function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
    });
  });
}

/**
 * A port nothing listens on at the moment: `wanted` itself when it is free, else any free port.
 * @param {number} [wanted]
 * @returns {Promise<number>}
 */
export async function freePort(wanted = 0) {
  const probe = async (/** @type {number} */ port) => {
    const server = createServer();
    const found = await listen(server, port);
    await new Promise((resolve) => server.close(resolve));
    return found;
  };
  return probe(wanted).catch(() => probe(0));
}
