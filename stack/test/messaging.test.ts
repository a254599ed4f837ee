import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { coldchainSubgraph } from '@alliance/coldchain';
import { allianceCodeOf } from '@alliance/member-directory';
import { applyOnce, publish, queueName, registerSubscriptions, startConsumer, subscriberName, taskName, type Envelope, type RunningConsumer } from '@alliance/messaging';
import { createLogger, openModuleDatabase } from '@alliance/subgraph-kit';
import { eventually } from '@alliance/stack/testing';

/**
 * The messaging guarantees, against the real queue: a message commits with the change that
 * publishes it or not at all, reaches its subscriber, and is applied once however often it arrives.
 */
let db: Awaited<ReturnType<typeof openModuleDatabase>>;
let consumer: RunningConsumer;
const url = inject('databaseUrl');
beforeAll(async () => {
  db = await openModuleDatabase(coldchainSubgraph, url, 4);
  consumer = await startConsumer({ connectionString: url, orm: db.orm, subgraph: 'coldchain', handlers: coldchainSubgraph.messageHandlers!, log: createLogger('test') });
  await registerSubscriptions(url, 'branding', ['members.changed']);
});
afterAll(async () => {
  await consumer?.stop();
  await db?.orm.close();
});

const em = () => db.orm.em.fork() as EntityManager;
const entries = (memberId: string, status: string) => ({ members: [{ memberId, status, allianceIds: [], announcedAt: new Date().toISOString() }] });
const standing = async (memberId: string) =>
  (await em().execute<{ status: string }[]>(`select status from coldchain.member_directory where member_id = ?`, [memberId]))[0]?.status ?? null;
const queued = async (memberId: string, subgraph = 'coldchain') =>
  (await em().execute<{ n: number }[]>(`select count(*)::int as n from graphile_worker.jobs where queue_name = ?`, [queueName(subgraph, memberId)]))[0]!.n;

