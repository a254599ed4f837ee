import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Logger as WorkerLogger, run, runMigrations, type Runner, type Task } from 'graphile-worker';
import pg from 'pg';
import { query, sql, table, type PoolUse } from '@alliance/db';
import { traceCarrier, withContinuedSpan } from '@alliance/telemetry';
import type { Logger } from 'pino';
import type { Envelope, Messages, Topic } from './contract.ts';

export * from './contract.ts';

/**
 * Messages between subgraphs travel through a job queue in PostgreSQL (graphile-worker, in its own
 * `graphile_worker` schema; the only schema subgraphs share). Publishing is a row written in the
 * producer's own transaction, so a change and its message commit together or not at all;
 * receivers are woken by LISTEN/NOTIFY, retry with backoff on failure, and record each message id
 * in their own `inbox` table in the transaction that applies it, so a redelivered message is
 * applied once. Messages with the same key (a shipment) reach each receiver in order.
 */
const MAX_ATTEMPTS = 25;

/**
 * Stacks that share one database keep their messages apart by a namespace
 * (`MESSAGING_NAMESPACE`, empty by default): a subscriber's name, its tasks and its queues carry
 * it as a prefix (`<namespace>/coldchain:members.changed`), and a publisher queues messages only
 * for the subscribers of its own namespace. The test suite gives each test file its own, so a role
 * removed in one file's stack is not queued behind hundreds of announcements from files whose
 * stacks run no cold chain; an installation leaves it unset.
 */
export function messagingNamespace(): string {
  const namespace = process.env.MESSAGING_NAMESPACE ?? '';
  if (!/^[a-z0-9_-]{0,40}$/.test(namespace)) throw new Error(`MESSAGING_NAMESPACE must be at most 40 of a-z, 0-9, _ and -; it is "${namespace}".`);
  return namespace;
}

/** A subscriber's name in the queue: the subgraph's, in the namespace. */
export function subscriberName(subgraph: string): string {
  const namespace = messagingNamespace();
  return namespace ? `${namespace}/${subgraph}` : subgraph;
}

/** The queue's task of a subscriber's topic (`coldchain:members.changed`), in the namespace. */
export function taskName(subgraph: string, topic: string): string {
  return `${subscriberName(subgraph)}:${topic}`;
}

/** The queue that keeps a subscriber's messages of one key in order (`coldchain:<memberId>`), in the namespace. */
export function queueName(subgraph: string, key: string): string {
  return `${subscriberName(subgraph)}:${key}`;
}

/**
 * Creates or upgrades the queue's schema, and the table of who receives which topic; safe to run
 * concurrently and repeatedly.
 */
export async function prepareMessaging(connectionString: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(log) });
  await withClient(connectionString, async (client) => {
    await client.query('create schema if not exists messaging');
    await client.query(
      `create table if not exists messaging.subscription (
         subgraph text not null, topic text not null, registered_at timestamptz not null default now(),
         primary key (topic, subgraph))`,
    );
    // \`subgraph\` is the subscriber's name in its namespace (see messagingNamespace).
    await client.query(`alter table messaging.subscription add column if not exists namespace text not null default ''`);
  });
}

/**
 * Records that a subgraph receives these topics, so that every message published from now on is
 * queued for it too (also while it is stopped). Called when the subgraph starts, and by the test
 * setup for every registered module before any of them publishes.
 */
export async function registerSubscriptions(connectionString: string, subgraph: string, topics: readonly string[]): Promise<void> {
  if (!topics.length) return;
  await withClient(connectionString, (client) =>
    client.query(
      `insert into messaging.subscription (subgraph, topic, namespace) select $1, t, $3 from unnest($2::text[]) t
       on conflict (topic, subgraph) do nothing`,
      [subscriberName(subgraph), [...topics], messagingNamespace()],
    ),
  );
}

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface PublishOptions {
  /**
   * A catch-up announcement (the whole directory, every lot or base again, at start or when a
   * replica asks) never delays a live change: it waits behind live messages (priority), carries
   * the `catch-up` flag that each consumer's live lane refuses (so a role removed or a member
   * suspended is applied while a worker is busy with thousands of entries that say nothing new), and
   * replaces a pending catch-up of the same key rather than queueing the same entries again (job
   * key). Safe because receivers keep the newest entry (announcedAt), whatever the order.
   */
  catchUp?: boolean;
  /** Only this subscriber (an answer to the subgraph that asked), not every subscriber of the topic. */
  to?: string;
}

/** graphile-worker runs lower numbers first. */
const LIVE_PRIORITY = 0;
const CATCH_UP_PRIORITY = 10;
/** The flag of catch-up jobs; a consumer's live lane is forbidden it. */
export const CATCH_UP_FLAG = 'catch-up';

/**
 * Queues a message for every subscriber of its topic, inside the caller's transaction: call it
 * from `em.transactional`, with the transaction's entity manager.
 */
