import { Migration } from '@mikro-orm/migrations';

/**
 * An idempotency key is its caller's own: unique per alliance and the member who binds, as a
 * payment API scopes keys per account. Unique per alliance, two growers who happened to pick the
 * same key blocked each other's binds.
 */
export class Migration20261220160000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index if exists ${s}."floor_contract_idempotency_unique";`);
    this.addSql(`create unique index "floor_contract_idempotency_unique" on ${s}."floor_contract" ("alliance_id", "bound_by", "idempotency_key");`);
  }
}