describe('publishing', () => {
  it('refuses to publish outside a transaction', async () => {
    await expect(publish(em(), 'members', 'members.changed', 'k', entries(randomUUID(), 'SUSPENDED'))).rejects.toThrow(/inside the transaction/);
  });

  it('publishes nothing when the transaction rolls back', async () => {
    const memberId = randomUUID();
    await expect(
      em().transactional(async (tx) => {
        await publish(tx, 'members', 'members.changed', memberId, entries(memberId, 'SUSPENDED'));
        // Queued for the subscriber, under the message's key, inside the transaction…
        const [inside] = await tx.execute<{ n: number }[]>(`select count(*)::int as n from graphile_worker.jobs where queue_name = ? and task_identifier = ?`, [
          queueName('coldchain', memberId),
          taskName('coldchain', 'members.changed'),
        ]);
        expect(inside!.n).toBe(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // …and gone with it.
    expect(await queued(memberId)).toBe(0);
  });

  it('queues a catch-up announcement behind live changes, flagged for the general lane only, replacing a pending one of its key', async () => {
    const live = randomUUID();
    const catchUp = randomUUID();
    await expect(
      em().transactional(async (tx) => {
        await publish(tx, 'members', 'members.changed', catchUp, entries(catchUp, 'ACTIVE'), { catchUp: true });
        await publish(tx, 'members', 'members.changed', catchUp, entries(catchUp, 'SUSPENDED'), { catchUp: true });
        await publish(tx, 'members', 'members.changed', live, entries(live, 'SUSPENDED'));
        const rows = await tx.execute<{ queue_name: string; priority: number; flags: Record<string, true> | null; key: string | null }[]>(
          `select queue_name, priority, flags, key
             from graphile_worker.jobs where queue_name in (?, ?) and task_identifier = ? order by priority, id`,
          [queueName('coldchain', catchUp), queueName('coldchain', live), taskName('coldchain', 'members.changed')],
        );
        expect(rows).toEqual([
          { queue_name: queueName('coldchain', live), priority: 0, flags: null, key: null },
          // One job: the second catch-up replaced the first.
          { queue_name: queueName('coldchain', catchUp), priority: 10, flags: { 'catch-up': true }, key: `${taskName('coldchain', 'members.changed')}:${catchUp}` },
        ]);
        throw new Error('only looking');
      }),
    ).rejects.toThrow('only looking');
  });

  it('answers only the subscriber named by `to`', async () => {
    const memberId = randomUUID();
    await expect(
      em().transactional(async (tx) => {
        await publish(tx, 'members', 'members.changed', memberId, entries(memberId, 'ACTIVE'), { catchUp: true, to: 'branding' });
        const rows = await tx.execute<{ task_identifier: string }[]>(`select task_identifier from graphile_worker.jobs where queue_name like ? order by 1`, [`%:${memberId}`]);
        expect(rows.map((r) => r.task_identifier)).toEqual([taskName('branding', 'members.changed')]);
        throw new Error('only looking');
      }),
    ).rejects.toThrow('only looking');
  });

  it('queues only for the subscribers of its own namespace, so stacks sharing a database keep their messages apart', async () => {
    const memberId = randomUUID();
    const ours = process.env.MESSAGING_NAMESPACE!;
    expect(ours).toMatch(/^t[0-9a-f]{10}$/);
    const other = `other_${randomUUID().slice(0, 8)}`;
    try {
      process.env.MESSAGING_NAMESPACE = other;
      await registerSubscriptions(url, 'coldchain', ['members.changed']);
      expect(subscriberName('coldchain')).toBe(`${other}/coldchain`);
      process.env.MESSAGING_NAMESPACE = ours;
      await expect(
        em().transactional(async (tx) => {
          await publish(tx, 'members', 'members.changed', memberId, entries(memberId, 'ACTIVE'));
          const rows = await tx.execute<{ task_identifier: string }[]>(`select task_identifier from graphile_worker.jobs where queue_name like ? order by 1`, [`%:${memberId}`]);
          // Ours (coldchain and branding subscribe here), not the other namespace's cold chain.
          expect(rows.map((r) => r.task_identifier)).toEqual([`${ours}/branding:members.changed`, `${ours}/coldchain:members.changed`]);
          throw new Error('only looking');
        }),
      ).rejects.toThrow('only looking');
    } finally {
      process.env.MESSAGING_NAMESPACE = ours;
      await em().execute(`delete from messaging.subscription where namespace = ?`, [other]);
    }
  });

  it('applies a live change while every general worker is busy with a catch-up', async () => {
    const subgraph = `lanes_${randomUUID().slice(0, 8)}`;
    const busy = randomUUID();
    const live = randomUUID();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const applied: string[] = [];
    const lanes = await startConsumer({
      connectionString: url,
      orm: db.orm,
      subgraph,
      concurrency: 1,
      log: createLogger('test'),
      handlers: {
        'members.changed': async (_tx, payload) => {
          const memberId = payload.members[0]!.memberId;
          if (memberId === busy) await released;
          if (memberId === busy || memberId === live) applied.push(memberId); // other tests' members reach it too
        },
      },
    });
    try {
      await em().transactional((tx) => publish(tx, 'members', 'members.changed', busy, entries(busy, 'ACTIVE'), { catchUp: true, to: subgraph }));
      await eventually(async () => {
        const [job] = await em().execute<{ locked: boolean }[]>(`select locked_at is not null as locked from graphile_worker.jobs where queue_name = ?`, [queueName(subgraph, busy)]);
        expect(job?.locked).toBe(true);
      });
      await em().transactional((tx) => publish(tx, 'members', 'members.changed', live, entries(live, 'SUSPENDED'), { to: subgraph }));
      await eventually(async () => expect(applied).toEqual([live]));
    } finally {
      release();
      await eventually(async () => expect(applied).toContain(busy));
      await lanes.stop();
      await em().execute(`delete from messaging.subscription where subgraph = ?`, [subscriberName(subgraph)]);
      await em().execute(`select graphile_worker.permanently_fail_jobs(array(select id from graphile_worker.jobs where task_identifier like ?), 'test over')`, [`${subscriberName(subgraph)}:%`]);
    }
  });

  it('lets a handler slower than the stop grace finish and report its completion before the pool ends', async () => {
    const subgraph = `slow_${randomUUID().slice(0, 8)}`;
    const memberId = randomUUID();
    let started!: () => void;
    const began = new Promise<void>((resolve) => (started = resolve));
    let finishedAt = 0;
    let messageId = '';
    const rejections: unknown[] = [];
    const rejected = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', rejected);
    const slow = await startConsumer({
      connectionString: url,
      orm: db.orm,
      subgraph,
      concurrency: 1,
      log: createLogger('test'),
      handlers: {
        'members.changed': async (_tx, payload, envelope) => {
          if (payload.members[0]!.memberId !== memberId) return; // other tests' members reach it too
          messageId = envelope.id;
          started();
          await sleep(4500); // longer than the stop's 3 s grace: the worker is killed meanwhile
          finishedAt = Date.now();
        },
      },
    });
    try {
      await em().transactional((tx) => publish(tx, 'members', 'members.changed', memberId, entries(memberId, 'ACTIVE'), { to: subgraph }));
      await began;
      await slow.stop();
      expect(finishedAt).toBeGreaterThan(0);
      await sleep(300);
      expect(rejections).toEqual([]);
      // Its completion reached the queue: the job is gone, not left to be applied again.
      expect(await queued(memberId, subgraph)).toBe(0);
      const [inbox] = await em().execute<{ n: number }[]>(`select count(*)::int as n from coldchain.inbox where message_id = ?`, [messageId]);
      expect(inbox!.n).toBe(1);
    } finally {
      process.off('unhandledRejection', rejected);
      await em().execute(`delete from messaging.subscription where subgraph = ?`, [subscriberName(subgraph)]);
      await em().execute(`select graphile_worker.permanently_fail_jobs(array(select id from graphile_worker.jobs where task_identifier like ?), 'test over')`, [`${subscriberName(subgraph)}:%`]);
    }
  });

  it('logs each message it applies or fails by its job, never by its payload (growers\' names and phones, ~480 KB a catch-up page)', async () => {
    const subgraph = `logged_${randomUUID().slice(0, 8)}`;
    const phone = `+86139${Math.floor(Math.random() * 1e8).toString().padStart(8, '0')}`;
    const lots = Array.from({ length: 200 }, (_, i) => ({ lotId: randomUUID(), allianceId: randomUUID(), producerName: `Grower ${i}`, producerPhone: phone, announcedAt: new Date().toISOString() }));
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) });
    let attempts = 0;
    const logged = await startConsumer({
      connectionString: url,
      orm: db.orm,
      subgraph,
      concurrency: 1,
      log: pino({ level: 'info' }, sink),
      handlers: {
        'lots.registered': async (_tx, payload) => {
          if (payload.lots[0]?.producerPhone !== phone) return;
          // The first attempt fails (a "Failed task" line), the retry succeeds (a "Completed task" line).
          if (attempts++ === 0) throw new Error('the first attempt fails');
        },
      },
    });
    try {
      await em().transactional((tx) => publish(tx, 'members', 'lots.registered', `lots-from:${lots[0]!.lotId}`, { lots }, { to: subgraph }));
      const jobLines = () => lines.map((l) => JSON.parse(l) as { msg: string; job?: { id: string; task: string; attempts: number } ; err?: { message: string } }).filter((l) => l.job);
      // graphile-worker retries after about 2 s; make the retry due now.
      await eventually(async () => expect(jobLines().some((l) => l.msg.startsWith('Failed task'))).toBe(true));
      await em().execute(`update graphile_worker._private_jobs set run_at = now() where task_id = (select id from graphile_worker._private_tasks where identifier = ?)`, [taskName(subgraph, 'lots.registered')]);
      await eventually(async () => expect(jobLines().some((l) => l.msg.startsWith('Completed task'))).toBe(true));
      const failed = jobLines().find((l) => l.msg.startsWith('Failed task'))!;
      const completed = jobLines().find((l) => l.msg.startsWith('Completed task'))!;
      expect(failed.job).toMatchObject({ task: taskName(subgraph, 'lots.registered'), attempts: 1 });
      expect(failed.err?.message).toBe('the first attempt fails');
      expect(completed.job).toMatchObject({ id: failed.job!.id, attempts: 2 });
      expect(lines.some((l) => l.includes(phone) || l.includes('Grower 1'))).toBe(false);
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(4_000);
    } finally {
      await logged.stop();
      await em().execute(`delete from messaging.subscription where subgraph = ?`, [subscriberName(subgraph)]);
    }
  });

  it('delivers a committed message to its subscriber, which applies it', async () => {
    const memberId = randomUUID();
    await em().transactional((tx) => publish(tx, 'members', 'members.changed', memberId, entries(memberId, 'SUSPENDED')));
    await eventually(async () => expect(await standing(memberId)).toBe('SUSPENDED'));
    await eventually(async () => expect(await queued(memberId)).toBe(0)); // done jobs leave the queue
  });
});

describe('applying', () => {
  const envelope = (memberId: string, status: string): Envelope<'members.changed'> => ({
    id: randomUUID(),
    topic: 'members.changed',
    producer: 'members',
    publishedAt: new Date().toISOString(),
    payload: entries(memberId, status),
  });

  it('applies a message once, however often it is delivered', async () => {
    const memberId = randomUUID();
    const message = envelope(memberId, 'SUSPENDED');
    let calls = 0;
    const handler = async (tx: EntityManager, payload: { members: { memberId: string; status: string }[] }) => {
      calls++;
      const [member] = payload.members;
      await tx.execute(`insert into coldchain.member_directory (member_id, status, alliance_ids, announced_at) values (?, ?, '{}', now())`, [member!.memberId, member!.status]);
    };
    const results = await Promise.all([applyOnce(em(), message, handler), applyOnce(em(), message, handler), applyOnce(em(), message, handler)]);
    expect(results.filter(Boolean)).toEqual([true]);
    expect(await applyOnce(em(), message, handler)).toBe(false);
    expect(calls).toBe(1);
    expect(await standing(memberId)).toBe('SUSPENDED');
  });

  it('keeps each member\'s newest announcement, whatever order the announcements arrive in', async () => {
    const memberId = randomUUID();
    const announced = (status: string, announcedAt: string) => ({
      ...envelope(memberId, status),
      payload: { members: [{ memberId, status, allianceIds: [], announcedAt }] },
    });
    const handler = coldchainSubgraph.messageHandlers!['members.changed']! as never;
    await applyOnce(em(), announced('SUSPENDED', '2026-11-02T08:00:00Z'), handler);
    await applyOnce(em(), announced('ACTIVE', '2026-11-01T08:00:00Z'), handler); // the whole-directory announcement, overtaken
    expect(await standing(memberId)).toBe('SUSPENDED');
    await applyOnce(em(), announced('ACTIVE', '2026-11-03T08:00:00Z'), handler);
    expect(await standing(memberId)).toBe('ACTIVE');
  });

  it('keeps the newest name and credit code too, and nulls for an announcement made before they travelled', async () => {
    const memberId = randomUUID();
    const named = (name: string | undefined, creditCode: string | null | undefined, announcedAt: string) => ({
      ...envelope(memberId, 'ACTIVE'),
      payload: { members: [{ memberId, status: 'ACTIVE', allianceIds: [], announcedAt, ...(name === undefined ? {} : { name, creditCode }) }] },
    });
    const handler = coldchainSubgraph.messageHandlers!['members.changed']! as never;
    const names = async () =>
      (await em().execute<{ name: string | null; credit_code: string | null }[]>(`select name, credit_code from coldchain.member_directory where member_id = ?`, [memberId]))[0];
    await applyOnce(em(), named(undefined, undefined, '2026-11-01T08:00:00Z'), handler);
    expect(await names()).toEqual({ name: null, credit_code: null });
    await applyOnce(em(), named('Luxi Fresh Co.', '91532527MA6N4XKJ3B', '2026-11-03T08:00:00Z'), handler);
    await applyOnce(em(), named('Luxi Old Name Co.', '91532527MA6N000000', '2026-11-02T08:00:00Z'), handler); // overtaken
    expect(await names()).toEqual({ name: 'Luxi Fresh Co.', credit_code: '91532527MA6N4XKJ3B' });
  });

  it('keeps each membership\'s alliance code, and reads none from an announcement made before it travelled', async () => {
    const memberId = randomUUID();
    const allianceId = randomUUID();
    const announced = (allianceCode: string | undefined, announcedAt: string) => ({
      ...envelope(memberId, 'ACTIVE'),
      payload: {
        members: [{ memberId, status: 'ACTIVE', allianceIds: [allianceId], announcedAt, memberships: [{ allianceId, roles: ['BRAND_OFFICE'], status: 'ACTIVE', ...(allianceCode ? { allianceCode } : {}) }] }],
      },
    });
    const handler = coldchainSubgraph.messageHandlers!['members.changed']! as never;
    await applyOnce(em(), announced(undefined, '2026-11-01T08:00:00Z'), handler);
    expect(await allianceCodeOf(em(), allianceId)).toBeNull();
    await applyOnce(em(), announced('LUXI', '2026-11-02T08:00:00Z'), handler);
    expect(await allianceCodeOf(em(), allianceId)).toBe('LUXI');
    expect(await allianceCodeOf(em(), randomUUID())).toBeNull();
  });

  it('keeps no trace of a message whose handler failed, so the retry applies it', async () => {
    const memberId = randomUUID();
    const message = envelope(memberId, 'ACTIVE');
    await expect(
      applyOnce(em(), message, async (tx) => {
        await tx.execute(`insert into coldchain.member_directory (member_id, status, alliance_ids, announced_at) values (?, 'HALF', '{}', now())`, [memberId]);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await standing(memberId)).toBeNull();
    expect(await applyOnce(em(), message, coldchainSubgraph.messageHandlers!['members.changed']! as never)).toBe(true);
    expect(await standing(memberId)).toBe('ACTIVE');
  });
});
