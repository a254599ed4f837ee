import { describe, expect, it } from 'vitest';
import { coldchainSubgraph } from '@alliance/coldchain';
import { membersSubgraph } from '@alliance/members';
import { SUBSCRIBERS, type Topic } from '@alliance/messaging';

describe('the messaging contract', () => {
  it('has every subscriber handle its topics, and no subgraph handle a topic it is not subscribed to', () => {
    const modules = [membersSubgraph, coldchainSubgraph];
    for (const [topic, subscribers] of Object.entries(SUBSCRIBERS) as [Topic, readonly string[]][]) {
      for (const module of modules) {
        const handles = Boolean(module.messageHandlers?.[topic]);
        expect(handles, `${module.name} and ${topic}`).toBe(subscribers.includes(module.name));
      }
    }
  });
});
