/**
 * `npm run bench:labels`: the branding benchmark (issue 9). On a fresh database it builds, through
 * the real API (the gateway), a brand office, a certified lot with enough kg and a licence with
 * enough quota, then measures, each next to its floor in the same run:
 *
 * - issuing a batch of 10,000 label codes (`issueLabels`) through the gateway, answered without and
 *   with the printer's CSV, against the same 10,000 rows written by one multi-row
 *   `INSERT … SELECT unnest` and by a raw `COPY` into a scratch table of label_code's shape;
 * - anonymous `verifyLabel` (the label page's own query, and the same without the cold chain's
 *   freshness) through the gateway with autocannon, each request a different code of a pool of real
 *   codes (round-robin), against, from as many concurrent database clients for as long: the
 *   statements verifyLabel's store sends, in its order and transaction; the same lookup as one SQL
 *   statement (code → batch, licence, certificate, lot facts, with the scan counted and recorded as
 *   verifyLabel does); and that lookup alone. Every check comes from this machine: one client to
 *   branding's per-client allowance, or with `--clients N` one of N addresses named in X-Forwarded-For.
 *
 *   npm run bench:labels -- [--batches 5] [--duration 10] [--connections 8] [--codes 10000] [--clients 1]
 *
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder (port 54402).
 * Clients and servers share this machine's cores: compare figures from one run, not across machines.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { signToken } from '@alliance/auth';
import { dropDatabase, ensureDatabase, scratchServer } from '@alliance/db';
import type { Viewer } from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startStack, type RunningStack } from '@alliance/stack';
import { certifiedLot, grantedLicence, seedBrandingAlliance } from '@alliance/stack/fixtures';
import { createLogger } from '@alliance/subgraph-kit';
import { load, type LoadResult } from './load.ts';
import { saveResults } from './results.ts';

process.env.LOG_LEVEL ??= 'silent';
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const { values } = parseArgs({
  options: {
    batches: { type: 'string', default: '5' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    codes: { type: 'string', default: '10000' },
    clients: { type: 'string', default: '1' },
  },
});
const count = (s: string, what: string) => {
  const n = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${what} wants a positive whole number; got "${s}".`);
  return n;
};
const batches = count(values.batches!, 'batches');
const duration = count(values.duration!, 'duration');
const connections = count(values.connections!, 'connections');
const poolSize = count(values.codes!, 'codes');
const clientCount = count(values.clients!, 'clients');
if (clientCount > 65_536) throw new Error(`--clients is at most 65,536 (addresses of 10.0.0.0/16); got ${clientCount}.`);
const LABELS = 10_000; // a batch: issueLabels' most
const PACK_KG = '0.1'; // a 100 g bunch of small scallions
if (poolSize > LABELS) throw new Error(`--codes is at most ${LABELS.toLocaleString('en-US')} (the codes of one batch); got ${poolSize}.`);

/**
 * Every check of the run comes from this one machine, one client to branding's per-client limit
 * (30 a minute by default): raised for the run, in the environment the branding subgraph reads at start.
 */
const VERIFY_LIMIT_ENV = 'BRANDING_VERIFY_LIMIT_PER_MINUTE';
const givenLimit = process.env[VERIFY_LIMIT_ENV];
process.env[VERIFY_LIMIT_ENV] ??= '1000000';
/**
 * With --clients N, each check names one of N shoppers' addresses (10.0.x.y, round-robin) in
 * X-Forwarded-For, which the gateway trusts from this machine (TRUST_PROXY=loopback), so the
 * checks count against N allowance rows rather than one.
 */
if (clientCount > 1) process.env.TRUST_PROXY ??= 'loopback';
const clientAddress = (k: number) => `10.0.${(k >> 8) & 255}.${k & 255}`;