export async function publish<T extends Topic>(em: EntityManager, producer: string, topic: T, key: string, payload: Messages[T], options: PublishOptions = {}): Promise<void> {
  if (!em.isInTransaction()) throw new Error(`Publish ${topic} inside the transaction that makes the change it announces.`);
  // The publisher's trace context travels with the message (W3C traceparent), so that applying it
  // continues the trace of the request that made the change; absent when tracing is off.
  const trace = traceCarrier();
  const envelope: TracedEnvelope<T> = { id: randomUUID(), topic, producer, publishedAt: new Date().toISOString(), payload, ...(trace ? { trace } : {}) };
  const catchUp = options.catchUp === true;
  const to = options.to === undefined ? null : subscriberName(options.to);
  // One job per subscriber of the topic (task `<subgraph>:<topic>`, queue `<subgraph>:<key>` for order).
  await query(
    em,
    sql`select graphile_worker.add_job(s.subgraph || ':' || s.topic, ${JSON.stringify(envelope)}::json,
                                       queue_name => s.subgraph || ':' || ${key}::text, max_attempts => ${MAX_ATTEMPTS}::int,
                                       priority => ${catchUp ? CATCH_UP_PRIORITY : LIVE_PRIORITY}::int,
                                       job_key => case when ${catchUp} then s.subgraph || ':' || s.topic || ':' || ${key}::text end,
                                       flags => case when ${catchUp} then array[${CATCH_UP_FLAG}::text] end)
        from messaging.subscription s
        where s.topic = ${topic} and s.namespace = ${messagingNamespace()}
          and (${to}::text is null or s.subgraph = ${to}::text)`,
  );
}

/** An envelope as stored in the queue: the contract's, with the publisher's trace context when tracing was on. */
export type TracedEnvelope<T extends Topic = Topic> = Envelope<T> & { trace?: Record<string, string> };

export type Handler<T extends Topic> = (em: EntityManager, payload: Messages[T], envelope: Envelope<T>) => Promise<void>;
export type Handlers = { [T in Topic]?: Handler<T> };

export interface ConsumerOptions {
  connectionString: string;
  orm: MikroORM;
  /** The receiving subgraph; its schema holds the `inbox` table. */
  subgraph: string;
  handlers: Handlers;
  log: Logger;
  concurrency?: number;
}

export interface RunningConsumer {
  stop(): Promise<void>;
  /** The connections of the queue workers' own pool. */
  poolUse(): PoolUse;
}

/** Receives the subgraph's topics until stopped; a stop lets the message in hand finish. */
export async function startConsumer(options: ConsumerOptions): Promise<RunningConsumer> {
  const { orm, subgraph, log } = options;
  const taskList: Record<string, Task> = {};
  // Handlers still running: a stop that had to kill a worker waits for them before ending the pool.
  let inFlight = 0;
  await registerSubscriptions(options.connectionString, subgraph, Object.keys(options.handlers));
  for (const [topic, handler] of Object.entries(options.handlers) as [Topic, Handler<Topic>][]) {
    taskList[taskName(subgraph, topic)] = async (payload) => {
      const envelope = payload as TracedEnvelope;
      inFlight++;
      const applied = await withContinuedSpan(`receive ${topic}`, envelope.trace, { 'messaging.system': 'graphile-worker', 'messaging.destination.name': topic, 'messaging.message.id': envelope.id, 'alliance.service': subgraph }, () =>
        applyOnce(orm.em.fork() as EntityManager, envelope, handler),
      ).finally(() => inFlight--);
      log.debug({ topic, messageId: (payload as Envelope).id, applied }, 'message received');
    };
  }
  const concurrency = options.concurrency ?? 2;
  // Our own pool, so that a connection the server drops (a restart, a shutdown) is logged, not an
  // unhandled 'error' event that would end the process.
  const pool = new pg.Pool({ connectionString: options.connectionString, max: concurrency + 3 });
  const dropped = (error: Error) => log.warn({ err: error }, 'a message queue connection was dropped; the worker reconnects');
  pool.on('error', dropped);
  pool.on('connect', (client) => client.on('error', dropped));
  const runners: Runner[] = [];
  try {
    const common = { pgPool: pool, taskList, pollInterval: 1000, noHandleSignals: true, logger: workerLogger(log) } as const;
    // Two lanes: one takes any job, the other only live ones, so a catch-up in hand never holds
    // back a live change (a role removed reaches the subgraph in milliseconds, not after it).
    runners.push(await run({ ...common, concurrency }));
    runners.push(await run({ ...common, concurrency: 1, forbiddenFlags: [CATCH_UP_FLAG] }));
  } catch (error) {
    await Promise.all(runners.map((r) => r.stop().catch(() => {})));
    await pool.end();
    throw error;
  }
  return {
    poolUse: () => ({ inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount, max: concurrency + 3 }),
    // Orderly when the database is up; when it is already gone (Ctrl-C reaches an embedded server
    // too), the orderly stop waits forever on it, so after a few seconds the worker is let go.
    stop: async () => {
      const late = await Promise.all(
        runners.map(async (runner) => {
          const slow = await Promise.race([runner.stop().then(() => false), new Promise<boolean>((resolve) => setTimeout(resolve, STOP_GRACE_MS, true).unref())]);
          if (slow) await runner.kill(`did not stop within ${STOP_GRACE_MS} ms`);
          return slow;
        }),
      );
      // A killed worker's job may still be running (a slow message on a busy machine), and a job a
      // worker fetched just before the kill still starts; each reports its completion through the
      // pool. Ending the pool first would make that report an unhandled rejection, so it ends once
      // nothing runs or holds a connection (bounded: with the database gone they never would).
      await settled(pool, () => inFlight, late.some(Boolean) ? 4 * STOP_GRACE_MS : STOP_GRACE_MS);
      await pool.end().catch(() => {});
    },
  };
}

