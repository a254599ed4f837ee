import type { EntityManager } from '@mikro-orm/postgresql';
import { migrateToLatest, type SubgraphDatabase } from '@alliance/db';
import { startGateway, type RunningGateway } from '@alliance/gateway';
import { prepareMessaging, registerSubscriptions } from '@alliance/messaging';
import { openModuleDatabase, runSubgraph, startTracingFromEnv, type DemoFacts, type Logger, type SubgraphModule } from '@alliance/subgraph-kit';
import { playDemoBranding } from './demo-branding.ts';
import { playDemoInsurance } from './demo-insurance.ts';
import { playDemoShipments } from './demo-shipments.ts';
import { supergraphFile } from './paths.ts';
import { subgraphProcess, type SubgraphProcess } from './subgraph-process.ts';
import { subgraphModules } from './subgraphs.ts';

export interface StackOptions {
  databaseUrl: string;
  jwtSecret: string;
  gatewaySecret: string;
  log: Logger;
  /** Gateway port; 0 picks a free one. Subgraphs use their default ports unless `ephemeralPorts`. */
  gatewayPort?: number;
  ephemeralPorts?: boolean;
  /** Load the demo data into an empty database. */
  seedDemo?: boolean;
  migrate?: boolean;
  /** Only these subgraphs (tests); all by default. */
  only?: string[];
  /**
   * Each subgraph in its own process (as docker compose runs them), the gateway in this one; by
   * default every subgraph runs in this process.
   */
  processes?: boolean;
  /** Bound on each subgraph fetch (the gateway's default: 10 s, or SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs?: number;
  onProgress?: (message: string) => void;
}

export interface StackSubgraph {
  name: string;
  url: string;
  /** Its database. With `processes`, the stack's own connection (seeding, tests); the process has its own. */
  db: SubgraphDatabase;
  /** With `processes`: the subgraph's process, to stop and start again on the same port. */
  process?: SubgraphProcess;
  /** The subgraph's settings, as parsed at start (for its demo seeder). */
  settings: unknown;
  close(): Promise<void>;
}

export interface RunningStack {
  gateway: RunningGateway;
  subgraphs: Map<string, StackSubgraph>;
  /** The members subgraph's entity manager, for looking up demo identities. */
  membersEm(): EntityManager;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const progress = options.onProgress ?? (() => {});
  // One process for every service: its traces (if OTEL_EXPORTER_OTLP_ENDPOINT is set) carry one service.name.
  await startTracingFromEnv('alliance-stack');
  const subgraphs = new Map<string, StackSubgraph>();
  const seeded = new Set<string>();
  const closeAll = async () => {
    for (const s of [...subgraphs.values()].reverse()) await s.close();
  };
  const emOf = (name: string) => subgraphs.get(name)!.db.orm.em.fork() as EntityManager;
  const modules = subgraphModules.filter((m) => !options.only || options.only.includes(m.name));
  try {
    // Every subgraph of the stack receives its topics from the first message on, whichever starts
    // first (members announces at start what the others keep).
    if (options.migrate ?? true) await prepareMessaging(options.databaseUrl, options.log);
    for (const module of modules) await registerSubscriptions(options.databaseUrl, module.name, Object.keys(module.messageHandlers ?? {}));
    for (const module of modules) {
      progress(`starting the ${module.name} subgraph (migrations first)`);
      const port = options.ephemeralPorts ? 0 : Number(process.env[`${module.name.toUpperCase()}_PORT`] ?? module.defaultPort);
      const running = options.processes ? await startInItsOwnProcess(module, port, options) : await startHere(module, port, options);
      subgraphs.set(module.name, running);
      if (options.seedDemo && module.seedDemo) {
        // The subgraphs already running hand out the facts others' demo data refers to; nobody reads their tables.
        const facts: DemoFacts = { members: [], lots: [] };
        for (const [name, started] of subgraphs) {
          const theirs = await subgraphModules.find((m) => m.name === name && started !== running)?.demoFacts?.(emOf(name));
          Object.assign(facts, theirs);
        }
        if (await module.seedDemo(emOf(module.name), options.log, facts, running.settings)) {
          seeded.add(module.name);
          progress(`loaded the ${module.name} demo data`);
        }
      }
    }
    progress('starting the gateway');
    const gateway = await startGateway({
      supergraphFile,
      subgraphUrls: Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])),
      auth: { secret: options.jwtSecret },
      gatewaySecret: options.gatewaySecret,
      port: options.gatewayPort ?? 4000,
      subgraphTimeoutMs: options.subgraphTimeoutMs ?? (process.env.SUBGRAPH_TIMEOUT_MS ? Number(process.env.SUBGRAPH_TIMEOUT_MS) : undefined),
      log: options.log.child({ service: 'gateway' }),
    });
    if (seeded.has('coldchain') && subgraphs.has('members')) {
      // Demo shipments go through the API, as partners would make them; a failure costs only the demo.
      await playDemoShipments(gateway.url, emOf('members'), options.jwtSecret, progress).catch((error: unknown) =>
        options.log.warn({ err: error }, 'demo shipments not played'),
      );
    }
    if (seeded.has('branding') && subgraphs.has('members')) {
      // The brand offices' day goes through the API too: licences, labels, a paid month, shoppers' scans.
      await playDemoBranding(gateway.url, emOf('members'), emOf('branding'), options.jwtSecret, progress).catch((error: unknown) =>
        options.log.warn({ err: error }, 'demo branding day not played'),
      );
    }
    if (seeded.has('insurance') && subgraphs.has('members')) {
      // The insurer's day through the API as well: quotes priced both ways, bound contracts, exposure.
      await playDemoInsurance(gateway.url, emOf('members'), options.jwtSecret, progress).catch((error: unknown) =>
        options.log.warn({ err: error }, 'demo insurance day not played'),
      );
    }
    return {
      gateway,
      subgraphs,
      membersEm: () => emOf('members'),
      close: async () => {
        await gateway.close();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function startHere(module: SubgraphModule<any>, port: number, options: StackOptions): Promise<StackSubgraph> {
  return runSubgraph(module, {
    databaseUrl: options.databaseUrl,
    gatewaySecret: options.gatewaySecret,
    log: options.log,
    port,
    migrate: options.migrate ?? true,
  });
}

/**
 * The stack migrates and seeds through its own connection, then starts the process, which applies
 * messages, runs background work and serves requests. The process migrates too (a no-op by then).
 */
async function startInItsOwnProcess(module: SubgraphModule<any>, port: number, options: StackOptions): Promise<StackSubgraph> {
  const db = await openModuleDatabase(module, options.databaseUrl, 2);
  try {
    if (options.migrate ?? true) {
      await migrateToLatest(db.orm);
      await prepareMessaging(options.databaseUrl, options.log);
    }
    const child = await subgraphProcess({
      name: module.name,
      port,
      env: { DATABASE_URL: options.databaseUrl, GATEWAY_SECRET: options.gatewaySecret, SEED_DEMO: 'false' },
    });
    return {
      name: module.name,
      url: child.url,
      db,
      process: child,
      settings: module.settings?.(process.env),
      close: async () => {
        await child.stop();
        await db.orm.close();
      },
    };
  } catch (error) {
    await db.orm.close();
    throw error;
  }
}
