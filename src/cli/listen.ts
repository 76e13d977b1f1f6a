import type { Server } from 'node:http';

export class ListenError extends Error {
  override name = 'ListenError';
}

/** Listens, turning "address in use" and "permission denied" into one line that names PORT and HOST. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE')
        reject(
          new ListenError(
            `PORT: ${host}:${port} is already in use — stop the other program or set PORT to a free port`,
          ),
        );
      else if (e.code === 'EACCES')
        reject(new ListenError(`PORT: not allowed to listen on ${host}:${port} — use a port above 1023`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
        reject(new ListenError(`HOST: cannot listen on "${host}" (${e.code}) — use 127.0.0.1 or 0.0.0.0`));
      else reject(e);
    });
    server.listen(port, host, () => resolve());
  });
}