const STOP_GRACE_MS = 3000;

/**
 * Resolves when no handler runs and the pool lends no connection, checked twice a turn of the
 * event loop apart: a handler that just returned has by then asked the pool for its completion's
 * connection. Resolves anyway after `ms`.
 */
async function settled(pool: pg.Pool, running: () => number, ms: number): Promise<void> {
  const quiet = () => running() === 0 && pool.totalCount === pool.idleCount && pool.waitingCount === 0;
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (quiet()) {
      await new Promise((resolve) => setImmediate(resolve));
      if (quiet()) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Applies a message in one transaction with its inbox row: either both commit or neither, and a
 * message already in the inbox is skipped. Returns whether it was applied now.
 */
export async function applyOnce<T extends Topic>(em: EntityManager, envelope: Envelope<T>, handler: Handler<T>): Promise<boolean> {
  return em.transactional(async (tx) => {
    const fresh = await query<{ message_id: string }>(
      tx,
      sql`insert into ${table('inbox')} (message_id, topic, producer, received_at) values (${envelope.id}, ${envelope.topic}, ${envelope.producer}, now())
          on conflict (message_id) do nothing returning message_id`,
    );
    if (!fresh.length) return false;
    await handler(tx, envelope.payload, envelope);
    return true;
  });
}

/** Messages waiting for one receiver, by topic: how many, and how long the oldest has waited. */
export interface QueueDepth {
  topic: string;
  /** Messages not yet applied that will still be tried. */
  waiting: number;
  /** Seconds since the oldest of them was published; 0 when none waits. */
  oldestAgeSeconds: number;
  /** Messages that used up their attempts and are no longer tried (they need a person). */
  failed: number;
}

/**
 * The receiver's queue now, read from graphile-worker's jobs (tasks `<subgraph>:<topic>`), one
 * statement; topics it receives but has nothing queued for are absent.
 */
export async function queueDepth(em: EntityManager, subgraph: string): Promise<QueueDepth[]> {
  const rows = await em.getConnection().execute<{ task: string; waiting: number; age: number | null; failed: number }[]>(
    `select task_identifier as task,
            count(*) filter (where attempts < max_attempts)::int as waiting,
            extract(epoch from now() - min(created_at) filter (where attempts < max_attempts))::float8 as age,
            count(*) filter (where attempts >= max_attempts)::int as failed
       from graphile_worker.jobs where task_identifier like ? group by task_identifier`,
    [`${subscriberName(subgraph).replace(/[\\%_]/g, '\\$&')}:%`],
  );
  const prefix = subscriberName(subgraph).length + 1;
  return rows.map((row) => ({ topic: row.task.slice(prefix), waiting: row.waiting, oldestAgeSeconds: Math.max(0, row.age ?? 0), failed: row.failed }));
}

/**
 * What of the queue's own log fields reaches our log. graphile-worker passes the whole job with
 * its lines ("Completed task …", "Failed task …"), payload included: a catch-up page of 1,000 lots
 * made each line ~480 KB of growers' names and phone numbers. Behind a slow reader of stdout (a
 * log driver, the bench) those lines piled up in the process until it ran out of heap at 1,000,000
 * lots (README "Performance"). The job is logged by what identifies it, never by what it carries,
 * its error under `err` (pino's serialized error), and of the other fields only plain values (a
 * query's parameters, an event's payload are left out).
 */
export function workerLogFields(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta ?? {})) {
    if (key === 'job' && value && typeof value === 'object') {
      const job = value as Record<string, unknown>;
      fields.job = { id: job.id, task: job.task_identifier, attempts: job.attempts, maxAttempts: job.max_attempts };
    } else if ((key === 'error' || key === 'fatalError') && value !== undefined) {
      fields.err = value;
    } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      fields[key] = value;
    }
  }
  return fields;
}

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const context = { ...scope, ...workerLogFields(meta), component: 'messaging' };
    if (level === 'error') log.error(context, message);
    else if (level === 'warning') log.warn(context, message);
    else if (level === 'info') log.info(context, message);
    else log.debug(context, message);
  });
}

/** A message a subgraph has applied. Each receiving subgraph lists this entity, so its own schema holds its inbox. */
export class InboxMessage {
  messageId!: string;
  topic!: string;
  producer!: string;
  receivedAt: Date = new Date();
}

export const InboxMessageSchema = new EntitySchema<InboxMessage>({
  class: InboxMessage,
  tableName: 'inbox',
  properties: {
    messageId: { type: 'uuid', primary: true },
    topic: { type: 'text' },
    producer: { type: 'text' },
    receivedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
