import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** The header the proxy adds to each answer: which backend (0, 1, ...) gave it. */
export const SERVED_BY = 'x-served-by';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A load balancer in miniature, on loopback: each request goes to the next
 * backend in turn, with its method, path, headers and body unchanged, and the
 * answer comes back unchanged but for {@link SERVED_BY}.
 */
export async function startRoundRobinProxy(
  backendPorts: number[],
): Promise<RoundRobinProxy> {
  let turn = 0;
  const server: Server = createServer((req, res) => {
    const backend = turn++ % backendPorts.length;
    pass(req, res, backend, backendPorts[backend] as number);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function pass(
  req: IncomingMessage,
  res: ServerResponse,
  backend: number,
  port: number,
): void {
  const upstream = forward(
    {
      host: '127.0.0.1',
      port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, {
        ...answer.headers,
        [SERVED_BY]: String(backend),
      });
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    res.writeHead(502, { [SERVED_BY]: String(backend) });
    res.end(`backend ${backend}: ${error.message}`);
  });
  req.pipe(upstream);
}
