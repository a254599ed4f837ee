import { Migration } from '@mikro-orm/migrations';

/**
 * The insurance subgraph's tables: what it hears from members (bases and lots), cost bases, price
 * observations, floor schemes with their capacity, quotes, contracts with their windows, and
 * settlements with the observations they used. Whatever must never happen is a constraint here:
 * binding beyond capacity (floor_scheme_within_capacity), two contracts of one quote, two
 * settlements of one contract window, a negative payout, two observations of one market's series
 * and day.
 */
export class Migration20261220100000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    const crop = `check ("crop" in ('SCALLION', 'SAFFLOWER_FLORET', 'SAFFLOWER_SEED'))`;
    const variety = `check ("variety" in ('RED', 'WHITE', 'BLACK'))`;
    const grade = `check ("grade" in ('A', 'B', 'C'))`;

    // ---- What the members subgraph announces (bases.changed, lots.registered) ----
    this.addSql(`create table ${s}."base_fact" ("base_id" uuid not null, "member_id" uuid not null, "crop" text not null, "township" text not null, "area_mu" numeric(12,2) not null, "removed" boolean not null default false, "announced_at" timestamptz not null, constraint "base_fact_pkey" primary key ("base_id"), constraint "base_fact_area_positive" check ("area_mu" >= 0));`);
    this.addSql(`create index "base_fact_member_index" on ${s}."base_fact" ("member_id", "crop");`);
    this.addSql(`create table ${s}."lot_fact" ("lot_id" uuid not null, "alliance_id" uuid not null, "grower_id" uuid not null, "cooperative_id" uuid null, "crop" text not null, "variety" text null, "grade" text not null, "harvest_date" date not null, "announced_at" timestamptz not null, constraint "lot_fact_pkey" primary key ("lot_id"));`);
    this.addSql(`create index "lot_fact_grower_index" on ${s}."lot_fact" ("grower_id");`);

    // ---- Cost bases: immutable versions ----
    this.addSql(`create table ${s}."cost_basis" ("id" uuid not null, "alliance_id" uuid not null, "crop" text ${crop} not null, "variety" text null ${variety}, "county" text not null, "season_from" date not null, "season_to" date not null, "version" int not null, "marginal_cost_per_kg" numeric(12,4) not null, "expected_yield_kg_per_mu" numeric(12,3) not null, "note" text null, "published_by" uuid not null, "published_at" timestamptz not null, "superseded_at" timestamptz null, constraint "cost_basis_pkey" primary key ("id"), constraint "cost_basis_season_order" check ("season_to" >= "season_from"), constraint "cost_basis_cost_positive" check ("marginal_cost_per_kg" > 0), constraint "cost_basis_yield_positive" check ("expected_yield_kg_per_mu" > 0), constraint "cost_basis_version_positive" check ("version" > 0));`);
    this.addSql(`create unique index "cost_basis_version_unique" on ${s}."cost_basis" ("alliance_id", "crop", coalesce("variety", ''), "season_from", "season_to", "version");`);
    this.addSql(`create unique index "cost_basis_one_current" on ${s}."cost_basis" ("alliance_id", "crop", coalesce("variety", ''), "season_from", "season_to") where "superseded_at" is null;`);
    this.addSql(`create table ${s}."cost_basis_line" ("cost_basis_id" uuid not null, "line" text check ("line" in ('SEEDLINGS', 'FERTILISER', 'PESTICIDE', 'LABOUR', 'WASHING', 'ICE', 'PACKAGING', 'COLD_STORAGE', 'TRANSPORT')) not null, "cny_per_kg" numeric(12,4) not null, constraint "cost_basis_line_pkey" primary key ("cost_basis_id", "line"), constraint "cost_basis_line_not_negative" check ("cny_per_kg" >= 0));`);
    this.addSql(`alter table ${s}."cost_basis_line" add constraint "cost_basis_line_basis_foreign" foreign key ("cost_basis_id") references ${s}."cost_basis" ("id") on delete cascade;`);

    // ---- Price observations ----
    this.addSql(`create table ${s}."price_observation" ("id" uuid not null, "alliance_id" uuid not null, "market_id" uuid not null, "crop" text ${crop} not null, "variety" text null ${variety}, "grade" text ${grade} not null, "day" date not null, "price_cny_per_kg" numeric(12,4) not null, "volume_kg" numeric(14,3) not null, "source" text check ("source" in ('REPORTED', 'IMPORTED')) not null, "reported_by" uuid not null, "reported_at" timestamptz not null, constraint "price_observation_pkey" primary key ("id"), constraint "price_observation_price_positive" check ("price_cny_per_kg" > 0), constraint "price_observation_volume_positive" check ("volume_kg" > 0));`);
    this.addSql(`create unique index "price_observation_one_per_day" on ${s}."price_observation" ("alliance_id", "market_id", "crop", coalesce("variety", ''), "grade", "day");`);
    this.addSql(`create index "price_observation_series_index" on ${s}."price_observation" ("alliance_id", "crop", "day") include ("variety", "grade", "price_cny_per_kg", "volume_kg");`);

    // ---- Floor schemes: the insurer's terms and capacity per crop and season ----
    this.addSql(`create table ${s}."floor_scheme" ("id" uuid not null, "alliance_id" uuid not null, "crop" text ${crop} not null, "season_from" date not null, "season_to" date not null, "capacity_cny" numeric(16,2) not null, "bound_cny" numeric(16,2) not null default 0, "loading" numeric(6,4) not null, "risk_free_rate" numeric(6,4) not null, "past_seasons" int not null, "quote_valid_minutes" int not null, "min_observation_days" int not null, "subsidy_shares" jsonb not null, "opened_by" uuid not null, "opened_at" timestamptz not null, constraint "floor_scheme_pkey" primary key ("id"), constraint "floor_scheme_season_order" check ("season_to" >= "season_from"), constraint "floor_scheme_within_capacity" check ("bound_cny" >= 0 and "bound_cny" <= "capacity_cny"), constraint "floor_scheme_terms" check ("loading" >= 0 and "loading" <= 5 and "risk_free_rate" > -0.1 and "risk_free_rate" < 0.5 and "past_seasons" between 1 and 30 and "quote_valid_minutes" between 1 and 43200 and "min_observation_days" between 1 and 31));`);
    this.addSql(`create unique index "floor_scheme_season_unique" on ${s}."floor_scheme" ("alliance_id", "crop", "season_from");`);

    // ---- Quotes ----
    this.addSql(`create table ${s}."floor_quote" ("id" uuid not null, "alliance_id" uuid not null, "member_id" uuid not null, "requested_by" uuid not null, "crop" text ${crop} not null, "variety" text null ${variety}, "grade" text null ${grade}, "insured_kg" numeric(14,3) not null, "coverage" numeric(5,4) not null, "cover_from" date not null, "cover_to" date not null, "window_length" text check ("window_length" in ('WEEK', 'MONTH')) not null, "cost_basis_id" uuid not null, "scheme_id" uuid not null, "marginal_cost_per_kg" numeric(12,4) not null, "floor_per_kg" numeric(12,2) not null, "sum_insured_cny" numeric(16,2) not null, "windows" jsonb not null, "black76_per_kg" numeric(14,6) not null, "burn_cost_per_kg" numeric(14,6) not null, "technical_per_kg" numeric(14,6) not null, "loading" numeric(6,4) not null, "premium_cny" numeric(16,2) not null, "premium_shares" jsonb not null, "expected_yield_kg_per_mu" numeric(12,3) not null, "valid_until" timestamptz not null, "created_at" timestamptz not null, constraint "floor_quote_pkey" primary key ("id"), constraint "floor_quote_coverage_range" check ("coverage" between 0.70 and 1.00), constraint "floor_quote_kg_positive" check ("insured_kg" > 0), constraint "floor_quote_cover_order" check ("cover_to" >= "cover_from"));`);
    this.addSql(`alter table ${s}."floor_quote" add constraint "floor_quote_cost_basis_foreign" foreign key ("cost_basis_id") references ${s}."cost_basis" ("id");`);
    this.addSql(`alter table ${s}."floor_quote" add constraint "floor_quote_scheme_foreign" foreign key ("scheme_id") references ${s}."floor_scheme" ("id");`);
    this.addSql(`create index "floor_quote_member_index" on ${s}."floor_quote" ("member_id", "created_at" desc);`);

    // ---- Contracts ----
    this.addSql(`create table ${s}."contract_counter" ("alliance_id" uuid not null, "year" int not null, "last_sequence" int not null, constraint "contract_counter_pkey" primary key ("alliance_id", "year"), constraint "contract_counter_positive" check ("last_sequence" > 0));`);
    this.addSql(`create table ${s}."floor_contract" ("id" uuid not null, "alliance_id" uuid not null, "number" text not null, "year" int not null, "sequence" int not null, "quote_id" uuid not null, "idempotency_key" text not null, "member_id" uuid not null, "crop" text ${crop} not null, "variety" text null ${variety}, "grade" text null ${grade}, "insured_kg" numeric(14,3) not null, "coverage" numeric(5,4) not null, "floor_per_kg" numeric(12,2) not null, "cost_basis_id" uuid not null, "scheme_id" uuid not null, "sum_insured_cny" numeric(16,2) not null, "premium_cny" numeric(16,2) not null, "premium_shares" jsonb not null, "cover_from" date not null, "cover_to" date not null, "window_length" text check ("window_length" in ('WEEK', 'MONTH')) not null, "expected_yield_kg_per_mu" numeric(12,3) not null, "bound_by" uuid not null, "bound_at" timestamptz not null, constraint "floor_contract_pkey" primary key ("id"), constraint "floor_contract_amounts" check ("sum_insured_cny" > 0 and "premium_cny" >= 0 and "insured_kg" > 0));`);
    this.addSql(`alter table ${s}."floor_contract" add constraint "floor_contract_quote_foreign" foreign key ("quote_id") references ${s}."floor_quote" ("id");`);
    this.addSql(`alter table ${s}."floor_contract" add constraint "floor_contract_cost_basis_foreign" foreign key ("cost_basis_id") references ${s}."cost_basis" ("id");`);
    this.addSql(`alter table ${s}."floor_contract" add constraint "floor_contract_scheme_foreign" foreign key ("scheme_id") references ${s}."floor_scheme" ("id");`);
    // One contract per quote, whatever the key; a key names one contract of its alliance.
    this.addSql(`create unique index "floor_contract_quote_unique" on ${s}."floor_contract" ("quote_id");`);
    this.addSql(`create unique index "floor_contract_idempotency_unique" on ${s}."floor_contract" ("alliance_id", "idempotency_key");`);
    this.addSql(`create unique index "floor_contract_number_unique" on ${s}."floor_contract" ("alliance_id", "year", "sequence");`);
    this.addSql(`create index "floor_contract_member_index" on ${s}."floor_contract" ("member_id", "bound_at" desc);`);
    this.addSql(`create index "floor_contract_scheme_index" on ${s}."floor_contract" ("scheme_id");`);

    this.addSql(`create table ${s}."contract_window" ("contract_id" uuid not null, "window_start" date not null, "window_end" date not null, "expected_payout_cny" numeric(16,2) not null, constraint "contract_window_pkey" primary key ("contract_id", "window_start"), constraint "contract_window_order" check ("window_end" >= "window_start"));`);
    this.addSql(`alter table ${s}."contract_window" add constraint "contract_window_contract_foreign" foreign key ("contract_id") references ${s}."floor_contract" ("id") on delete cascade;`);
    this.addSql(`create index "contract_window_window_index" on ${s}."contract_window" ("window_start", "window_end");`);

    // ---- Settlements: one per contract window; the window's index (Σ price × volume and Σ volume, exact) and its observations kept once ----
    this.addSql(`create table ${s}."window_index" ("id" uuid not null, "alliance_id" uuid not null, "crop" text ${crop} not null, "variety" text null ${variety}, "grade" text null ${grade}, "window_start" date not null, "window_end" date not null, "value_cny" numeric(26,7) not null, "volume_kg" numeric(16,3) not null, "index_per_kg" numeric(14,6) not null, "observation_days" int not null, "observation_count" int not null, "computed_at" timestamptz not null, constraint "window_index_pkey" primary key ("id"));`);
    this.addSql(`create unique index "window_index_unique" on ${s}."window_index" ("alliance_id", "crop", coalesce("variety", ''), coalesce("grade", ''), "window_start", "window_end");`);
    this.addSql(`create table ${s}."window_index_observation" ("window_index_id" uuid not null, "observation_id" uuid not null, "market_id" uuid not null, "day" date not null, "variety" text null, "grade" text not null, "price_cny_per_kg" numeric(12,4) not null, "volume_kg" numeric(14,3) not null, constraint "window_index_observation_pkey" primary key ("window_index_id", "observation_id"));`);
    this.addSql(`alter table ${s}."window_index_observation" add constraint "window_index_observation_index_foreign" foreign key ("window_index_id") references ${s}."window_index" ("id") on delete cascade;`);
    this.addSql(`create table ${s}."floor_settlement" ("id" uuid not null, "alliance_id" uuid not null, "contract_id" uuid not null, "window_start" date not null, "window_end" date not null, "window_index_id" uuid not null, "index_per_kg" numeric(14,6) not null, "floor_per_kg" numeric(12,2) not null, "insured_kg" numeric(14,3) not null, "payout_cny" numeric(16,2) not null, "indemnity_per_mu_cny" numeric(16,2) not null, "settled_by" uuid not null, "settled_at" timestamptz not null, constraint "floor_settlement_pkey" primary key ("id"), constraint "floor_settlement_payout_not_negative" check ("payout_cny" >= 0 and "indemnity_per_mu_cny" >= 0));`);
    this.addSql(`alter table ${s}."floor_settlement" add constraint "floor_settlement_window_foreign" foreign key ("contract_id", "window_start") references ${s}."contract_window" ("contract_id", "window_start");`);
    this.addSql(`alter table ${s}."floor_settlement" add constraint "floor_settlement_index_foreign" foreign key ("window_index_id") references ${s}."window_index" ("id");`);
    // Paid once: whatever the number of settlers, a contract's window has one settlement.
    this.addSql(`create unique index "floor_settlement_once" on ${s}."floor_settlement" ("contract_id", "window_start");`);
  }
}