const say = (m: string) => console.log(`  … ${m}`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const ISSUE = (fields: string) => `mutation BenchIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
  issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { ${fields} }
}`;
const ISSUE_PATHS = ['issueLabels → id, count (via gateway)', 'issueLabels → id, count, csv (via gateway)', 'INSERT … SELECT unnest (floor)', 'raw COPY (floor)'] as const;
type IssuePath = (typeof ISSUE_PATHS)[number];

/** The label page's own operation (web/verify/verify.js): the check and the lot's freshness from the cold chain. */
const VERIFY = `mutation VerifyLabel($code: String!, $where: ScanPlaceInput) {
  verifyLabel(code: $code, where: $where) {
    outcome scanCount firstVerifiedAt firstVerifiedIn
    product crop variety grade originTownship originCounty harvestDate
    certificateNumber certificateBasis licensee licenseeTrademark
    freshness { remainingShelfLifeDays latestTemperatureCelsius }
  }
}`;

/** The same check without the cold chain's freshness: branding alone behind the gateway. */
const VERIFY_BRANDING_ONLY = VERIFY.replace(/\n\s*freshness \{[^}]*\}/, '');

/** What findLabelCodeFacts (branding's store) reads of a code: serial → batch, licence, certificate, lot facts. */
const FACTS = `select c.serial, c.alliance_id, c.licence_id, c.lot_id, b.gtin, b.lot_number, l.status as licence_status, o.status as certificate_status,
         o.product_name, o.crop, o.variety, o.grade, o.township, o.county, to_char(f.harvest_date, 'YYYY-MM-DD') as harvest_date,
         o.number as certificate_number, o.basis as certificate_basis, l.licensee_name, l.licensee_credit_code, l.trademark_name`;
const JOINS = `join branding.label_batch b on b.id = c.batch_id
    join branding.licence l on l.id = c.licence_id
    join branding.origin_certificate o on o.id = c.certificate_id
    join branding.lot_fact f on f.lot_id = c.lot_id`;
const LOOKUP_ALONE = `${FACTS} from branding.label_code c ${JOINS} where c.serial = $1`;
/**
 * What verifyLabel does to a known code, as one statement: the scan counted on the code's row (the
 * same update as countScan), the code's facts joined, the outcome decided, and the scan recorded in
 * label_scan. verifyLabel's other statements (the client's allowance, the code's recent scans for
 * suspicion) are not in it: this is the floor of the lookup itself.
 */
const LOOKUP_COUNTED = `with counted as (
    update branding.label_code
       set scan_count = scan_count + 1, first_scanned_at = coalesce(first_scanned_at, now()),
           first_place = case when scan_count = 0 then $3::text else first_place end
     where serial = $1
 returning serial, batch_id, licence_id, certificate_id, lot_id, alliance_id, scan_count, first_scanned_at, first_place
  ), facts as (
    ${FACTS}, c.scan_count, c.first_scanned_at, c.first_place,
         case when l.status = 'REVOKED' or o.status = 'REVOKED' then 'REVOKED' when c.scan_count = 1 then 'GENUINE' else 'ALREADY_VERIFIED' end as outcome
    from counted c ${JOINS}
  ), scan as (
    insert into branding.label_scan (alliance_id, licence_id, serial, code_as_scanned, scanned_at, place, latitude, longitude, client_hash, outcome)
    select alliance_id, licence_id, serial, $2, now(), $3, null, null, $4, outcome from facts
  )
  select * from facts`;
/** The statements of branding's store (store/scans.ts) that verifyLabel sends for a known code, in its order. */
const TAKE_ALLOWANCE = `insert into branding.verification_allowance as a (client_hash, window_start, count) values ($1, $2, 1)
  on conflict (client_hash, window_start) do update set count = a.count + 1 returning count`;
const COUNT_SCAN = `update branding.label_code set scan_count = scan_count + 1, first_scanned_at = coalesce(first_scanned_at, $2),
  first_place = case when scan_count = 0 then $3::text else first_place end where serial = $1 returning scan_count, first_scanned_at, first_place`;
