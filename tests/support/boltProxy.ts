// A TCP proxy in front of the test run's Neo4j that can lose a commit's answer: armed, it lets the next COMMIT
// reach Neo4j, waits for Neo4j's reply (so the transaction is committed), drops that reply, cuts every connection
// and refuses new ones until up() is called. The app then sees the database vanish after a write it cannot know
// was committed: the case an Idempotency-Key retry is for.
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

export interface BoltProxy {
  uri: string;
  /** Loses the answer to the next COMMIT and stays down until up(); resolves once that commit was answered. */
  loseNextCommitAnswer(): Promise<void>;
  up(): void;
  close(): Promise<void>;
}

// A whole chunked Bolt message COMMIT: chunk size 2, a struct of no fields with signature 0x12, the end marker.
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

export async function startBoltProxy(targetUri: string): Promise<BoltProxy> {
  const target = new URL(targetUri);
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  let armed: (() => void) | null = null;
  const cutAll = () => {
    down = true;
    for (const pair of pairs) pair.forEach((socket) => socket.destroy());
    pairs.clear();
  };
  const server = createServer((client) => {
    if (down) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    let committing = false;
    client.on('data', (chunk: Buffer) => {
      if (armed && chunk.includes(COMMIT)) committing = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!committing) return void client.write(chunk);
      const committed = armed!;
      armed = null;
      cutAll();
      committed();
    });
    const end = () => {
      pair.forEach((socket) => socket.destroy());
      pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    loseNextCommitAnswer: () => new Promise<void>((resolve) => (armed = resolve)),
    up: () => (down = false),
    close: () => {
      cutAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
