import { describe, expect, it } from 'vitest';
import type { Topic } from '@alliance/messaging';
import { subgraphModules } from '../src/subgraphs.ts';

// Every topic of the contract, once: the type makes this list fail to compile when a topic is added
// to `Messages` (or removed) and the test is not told.
const topics: Record<Topic, true> = {
  'shipment.planned': true,
  'reservation.committed': true,
  'reservation.refused': true,
  'shipment.loaded': true,
  'shipment.dispatched': true,
  'shipment.cancelled': true,
  'shipments.changed': true,
  'members.changed': true,
  'directory.requested': true,
  'lots.registered': true,
  'bases.changed': true,
  'lots.freshness': true,
};

describe('the messaging contract', () => {
  it('has every topic received by some registered subgraph, and no subgraph handle a topic the contract does not have', () => {
    for (const topic of Object.keys(topics)) {
      const receivers = subgraphModules.filter((m) => m.messageHandlers?.[topic as Topic]).map((m) => m.name);
      expect(receivers, `receivers of ${topic}`).not.toEqual([]);
    }
    for (const module of subgraphModules) {
      for (const topic of Object.keys(module.messageHandlers ?? {})) expect(Object.keys(topics), `${module.name} handles ${topic}`).toContain(topic);
    }
  });
});