const INSERT_SCAN = `insert into branding.label_scan (alliance_id, licence_id, serial, code_as_scanned, scanned_at, place, latitude, longitude, client_hash, outcome)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
const RECENT_SCANS = `select serial, scanned_at, place, latitude, longitude from branding.label_scan where serial = $1 order by scanned_at desc limit 200`;
const VERIFY_PATHS = [
  'verifyLabel, anonymous, via gateway',
  'verifyLabel without freshness (branding alone), via gateway',
  "verifyLabel's own 7 statements, from database clients",
  'one SQL statement: lookup + count + record (floor)', 'one SQL statement: lookup alone (floor)',
] as const;
type VerifyPath = (typeof VERIFY_PATHS)[number];

/** 16 characters of Crockford base 32 (80 random bits), as label_code_serial_format wants. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function randomSerials(n: number): string[] {
  const bytes = randomBytes(10 * n);
  return Array.from({ length: n }, (_, i) => {
    let bits = 0n;
    for (let j = 0; j < 10; j++) bits = (bits << 8n) | BigInt(bytes[i * 10 + j]!);
    let s = '';
    for (let k = 0; k < 16; k++) {
      s = CROCKFORD[Number(bits & 31n)]! + s;
      bits >>= 5n;
    }
    return s;
  });
}

/** The column of one field in a CSV line without quotes (the printer file's serial, link and GTIN never need quoting). */
function csvColumn(csv: string, name: string): string[] {
  const lines = csv.split('\r\n').filter((l) => l.length > 0);
  const at = lines[0]!.split(',').indexOf(name);
  if (at < 0) throw new Error(`the batch's CSV has no ${name} column; its header is ${lines[0]}`);
  return lines.slice(1).map((l) => l.split(',')[at]!);
}

async function main() {
  const server = await scratchServer({ purpose: 'bench-labels', port: 54402, onProgress: say }).catch((error: unknown) => {
    throw new Error(
      `No database server for the bench (${(error as Error).message}). Is another bench:labels holding port 54402? Or set DATABASE_URL to a PostgreSQL the bench may create a database on.`,
      { cause: error },
    );
  });
  let report: Awaited<ReturnType<typeof bench>>;
  try {
    report = await bench(server.url);
  } finally {
    await server.stop();
  }
  printReport(report);
  await saveResults('labels', report);
}

