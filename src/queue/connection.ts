// A Redis URL as BullMQ's connection options, with the one setting its workers require.
import type { ConnectionOptions } from 'bullmq';

/**
 * Connection options for a `redis://[user:password@]host[:port][/db]` URL (`rediss://` for TLS).
 * Throws a TypeError naming the fix for anything else: a wrong URL is misuse, not a fault of the text.
 * @example const c = redisConnection('redis://127.0.0.1:6379/0');
 */
export function redisConnection(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TypeError(`--redis ${url}: not a URL; write it as redis://host:port (for example redis://127.0.0.1:6379)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new TypeError(`--redis ${url}: use a redis:// or rediss:// URL (for example redis://127.0.0.1:6379)`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new TypeError(`--redis ${url}: the database after the port must be a number (redis://host:port/0)`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's workers block on Redis; a per-request retry limit would make them throw instead.
    maxRetriesPerRequest: null,
  };
}
