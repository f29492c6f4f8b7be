import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable, logDatabaseUnavailable } from '../database/availability';
import { notify } from '../database/notify';
import { forgetLocalActors, setActorCacheSync, type ActorForgetting } from './token.service';

/**
 * Keeps the token → actor cache (token.service.ts) exact across API instances. A change that
 * ends or alters a session is announced with `NOTIFY ffp_actor_cache` (through the ORM's pool, so
 * it is sent whatever the state of the listener); each process holds one connection that LISTENs and
 * drops the named entries when told. While that connection is down (lost, reconnecting), nothing is
 * cached: every request looks its token up, so a missed notification cannot keep a revoked session
 * alive. Reconnected, the cache starts empty.
 */
export const ACTOR_CACHE_CHANNEL = 'ffp_actor_cache';
const RECONNECT_MS = 1_000;
/** A connection cut without a FIN is noticed by a ping this often. */
const PING_MS = 5_000;
const PING_TIMEOUT_MS = 3_000;

export interface ActorCacheSync {
  /** True while the LISTEN connection is up (the cache is in use). */
  listening(): boolean;
  stop(): Promise<void>;
}

export async function startActorCacheSync(orm: MikroORM, url = orm.config.getClientUrl()): Promise<ActorCacheSync> {
  let client: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;

  const lost = (reason: unknown) => {
    if (listening)
      console.error(`[actor-cache] 失去通知连接，暂停缓存登录会话：${(reason as Error)?.message ?? reason}`);
    listening = false;
    forgetLocalActors();
    clearInterval(ping);
    const old = client;
    client = null;
    old?.removeAllListeners();
    old?.on('error', () => undefined);
    void old?.end().catch(() => undefined);
    if (!stopped && !retry)
      retry = setTimeout(() => {
        retry = undefined;
        void connect();
      }, RECONNECT_MS);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, application_name: 'ffp-actor-cache' });
    next.on('error', lost);
    next.on('end', () => {
      if (client === next) lost(new Error('connection ended'));
    });
    next.on('notification', (message) => {
      if (message.channel !== ACTOR_CACHE_CHANNEL) return;
      let of: ActorForgetting | undefined;
      try {
        of = JSON.parse(message.payload ?? '{}') as ActorForgetting;
      } catch {
        of = undefined;
      }
      forgetLocalActors(of);
    });
    try {
      client = next;
      await next.connect();
      await next.query(`listen ${ACTOR_CACHE_CHANNEL}`);
      if (stopped) {
        await next.end();
        return;
      }
      // Whatever was cached before the connection was up may have missed a notification.
      forgetLocalActors();
      listening = true;
      ping = setInterval(() => {
        const timeout = new Promise((_, reject) =>
          setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS).unref(),
        );
        Promise.race([next.query('select 1'), timeout]).catch((error) => {
          if (client === next) lost(error);
        });
      }, PING_MS);
      ping.unref();
    } catch (error) {
      if (client === next) lost(error);
    }
  };

  setActorCacheSync({
    usable: () => listening,
    publish: async (of) => {
      try {
        await notify(orm.em, ACTOR_CACHE_CHANNEL, JSON.stringify(of ?? {}));
      } catch (error) {
        // Not told: the others' listeners are cut as well when the database is unreachable, and they
        // keep nothing cached until they are back. Anything else is a bug worth hearing of.
        if (!isDatabaseUnavailable(error)) throw error;
        logDatabaseUnavailable(error);
      }
    },
  });
  await connect();

  return {
    listening: () => listening,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(ping);
      listening = false;
      const old = client;
      client = null;
      old?.removeAllListeners();
      old?.on('error', () => undefined);
      await old?.end().catch(() => undefined);
    },
  };
}