async function bench(serverUrl: string) {
  const database = `bench_labels_${process.pid}`;
  await dropDatabase(serverUrl, database);
  const url = await ensureDatabase(serverUrl, database);
  const jwtSecret = 'bench-jwt-secret';
  const gatewaySecret = 'bench-gateway-secret';
  say(
    givenLimit
      ? `${VERIFY_LIMIT_ENV}=${givenLimit} as given in the environment: every check of this run comes from one client, so a low limit refuses most of them`
      : `raised ${VERIFY_LIMIT_ENV} to ${fmt(Number(process.env[VERIFY_LIMIT_ENV]))} for this run (default 30): every check comes from this machine, one client to the limit`,
  );
  if (clientCount > 1) say(`checks name ${fmt(clientCount)} client addresses in X-Forwarded-For (TRUST_PROXY=${process.env.TRUST_PROXY}): ${fmt(clientCount)} allowance rows, not one`);
  const stack = await startStack({ databaseUrl: url, jwtSecret, gatewaySecret, log: createLogger('bench'), gatewayPort: 0, ephemeralPorts: true, onProgress: say });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [tables] } = await client.query<{ code: string | null; scan: string | null }>(`select to_regclass('branding.label_code')::text as code, to_regclass('branding.label_scan')::text as scan`);
    if (!tables!.code || !tables!.scan) {
      throw new Error('branding has no label_code or label_scan table: this checkout lacks the labels and verification slices of issue 9 (Migration20261203100000, Migration20261203110000); update it, or run the bench on a checkout that has them.');
    }
    const graphql = async (query: string, variables: Record<string, unknown>, token: string | null) => {
      const res = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
    };
    const stackLike = {
      em: (name: string) => stack.subgraphs.get(name)!.db.orm.em.fork() as EntityManager,
      token: (viewer: Viewer) => signToken(viewer, jwtSecret),
      query: (query: string, variables?: Record<string, unknown>, token?: string | null) => graphql(query, variables ?? {}, token ?? null),
    };

    // ---- Setup, through the API: the alliance's cast, a certified lot, a licence --------------
    const setupStarted = performance.now();
    say('seeding an alliance with its brand office, cooperative and grower (members), waiting for branding to hear of them');
    const cast = await seedBrandingAlliance(stackLike.em('members'), stackLike.em('branding'));
    const issues = batches * 2 + 1; // each measured run issues one batch of each selection, plus a warm-up
    const kg = String(issues * LABELS * Number(PACK_KG));
    say(`a ${fmt(Number(kg))} kg lot of the grower, its residue test and origin certificate (recordResidueTest, issueOriginCertificate)`);
    const lot = await certifiedLot(stackLike, cast, { quantityKg: kg });
    say(`certificate ${lot.certificateNumber} for ${lot.certifiedKg} kg; granting a licence for ${fmt(Number(kg))} kg (grantLicence)`);
    const licence = await grantedLicence(stackLike, cast, { quotaKg: kg, feePerKg: '0.2' });
    say(`licence ${licence.number} (GTIN ${licence.gtin}); setup took ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);
    const brandToken = await stackLike.token(cast.brand.viewer);
    const branding = stack.subgraphs.get('branding')!;

    // ---- Issuing 10,000 labels -------------------------------------------------------------
    const issue = async (fields: string) => {
      const started = performance.now();
      const answer = await graphql(ISSUE(fields), { licenceId: licence.id, lotId: lot.lot.id, count: LABELS, packKg: PACK_KG }, brandToken);
      const ms = performance.now() - started;
      const batch = answer.data?.issueLabels;
      if (answer.errors?.length || batch?.count !== LABELS) {
        const why = answer.errors?.[0]?.extensions?.code;
        const hint = why === 'CONFLICT' ? ' The bench sizes the lot and licence for --batches; a CONFLICT here means the quota or certified kg ran out: report it as a bug of issueLabels.' : '';
        throw new Error(`issueLabels did not issue ${LABELS} codes (HTTP ${answer.status}): ${JSON.stringify(answer.errors ?? answer.data).slice(0, 500)}.${hint}`);
      }
      if (fields.includes('csv') && csvColumn(batch.csv, 'serial').length !== LABELS) throw new Error(`the batch's CSV does not list ${LABELS} codes`);
      return { ms, batch: batch as { id: string; count: number; csv?: string } };
    };
    say(`warm-up: one batch of ${fmt(LABELS)} with its CSV; its codes are the pool the checks scan`);
    const statementsBefore = branding.db.statements.total;
    const warm = await issue('id count totalKg csv');
    const issueStatements = branding.db.statements.total - statementsBefore;
    const links = csvColumn(warm.batch.csv!, 'digital_link').slice(0, poolSize);
    say(`  ${warm.ms.toFixed(0)} ms, ${issueStatements} SQL statements in branding; pool: ${fmt(links.length)} Digital Link URIs, e.g. ${links[0]}`);
    const { rows: [ids] } = await client.query<{ batch_id: string; licence_id: string; certificate_id: string; lot_id: string; alliance_id: string }>(
      'select batch_id, licence_id, certificate_id, lot_id, alliance_id from branding.label_code where batch_id = $1 limit 1',
      [warm.batch.id],
    );
    // The floor writes the same rows (new serials, the batch's ids) into a table of label_code's
    // shape: its primary key, batch index, checks and defaults, without the foreign keys.
    await client.query('create table branding.bench_label_code (like branding.label_code including all)');
    const idValues = [ids!.batch_id, ids!.licence_id, ids!.certificate_id, ids!.lot_id, ids!.alliance_id];
    const unnestInsert = async () => {
      const serials = randomSerials(LABELS);
      const started = performance.now();
      const result = await client.query(
        `insert into branding.bench_label_code (serial, batch_id, licence_id, certificate_id, lot_id, alliance_id)
         select s, $2, $3, $4, $5, $6 from unnest($1::text[]) as s`,
        [serials, ...idValues],
      );
      const ms = performance.now() - started;
      if (result.rowCount !== LABELS) throw new Error(`the INSERT wrote ${result.rowCount} of ${LABELS} rows`);
      return ms;
    };
    const copy = async () => {
      const tail = `\t${idValues.join('\t')}\n`;
      const text = randomSerials(LABELS).map((s) => s + tail).join('');
      const started = performance.now();
      const stream = client.query(copyFrom('COPY branding.bench_label_code (serial, batch_id, licence_id, certificate_id, lot_id, alliance_id) FROM STDIN'));
      await pipeline(Readable.from([text]), stream);
      const ms = performance.now() - started;
      if (stream.rowCount !== LABELS) throw new Error(`COPY wrote ${stream.rowCount} of ${LABELS} rows`);
      return ms;
    };
    const issuePaths: Record<IssuePath, () => Promise<number>> = {
      'issueLabels → id, count (via gateway)': async () => (await issue('id count totalKg')).ms,
      'issueLabels → id, count, csv (via gateway)': async () => (await issue('id count totalKg csv')).ms,
      'INSERT … SELECT unnest (floor)': unnestInsert,
      'raw COPY (floor)': copy,
    };
    await unnestInsert(); // warm-up of the floors
    await copy();
    console.log(`\n== issuing batches of ${fmt(LABELS)} labels, ${batches} runs per path`);
    const issued = Object.fromEntries(ISSUE_PATHS.map((p) => [p, [] as number[]])) as Record<IssuePath, number[]>;
    for (let r = 1; r <= batches; r++) {
      const line: string[] = [];
      for (const name of ISSUE_PATHS) {
        const ms = await issuePaths[name]();
        issued[name].push(ms);
        line.push(`${name} ${ms.toFixed(0)} ms`);
      }
      say(`run ${r}/${batches}: ${line.join(', ')}`);
    }
    const { rows: [written] } = await client.query<{ codes: number; floor: number; used: string }>(
      `select (select count(*)::int from branding.label_code where licence_id = $1) as codes,
              (select count(*)::int from branding.bench_label_code) as floor,
              (select used_kg::text from branding.licence where id = $1) as used`,
      [licence.id],
    );
    if (written!.codes !== issues * LABELS) throw new Error(`label_code holds ${written!.codes} codes of the licence; expected ${issues * LABELS}: issueLabels answered a batch it did not write in full (a bug to report)`);
    say(`label_code holds ${fmt(written!.codes)} codes of the licence (used ${written!.used} kg), the scratch table ${fmt(written!.floor)}: as expected`);

    // ---- Anonymous verification ------------------------------------------------------------
    let next = 0;
    const nextCode = () => links[next++ % links.length]!;
    // Called before the body, so a check's address and code advance together.
    const shopper = (): Record<string, string> => (clientCount > 1 ? { 'x-forwarded-for': clientAddress(next % clientCount) } : {});
    const outcomes: Record<string, number> = {};
    let verifyStatements: Record<string, number> = {};
    const tally = (body: string) => {
      const outcome = /"outcome":"([A-Z_]+)"/.exec(body)?.[1] ?? (body.includes('RATE_LIMITED') ? 'RATE_LIMITED' : 'error');
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      return outcome === 'error' || outcome === 'RATE_LIMITED' || body.includes('"errors"');
    };
    {
      const tallies = () => Object.fromEntries([...stack.subgraphs].map(([name, sg]) => [name, sg.db.statements.total]));
      const before = tallies();
      const first = await graphql(VERIFY, { code: nextCode(), where: null }, null);
      const after = tallies();
      verifyStatements = Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!]).filter(([, n]) => n !== 0));
      if (first.errors?.length) {
        const code = first.errors[0]!.extensions?.code;
        throw new Error(
          code === 'RATE_LIMITED'
            ? `verifyLabel answered RATE_LIMITED on the first check: branding did not take ${VERIFY_LIMIT_ENV}=${process.env[VERIFY_LIMIT_ENV]}; is the setting named so in subgraphs/branding/src/settings.ts?`
            : `verifyLabel failed (HTTP ${first.status}): ${JSON.stringify(first.errors).slice(0, 500)}`,
        );
      }
      if (first.data.verifyLabel.outcome !== 'GENUINE') throw new Error(`a fresh code verified as ${first.data.verifyLabel.outcome}, not GENUINE: verifyLabel does not recognize the Digital Links issueLabels printed (a bug to report; check BRANDING_RESOLVER_URL if set)`);
      const statements = Object.entries(verifyStatements).map(([name, n]) => `${n} in ${name}`).join(', ');
      say(`one check: GENUINE; SQL statements: ${statements} (the first check of a minute also deletes closed allowance windows); anonymous (no token), one client (this machine)`);
    }
    say(`warm-up: 2 s of checks, ${connections} connections`);
    await load({ url: stack.gateway.url, headers: {}, requestHeaders: shopper, body: () => JSON.stringify({ query: VERIFY, variables: { code: nextCode(), where: null } }), connections, durationSeconds: 2, isError: tally });
    for (const k of Object.keys(outcomes)) delete outcomes[k];
    const checkedBefore = next;

    const verified: Record<VerifyPath, LoadResult> = {} as Record<VerifyPath, LoadResult>;
    say(`${VERIFY_PATHS[0]}: ${duration} s, ${connections} connections, round-robin over ${fmt(links.length)} codes (continuing from check ${fmt(next)})`);
    verified[VERIFY_PATHS[0]] = await load({
      url: stack.gateway.url,
      headers: {},
      body: () => JSON.stringify({ query: VERIFY, variables: { code: nextCode(), where: null } }),
      requestHeaders: shopper,
      connections,
      durationSeconds: duration,
      isError: tally,
    });
    const gatewayOutcomes = { ...outcomes };
    const passes = (next - checkedBefore) / links.length;
    say(`outcomes: ${Object.entries(gatewayOutcomes).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')} (${passes.toFixed(2)} passes over the pool)`);
    say(`${VERIFY_PATHS[1]}: ${duration} s, ${connections} connections, continuing the round-robin`);
    verified[VERIFY_PATHS[1]] = await load({
      url: stack.gateway.url,
      headers: {},
      body: () => JSON.stringify({ query: VERIFY_BRANDING_ONLY, variables: { code: nextCode(), where: null } }),
      requestHeaders: shopper,
      connections,
      durationSeconds: duration,
      isError: tally,
    });

    const { rows: [hashes] } = await client.query<{ n: number }>('select count(distinct client_hash)::int as n from branding.label_scan');
    if (clientCount > 1 && hashes!.n <= 1) {
      throw new Error(`the gateway's checks counted against one client, not ${clientCount}: it did not take X-Forwarded-For (is TRUST_PROXY=${process.env.TRUST_PROXY} read by the gateway?)`);
    }
    say(`the gateway's checks counted against ${fmt(hashes!.n)} client${hashes!.n === 1 ? '' : 's'} (distinct hashes in label_scan)`);
    const serials = links.map((l) => l.slice(l.lastIndexOf('/') + 1));
    const floor = async (name: VerifyPath, check: (c: pg.Client, serial: string, link: string, k: number) => Promise<boolean>) => {
      say(`${name}: ${duration} s, ${connections} database clients`);
      const clients = await Promise.all(Array.from({ length: connections }, async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return c;
      }));
      try {
        let i = 0;
        const times: number[] = [];
        let errors = 0;
        const run = async (c: pg.Client, until: number) => {
          while (performance.now() < until) {
            const k = i++ % serials.length;
            const started = performance.now();
            const ok = await check(c, serials[k]!, links[k]!, k);
            times.push(performance.now() - started);
            if (!ok) errors++;
          }
        };
        // Warm-up (plans, caches), then the measured run.
        await Promise.all(clients.map((c) => run(c, performance.now() + 1000)));
        times.length = 0;
        errors = 0;
        const until = performance.now() + duration * 1000;
        await Promise.all(clients.map((c) => run(c, until)));
        times.sort((a, b) => a - b);
        const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
        verified[name] = { requests: times.length, errors, throughput: times.length / duration, p50: at(50), p95: at(95), p99: at(99) };
      } finally {
        await Promise.all(clients.map((c) => c.end()));
      }
    };
    const clientHash = (k: number) => `bench-floor-client-${k % clientCount}`;
    // verifyLabel's statements as its store sends them (unprepared, like the ORM), from one client's allowance.
    await floor(VERIFY_PATHS[2], async (c, serial, link, k) => {
      const window = new Date(Math.floor(Date.now() / 60_000) * 60_000);
      await c.query(TAKE_ALLOWANCE, [clientHash(k), window]);
      const facts = await c.query(LOOKUP_ALONE, [serial]);
      if (facts.rowCount !== 1) return false;
      await c.query('begin');
      try {
        const counted = await c.query(COUNT_SCAN, [serial, new Date(), null]);
        const outcome = counted.rows[0].scan_count === 1 ? 'GENUINE' : 'ALREADY_VERIFIED';
        const f = facts.rows[0];
        await c.query(INSERT_SCAN, [f.alliance_id, f.licence_id, serial, link, new Date(), null, null, null, clientHash(k), outcome]);
        await c.query(RECENT_SCANS, [serial]);
        await c.query('commit');
      } catch (error) {
        await c.query('rollback');
        throw error;
      }
      return true;
    });
    await floor(VERIFY_PATHS[3], async (c, serial, link, k) => (await c.query({ name: 'bench_lookup_counted', text: LOOKUP_COUNTED, values: [serial, link, null, clientHash(k)] })).rowCount === 1);
    await floor(VERIFY_PATHS[4], async (c, serial) => (await c.query({ name: 'bench_lookup_alone', text: LOOKUP_ALONE, values: [serial] })).rowCount === 1);

    const { rows: [scans] } = await client.query<{ scans: number; suspicious: number }>(
      `select (select count(*)::int from branding.label_scan where licence_id = $1) as scans,
              (select count(*)::int from branding.label_code where licence_id = $1 and suspicious) as suspicious`,
      [licence.id],
    );
    say(`label_scan holds ${fmt(scans!.scans)} scans of the licence's codes; ${fmt(scans!.suspicious)} codes are marked suspicious (scanned too often)`);
    const { rows: [version] } = await client.query<{ v: string }>(`select current_setting('server_version') as v`);
    return {
      labelsPerBatch: LABELS,
      packKg: PACK_KG,
      batches,
      issueStatements,
      issued: Object.fromEntries(Object.entries(issued).map(([name, ms]) => [name, { ms, ...summary(ms) }])) as Record<IssuePath, { ms: number[] } & ReturnType<typeof summary>>,
      verification: { statements: verifyStatements, clients: clientCount, durationSeconds: duration, connections, poolCodes: links.length, passes, outcomes: gatewayOutcomes, limit: process.env[VERIFY_LIMIT_ENV], results: verified },
      scans: scans!,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: version!.v, database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded' },
    };
  } finally {
    await client.end();
    await stack.close();
    await dropDatabase(serverUrl, database);
  }
}

