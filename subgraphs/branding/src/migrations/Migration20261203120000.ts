import { Migration } from '@mikro-orm/migrations';

/**
 * The licence-fee pool paid out: one distribution per alliance and month (the primary key is what
 * makes a retried or concurrent distribution pay once), one share per cooperative, and two guards
 * the database keeps whatever the code does:
 * - at commit, the shares of a distribution add up to its pool exactly (a deferred constraint
 *   trigger on both tables, so a distribution without its shares cannot be committed either);
 * - no label batch enters or changes in a month already distributed (its fee would be in the pool
 *   but in no share).
 * Self-contained: the SQL is written here, not imported.
 */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."fee_pool_distribution" ("alliance_id" uuid not null, "month" text not null, "pool_cny" numeric(14,2) not null, "certified_kg" numeric(14,3) not null, "distributed_at" timestamptz not null, "distributed_by" uuid not null, constraint "fee_pool_distribution_pkey" primary key ("alliance_id", "month"));`);
    this.addSql(`alter table ${s}."fee_pool_distribution" add constraint "fee_pool_distribution_month" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');`);
    // Nothing to share is refused before a row is written: a stored distribution pays something to someone.
    this.addSql(`alter table ${s}."fee_pool_distribution" add constraint "fee_pool_distribution_something_shared" check ("pool_cny" > 0 and "certified_kg" > 0);`);

    this.addSql(`create table ${s}."fee_pool_share" ("alliance_id" uuid not null, "month" text not null, "cooperative_id" uuid not null, "certified_kg" numeric(14,3) not null, "amount_cny" numeric(14,2) not null, "got_remainder_fen" boolean not null, constraint "fee_pool_share_pkey" primary key ("alliance_id", "month", "cooperative_id"));`);
    this.addSql(`alter table ${s}."fee_pool_share" add constraint "fee_pool_share_distribution_foreign" foreign key ("alliance_id", "month") references ${s}."fee_pool_distribution" ("alliance_id", "month");`);
    this.addSql(`alter table ${s}."fee_pool_share" add constraint "fee_pool_share_amount_not_negative" check ("amount_cny" >= 0);`);
    this.addSql(`alter table ${s}."fee_pool_share" add constraint "fee_pool_share_certified_kg_positive" check ("certified_kg" > 0);`);
    // A cooperative's statements, newest month first.
    this.addSql(`create index "fee_pool_share_cooperative_index" on ${s}."fee_pool_share" ("cooperative_id", "alliance_id", "month" desc);`);

    // Checked at commit (deferred), once every share of the distribution is in: Σ shares = pool.
    this.addSql(`create function ${s}."fee_pool_shares_add_up"() returns trigger language plpgsql as $$
declare
  key_alliance uuid := case when tg_op = 'DELETE' then old.alliance_id else new.alliance_id end;
  key_month text := case when tg_op = 'DELETE' then old.month else new.month end;
  pool numeric;
  shared numeric;
begin
  select d.pool_cny into pool from ${s}."fee_pool_distribution" d where d.alliance_id = key_alliance and d.month = key_month;
  if not found then
    return null;
  end if;
  select coalesce(sum(f.amount_cny), 0) into shared from ${s}."fee_pool_share" f where f.alliance_id = key_alliance and f.month = key_month;
  if shared <> pool then
    raise exception 'the shares of the fee pool of % in % add up to % CNY, not to its pool of % CNY', key_alliance, key_month, shared, pool
      using errcode = 'check_violation', constraint = 'fee_pool_shares_add_up';
  end if;
  return null;
end
$$;`);
    this.addSql(`create constraint trigger "fee_pool_shares_add_up" after insert or update or delete on ${s}."fee_pool_share" deferrable initially deferred for each row execute function ${s}."fee_pool_shares_add_up"();`);
    this.addSql(`create constraint trigger "fee_pool_distribution_shares_add_up" after insert or update on ${s}."fee_pool_distribution" deferrable initially deferred for each row execute function ${s}."fee_pool_shares_add_up"();`);

    // A batch of a distributed month would be a fee in the pool that no share paid out. The
    // distribution holds label_batch in SHARE mode while it reads the pool, so a batch being
    // written waits for it; this refuses the batch then (or any later move into that month).
    this.addSql(`create function ${s}."label_batch_month_open"() returns trigger language plpgsql as $$
begin
  if exists (select 1 from ${s}."fee_pool_distribution" d where d.alliance_id = new.alliance_id and d.month = new.month) then
    raise exception 'the licence-fee pool of % in % is already distributed: no label batch can be added to it', new.alliance_id, new.month
      using errcode = 'check_violation', constraint = 'label_batch_month_open';
  end if;
  if tg_op = 'UPDATE' and exists (select 1 from ${s}."fee_pool_distribution" d where d.alliance_id = old.alliance_id and d.month = old.month) then
    raise exception 'the licence-fee pool of % in % is already distributed: its label batches keep their fees and month', old.alliance_id, old.month
      using errcode = 'check_violation', constraint = 'label_batch_month_open';
  end if;
  return new;
end
$$;`);
    this.addSql(`create trigger "label_batch_month_open" before insert or update of "alliance_id", "month", "fee_cny" on ${s}."label_batch" for each row execute function ${s}."label_batch_month_open"();`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop trigger if exists "label_batch_month_open" on ${s}."label_batch";`);
    this.addSql(`drop function if exists ${s}."label_batch_month_open"();`);
    for (const t of ['fee_pool_share', 'fee_pool_distribution']) this.addSql(`drop table if exists ${s}."${t}" cascade;`);
    this.addSql(`drop function if exists ${s}."fee_pool_shares_add_up"();`);
  }
}
