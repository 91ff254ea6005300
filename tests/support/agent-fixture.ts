import { afterAll, beforeAll } from 'vitest';
import type { CardService } from '../../agent/src/card/card-service';
import { startTestAgent, type TestAgent } from './agent-harness';

/**
 * A test agent for the whole file, started in beforeAll from the file's card service. Call after usePcsc(): hooks run
 * as a stack, so the agent starts after the card service and closes before it.
 */
export function useTestAgent(
  cards: () => CardService,
  options: Parameters<typeof startTestAgent>[1] = {},
): TestAgent {
  const agent = {} as TestAgent;
  beforeAll(async () => {
    Object.assign(agent, await startTestAgent(cards(), options));
  });
  afterAll(async () => {
    await agent.close?.();
  });
  return agent;
}
