import { BadInput } from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { custodyOfLots, lockLotCustody } from '../store/custody.ts';
import { applyPositionMoves, lockPositionsOfLots, PlaceOverdrawn, type PositionMove } from '../store/positions.ts';
import { kgOfGrams, placeKey, replayCustody, type LotPosition } from './positions.ts';

/** A custody event just written in this transaction: its id and lot. */
export interface NewCustody {
  id: string;
  lotId: string;
}

const moveOf = (lotId: string, p: LotPosition, grams: number): PositionMove => ({
  lotId,
  place: placeKey(p),
  facilityId: p.facilityId,
  vehicleId: p.facilityId ? null : p.vehicleId,
  shipmentId: p.facilityId ? null : p.shipmentId,
  grams,
  since: p.since,
});

/** What the kg at each place became: + where kg arrived, − where they left. */
function movesBetween(lotId: string, before: readonly LotPosition[], after: readonly LotPosition[]): PositionMove[] {
  const was = new Map(before.map((p) => [placeKey(p), p]));
  const is = new Map(after.map((p) => [placeKey(p), p]));
  const moves: PositionMove[] = [];
  for (const [key, p] of is) {
    const delta = p.grams - (was.get(key)?.grams ?? 0);
    if (delta !== 0) moves.push(moveOf(lotId, p, delta));
  }
  for (const [key, p] of was) if (!is.has(key)) moves.push(moveOf(lotId, p, -p.grams));
  return moves;
}

/**
 * Moves the positions ledger by the custody events just written, in their transaction, one lot at
 * a time (the per-lot lock, in id order so two writers never deadlock). An event that asks more kg
 * of the stores than they hold is refused (BAD_USER_INPUT); the ledger's check constraint refuses
 * any place going below zero whatever the replay said. A lot with custody from before the ledger
 * first gets its rows from that custody.
 */
export async function moveLotPositions(em: EntityManager, written: readonly NewCustody[]): Promise<void> {
  if (!written.length) return;
  const fresh = new Set(written.map((w) => w.id));
  const lots = [...new Set(written.map((w) => w.lotId))].sort();
  for (const lotId of lots) await lockLotCustody(em, lotId);
  const custody = await custodyOfLots(em, lots);
  const stored = new Set((await lockPositionsOfLots(em, lots)).map((r) => r.lotId));
  const opening: PositionMove[] = [];
  const moves: PositionMove[] = [];
  for (const lotId of lots) {
    const events = custody.filter((e) => e.lotId === lotId);
    const before = replayCustody(events.filter((e) => !fresh.has(e.id)));
    const after = replayCustody(events, (event, step) => {
      if (fresh.has(event.id) && step.takenGrams < step.wantedGrams) {
        throw new BadInput(
          `Only ${kgOfGrams(step.takenGrams)} kg of lot ${lotId} are in its stores at ${event.at.toISOString()}; a ${event.kind} of ${event.quantityKg} kg cannot take more than they hold.`,
          { field: 'quantityKg', lotId, availableKg: kgOfGrams(step.takenGrams) },
        );
      }
    });
    if (!stored.has(lotId)) opening.push(...before.current.map((p) => moveOf(lotId, p, p.grams)));
    moves.push(...movesBetween(lotId, before.current, after.current));
  }
  try {
    await applyPositionMoves(em, opening);
    await applyPositionMoves(em, moves);
  } catch (error) {
    if (error instanceof PlaceOverdrawn) throw new BadInput(`${error.message} Record where the kg came from first.`, { field: 'quantityKg' });
    throw error;
  }
}
