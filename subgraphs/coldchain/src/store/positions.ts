import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';

/** A row of the positions ledger: kg of a lot at one place. */
export interface PositionRow {
  lotId: string;
  place: string;
  facilityId: string | null;
  vehicleId: string | null;
  shipmentId: string | null;
  /** Grams (integers: exact, as numeric(14,3) kg is). */
  grams: number;
  since: Date;
}

/** A change of a lot's kg at one place: positive brings kg there, negative takes them out. */
export interface PositionMove extends PositionRow {}

/** The ledger rows of these lots, locked until the transaction ends. */
export async function lockPositionsOfLots(em: EntityManager, lotIds: readonly string[]): Promise<PositionRow[]> {
  if (!lotIds.length) return [];
  const rows = await query<{ lot_id: string; place: string; facility_id: string | null; vehicle_id: string | null; shipment_id: string | null; grams: string; since: Date }>(
    em,
    sql`select lot_id, place, facility_id, vehicle_id, shipment_id, (kg * 1000)::bigint as grams, since
        from ${table('lot_position')} where lot_id = any(${[...lotIds]}::uuid[]) order by lot_id, place for update`,
  );
  return rows.map((r) => ({ lotId: r.lot_id, place: r.place, facilityId: r.facility_id, vehicleId: r.vehicle_id, shipmentId: r.shipment_id, grams: Number(r.grams), since: new Date(r.since) }));
}

/** Thrown when a move would take more kg out of a place than the ledger holds there. */
export class PlaceOverdrawn extends Error {
  constructor(readonly lotId: string | null, readonly place: string | null) {
    super(`More kg out of ${place ?? 'a place'} of lot ${lotId ?? '?'} than are in it.`);
  }
}

/**
 * Applies moves in three statements: kg in (insert or add), kg out (subtract: the check constraint
 * `lot_position_kg_not_negative` refuses a place going below zero, and a move out of a place with no
 * row is refused here), then empty places go.
 */
export async function applyPositionMoves(em: EntityManager, moves: readonly PositionMove[]): Promise<void> {
  const json = (list: readonly PositionMove[]) =>
    JSON.stringify(list.map((m) => ({ lot_id: m.lotId, place: m.place, facility_id: m.facilityId, vehicle_id: m.vehicleId, shipment_id: m.shipmentId, kg: (m.grams / 1000).toFixed(3), since: m.since.toISOString() })));
  const into = moves.filter((m) => m.grams > 0);
  const out = moves.filter((m) => m.grams < 0);
  if (into.length) {
    await query(
      em,
      sql`insert into ${table('lot_position')} (lot_id, place, facility_id, vehicle_id, shipment_id, kg, since)
          select lot_id, place, facility_id, vehicle_id, shipment_id, kg, since
          from json_to_recordset(${json(into)}::json) as m(lot_id uuid, place text, facility_id uuid, vehicle_id uuid, shipment_id uuid, kg numeric, since timestamptz)
          on conflict (lot_id, place) do update set kg = ${table('lot_position')}.kg + excluded.kg`,
    );
  }
  if (out.length) {
    let changed: { lot_id: string; place: string }[];
    try {
      changed = await query<{ lot_id: string; place: string }>(
        em,
        sql`update ${table('lot_position')} p set kg = p.kg + m.kg
            from json_to_recordset(${json(out)}::json) as m(lot_id uuid, place text, kg numeric)
            where p.lot_id = m.lot_id and p.place = m.place
            returning p.lot_id, p.place`,
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23514') throw new PlaceOverdrawn(null, null);
      throw error;
    }
    const found = new Set(changed.map((r) => `${r.lot_id}|${r.place}`));
    const missing = out.find((m) => !found.has(`${m.lotId}|${m.place}`));
    if (missing) throw new PlaceOverdrawn(missing.lotId, missing.place);
    await query(em, sql`delete from ${table('lot_position')} where lot_id = any(${[...new Set(out.map((m) => m.lotId))]}::uuid[]) and kg = 0`);
  }
}