function summary(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]! };
}

function printReport(report: Awaited<ReturnType<typeof bench>>) {
  const m = report.machine;
  console.log(`\n== Machine: ${m.cpus} cores (${m.cpu}), Node ${m.node}, PostgreSQL ${m.postgres} (${m.database}); load and servers share the cores`);
  console.log(`\n== Issuing ${fmt(report.labelsPerBatch)} labels (ms per batch, ${report.batches} runs; the API's batch is ${report.issueStatements} SQL statements in branding)`);
  console.log('| path | median ms | min | max | labels/s | ÷ COPY |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const copyMs = report.issued['raw COPY (floor)'].median;
  for (const [name, x] of Object.entries(report.issued)) {
    console.log(`| ${name} | ${x.median.toFixed(0)} | ${x.min.toFixed(0)} | ${x.max.toFixed(0)} | ${fmt((report.labelsPerBatch * 1000) / x.median)} | ${(x.median / copyMs).toFixed(1)}× |`);
  }
  const gw = report.issued['issueLabels → id, count (via gateway)'].median;
  console.log(`issueLabels via the gateway takes ${(gw / report.issued['INSERT … SELECT unnest (floor)'].median).toFixed(1)}× the unnest INSERT and ${(gw / copyMs).toFixed(1)}× the COPY of the same rows`);

  const v = report.verification;
  console.log(`\n== Verifying labels: ${v.connections} connections for ${v.durationSeconds} s, each request a different code of ${fmt(v.poolCodes)} (round-robin; ms)`);
  console.log('| path | req/s | p50 | p95 | p99 | errors | req/s ÷ gateway |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const via = v.results['verifyLabel, anonymous, via gateway'];
  for (const [name, x] of Object.entries(v.results)) {
    console.log(`| ${name} | ${fmt(x.throughput)} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.errors} | ${(x.throughput / via.throughput).toFixed(1)}× |`);
  }
  const seen = Object.entries(v.outcomes).map(([k, n]) => `${k} ${fmt(n)}`).join(', ');
  const repeat =
    v.passes < 1
      ? `fewer checks than codes, so every one was a code's first scan (GENUINE); a longer run or a smaller --codes makes most ALREADY_VERIFIED`
      : `after the first pass every code has been checked before, so most answer ALREADY_VERIFIED`;
  console.log(`through the gateway: ${seen}; ${v.passes.toFixed(2)} passes over the pool: ${repeat}. Every check is recorded; anonymous, ${v.clients === 1 ? 'one client' : `${fmt(v.clients)} clients`} (${VERIFY_LIMIT_ENV}=${v.limit})`);
  console.log(`one check's SQL statements: ${Object.entries(v.statements).map(([name, n]) => `${n} in ${name}`).join(', ')}`);
  console.log(`label_scan: ${fmt(report.scans.scans)} scans of the licence's codes in all; ${fmt(report.scans.suspicious)} codes marked suspicious`);
}

await main();
