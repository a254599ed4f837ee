import { Migration } from '@mikro-orm/migrations';

/**
 * Freshness on arrival. `lot_freshness` is what the cold chain last told of each lot's freshness
 * (lots.freshness: expiry at the current temperature and the Q10 model), the newest `as_of` kept;
 * `market_route` is the alliance office's transit time and typical truck temperature to each of its
 * markets. Together they predict a lot's remaining shelf life on arrival at a market.
 */
export class Migration20270101100000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."lot_freshness" (
      "lot_id" uuid not null, "expires_at" timestamptz null, "current_temp_c" double precision null,
      "reference_days" double precision null, "reference_temp_c" double precision null, "q10" double precision null,
      "as_of" timestamptz not null,
      constraint "lot_freshness_pkey" primary key ("lot_id"),
      constraint "lot_freshness_model_positive" check (("reference_days" is null or "reference_days" > 0) and ("q10" is null or "q10" > 0)));`);
    this.addSql(`create table ${s}."market_route" (
      "alliance_id" uuid not null references ${s}."alliance" ("id"), "market_id" uuid not null references ${s}."member" ("id") on delete cascade,
      "transit_hours" numeric(7,2) not null, "truck_temp_c" numeric(5,2) not null, "updated_at" timestamptz not null default now(),
      constraint "market_route_pkey" primary key ("alliance_id", "market_id"),
      constraint "market_route_transit_positive" check ("transit_hours" > 0),
      constraint "market_route_truck_temp_plausible" check ("truck_temp_c" between -30 and 40));`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop table if exists ${s}."market_route";`);
    this.addSql(`drop table if exists ${s}."lot_freshness";`);
  }
}
