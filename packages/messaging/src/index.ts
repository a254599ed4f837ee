import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Logger as WorkerLogger, run, runMigrations, type Runner, type Task } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { SUBSCRIBERS, type Envelope, type Messages, type Topic } from './contract.ts';

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

/** Creates or upgrades the queue's schema; safe to run concurrently and repeatedly. */
export async function prepareMessaging(connectionString: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(log) });
}

/**
 * Queues a message for every subscriber of its topic, inside the caller's transaction: call it
 * from `em.transactional`, with the transaction's entity manager.
 */
export async function publish<T extends Topic>(em: EntityManager, producer: string, topic: T, key: string, payload: Messages[T]): Promise<void> {
  if (!em.isInTransaction()) throw new Error(`Publish ${topic} inside the transaction that makes the change it announces.`);
  const envelope: Envelope<T> = { id: randomUUID(), topic, producer, publishedAt: new Date().toISOString(), payload };
  const subscribers = SUBSCRIBERS[topic];
  await em.execute(
    `select graphile_worker.add_job(s.task, ?::json, queue_name => s.queue, max_attempts => ?)
     from json_to_recordset(?::json) as s(task text, queue text)`,
    [JSON.stringify(envelope), MAX_ATTEMPTS, JSON.stringify(subscribers.map((s) => ({ task: taskOf(s, topic), queue: `${s}:${key}` })))],
  );
}

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
}

/** Receives the subgraph's topics until stopped; a stop lets the message in hand finish. */
export async function startConsumer(options: ConsumerOptions): Promise<RunningConsumer> {
  const { orm, subgraph, log } = options;
  const taskList: Record<string, Task> = {};
  for (const [topic, handler] of Object.entries(options.handlers) as [Topic, Handler<Topic>][]) {
    if (!SUBSCRIBERS[topic].includes(subgraph)) {
      throw new Error(`${subgraph} handles ${topic} but is not among its subscribers in the messaging contract.`);
    }
    taskList[taskOf(subgraph, topic)] = async (payload) => {
      const applied = await applyOnce(orm.em.fork() as EntityManager, payload as Envelope, handler);
      log.debug({ topic, messageId: (payload as Envelope).id, applied }, 'message received');
    };
  }
  const concurrency = options.concurrency ?? 2;
  // Our own pool, so that a connection the server drops (a restart, a shutdown) is logged, not an
  // unhandled 'error' event that would end the process.
  const pool = new pg.Pool({ connectionString: options.connectionString, max: concurrency + 1 });
  const dropped = (error: Error) => log.warn({ err: error }, 'a message queue connection was dropped; the worker reconnects');
  pool.on('error', dropped);
  pool.on('connect', (client) => client.on('error', dropped));
  let runner: Runner;
  try {
    runner = await run({ pgPool: pool, taskList, concurrency, pollInterval: 1000, noHandleSignals: true, logger: workerLogger(log) });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    // Orderly when the database is up; when it is already gone (Ctrl-C reaches an embedded server
    // too), the orderly stop waits forever on it, so after a few seconds the worker is let go.
    stop: async () => {
      const late = await Promise.race([runner.stop().then(() => false), new Promise<boolean>((resolve) => setTimeout(resolve, STOP_GRACE_MS, true).unref())]);
      if (late) await runner.kill(`did not stop within ${STOP_GRACE_MS} ms`);
      await pool.end().catch(() => {});
    },
  };
}

const STOP_GRACE_MS = 3000;

/**
 * Applies a message in one transaction with its inbox row: either both commit or neither, and a
 * message already in the inbox is skipped. Returns whether it was applied now.
 */
export async function applyOnce<T extends Topic>(em: EntityManager, envelope: Envelope<T>, handler: Handler<T>): Promise<boolean> {
  const schema = em.config.get('schema');
  return em.transactional(async (tx) => {
    const fresh = await tx.execute<{ message_id: string }[]>(
      `insert into "${schema}".inbox (message_id, topic, producer, received_at) values (?, ?, ?, now())
       on conflict (message_id) do nothing returning message_id`,
      [envelope.id, envelope.topic, envelope.producer],
    );
    if (!fresh.length) return false;
    await handler(tx, envelope.payload, envelope);
    return true;
  });
}

function taskOf(subgraph: string, topic: Topic): string {
  return `${subgraph}:${topic}`;
}

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const context = { ...scope, ...meta, component: 'messaging' };
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
