import { Migration } from '@mikro-orm/migrations';

/**
 * reserve_on_lot: a reservation of one named lot in one statement, so that the lot row is locked
 * only while the database runs it (never across a round trip to the subgraph). In order: claim the
 * idempotency key (a concurrent retry waits on the unique index, before any lot lock, and then
 * answers REPLAY with the first reservation); lock the lot; release its expired holds; raise its
 * held kg where what is available covers the request; write the line. When the lot is missing,
 * another alliance's, withdrawn or short, the claimed reservation is deleted again (the released
 * expired holds stay released) and the outcome says why, with the kg available. The lot's check
 * constraint lot_never_oversold still guards the counters. Same lock order as every reservation:
 * key, then lots, then their lines and reservations (store/reservations.ts).
 */
export class Migration20270103090000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create function ${s}."reserve_on_lot"(
        p_reservation uuid, p_market uuid, p_alliance uuid, p_key text, p_fingerprint text, p_hold_minutes int, p_lot uuid, p_kg numeric)
      returns table (outcome text, reservation uuid, fingerprint text, available numeric)
      language plpgsql as $fn$
      #variable_conflict use_column
      declare
        v_hold_until timestamptz;
        v_lot record;
        v_expired numeric := 0;
        v_available numeric;
        v_outcome text;
      begin
        insert into ${s}."reservation" (id, market_id, alliance_id, idempotency_key, request_fingerprint, status, hold_until, created_at, updated_at)
        values (p_reservation, p_market, p_alliance, p_key, p_fingerprint, 'HELD', now() + make_interval(mins => p_hold_minutes), now(), now())
        on conflict (market_id, idempotency_key) do nothing
        returning hold_until into v_hold_until;
        if v_hold_until is null then
          return query select 'REPLAY'::text, r.id, r.request_fingerprint, null::numeric
            from ${s}."reservation" r where r.market_id = p_market and r.idempotency_key = p_key;
          return;
        end if;

        select l.alliance_id, l.status, l.held_kg, l.asking_price_per_kg,
               l.quantity_kg - l.confirmed_kg - l.shipped_kg - l.held_kg as free_kg
          into v_lot from ${s}."lot" l where l.id = p_lot for update;
        if not found then
          v_outcome := 'NO_LOT';
        elsif v_lot.alliance_id <> p_alliance then
          v_outcome := 'NO_LOT';
        elsif v_lot.status <> 'LISTED' then
          v_outcome := 'WITHDRAWN';
        end if;
        if v_outcome is not null then
          delete from ${s}."reservation" where id = p_reservation;
          return query select v_outcome, null::uuid, null::text, null::numeric;
          return;
        end if;

        if v_lot.held_kg > 0 then
          with expired as (
            update ${s}."reservation_line" set status = 'EXPIRED'
            where lot_id = p_lot and status = 'HELD' and hold_until <= now()
            returning kg, reservation_id
          ), reservations as (
            update ${s}."reservation" r set status = 'EXPIRED', updated_at = now()
            where r.id in (select reservation_id from expired) and r.status = 'HELD'
          )
          select coalesce(sum(kg), 0) into v_expired from expired;
        end if;
        v_available := v_lot.free_kg + v_expired;

        if v_available < p_kg then
          if v_expired > 0 then
            update ${s}."lot" set held_kg = held_kg - v_expired, updated_at = now() where id = p_lot;
          end if;
          delete from ${s}."reservation" where id = p_reservation;
          return query select 'SHORT'::text, null::uuid, null::text, v_available;
          return;
        end if;

        update ${s}."lot" l set held_kg = l.held_kg - v_expired + p_kg, updated_at = now()
          where l.id = p_lot and l.quantity_kg - l.confirmed_kg - l.shipped_kg - (l.held_kg - v_expired) >= p_kg;
        if not found then
          raise exception 'lot % changed under its lock', p_lot;
        end if;
        insert into ${s}."reservation_line" (id, reservation_id, lot_id, kg, price_per_kg, status, hold_until)
          values (gen_random_uuid(), p_reservation, p_lot, p_kg, v_lot.asking_price_per_kg, 'HELD', v_hold_until);
        return query select 'HELD'::text, p_reservation, p_fingerprint, v_available - p_kg;
      end
      $fn$;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop function if exists ${s}."reserve_on_lot"(uuid, uuid, uuid, text, text, int, uuid, numeric);`);
  }
}
