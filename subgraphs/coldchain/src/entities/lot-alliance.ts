import { EntitySchema } from '@mikro-orm/core';

/** A lot's alliance, as the members subgraph (which owns lots) announced it. */
export class LotAlliance {
  lotId!: string;
  allianceId!: string;
}

export const LotAllianceSchema = new EntitySchema<LotAlliance>({
  class: LotAlliance,
  tableName: 'lot_alliance',
  properties: {
    lotId: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
  },
});
