import { Migration } from '@mikro-orm/migrations';

/**
 * Where each kilogram of a lot is now, as a ledger the custody writes move in their transaction
 * (store/positions.ts): one row per place holding kg (a facility, or a shipment's vehicle). The
 * database refuses a place going below zero kg: no custody write can take more kg out of a place
 * than are in it, whatever the application checked. Lots with custody from before the ledger get
 * their rows on their next custody write (replayed from their custody).
 */
export class Migration20270101090000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`create table if not exists ${schema}."lot_position" (
      "lot_id" uuid not null,
      "place" text not null,
      "facility_id" uuid null,
      "vehicle_id" uuid null,
      "shipment_id" uuid null,
      "kg" numeric(14,3) not null,
      "since" timestamptz not null,
      constraint "lot_position_pkey" primary key ("lot_id", "place"),
      constraint "lot_position_kg_not_negative" check ("kg" >= 0),
      constraint "lot_position_one_place" check (("facility_id" is null) <> ("vehicle_id" is null and "shipment_id" is null))
    );`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`drop table if exists ${schema}."lot_position";`);
  }
}
