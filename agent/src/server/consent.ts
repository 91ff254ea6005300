/** Asks the person at the PC whether a read may go ahead (P-07); the tray app will implement it on Windows. */
export interface ConsentPrompter {
  ask(request: { clientName: string; pageOrigin: string; fields: readonly string[] }): Promise<boolean>;
}

/** The headless agent's default: presence (a fresh insertion) is the consent. */
export const presenceIsConsent: ConsentPrompter = { ask: async () => true };
