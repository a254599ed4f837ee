import type { EntityManager } from '@mikro-orm/postgresql';
import { startGateway, type RunningGateway } from '@alliance/gateway';
import { runSubgraph, type Logger, type RunningSubgraphWithDatabase } from '@alliance/subgraph-kit';
import { demoFacts } from './demo-facts.ts';
import { playDemoShipments } from './demo-shipments.ts';
import { supergraphFile } from './paths.ts';
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
  onProgress?: (message: string) => void;
}

export interface RunningStack {
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraphWithDatabase>;
  /** The members subgraph's entity manager, for looking up demo identities. */
  membersEm(): EntityManager;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const progress = options.onProgress ?? (() => {});
  const subgraphs = new Map<string, RunningSubgraphWithDatabase>();
  const seeded = new Set<string>();
  const closeAll = async () => {
    for (const s of [...subgraphs.values()].reverse()) await s.close();
  };
  try {
    for (const module of subgraphModules.filter((m) => !options.only || options.only.includes(m.name))) {
      progress(`starting the ${module.name} subgraph (migrations first)`);
      const running = await runSubgraph(module, {
        databaseUrl: options.databaseUrl,
        gatewaySecret: options.gatewaySecret,
        log: options.log,
        port: options.ephemeralPorts ? 0 : Number(process.env[`${module.name.toUpperCase()}_PORT`] ?? module.defaultPort),
        migrate: options.migrate ?? true,
      });
      subgraphs.set(module.name, running);
      if (options.seedDemo && module.seedDemo) {
        const em = running.db.orm.em.fork() as EntityManager;
        const facts = subgraphs.has('members') ? await demoFacts(subgraphs.get('members')!.db.orm.em.fork() as EntityManager) : { members: [], lots: [] };
        if (await module.seedDemo(em, options.log, facts, running.settings)) {
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
      log: options.log.child({ service: 'gateway' }),
    });
    if (seeded.has('coldchain') && subgraphs.has('members')) {
      // Demo shipments go through the API, as partners would make them; a failure costs only the demo.
      await playDemoShipments(gateway.url, subgraphs.get('members')!.db.orm.em.fork() as EntityManager, options.jwtSecret, progress).catch((error: unknown) =>
        options.log.warn({ err: error }, 'demo shipments not played'),
      );
    }
    return {
      gateway,
      subgraphs,
      membersEm: () => subgraphs.get('members')!.db.orm.em.fork() as EntityManager,
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
