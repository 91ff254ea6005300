import type { Runtime } from 'webextension-polyfill';
import { CardField } from '../../shared/card/card-record';
import { toWire } from '../../shared/errors';
import type { FillPerson } from '../../shared/fields/fill-person';
import { type CardReadEvent, CardReadStart } from '../../shared/protocol/runtime';
import { lookupPostcode } from '../../shared/thai/postcode';
import type { AgentLink } from './agent-link';

/**
 * Serves one card read for the tab that opened the port: progress and the result go back on that port only.
 * The photo is requested only when the start asks for it (the ปลัด registry's portrait); otherwise a read takes 7
 * APDUs.
 */
export function serveCardReadPort(port: Runtime.Port, agent: AgentLink): void {
  const post = (event: CardReadEvent) => {
    try {
      port.postMessage(event);
    } catch {
      // the tab went away
    }
  };
  port.onMessage.addListener(async (raw: unknown) => {
    const start = CardReadStart.safeParse(raw);
    if (!start.success) return port.disconnect();
    try {
      post({ type: 'connecting' });
      const session = await agent.open();
      const origin = port.sender?.url ? new URL(port.sender.url).origin : '';
      const { card, photo } = await session.readCard({
        fields: CardField.options,
        photo: start.data.photo === true,
        pageOrigin: origin,
        onWaiting: () => {
          agent.touch();
          post({ type: 'waiting' });
        },
      });
      if (!card.citizenId || !card.name || !card.address) throw new Error('incomplete card record');
      const postcode = await lookupPostcode(card.address);
      const person: FillPerson = {
        source: 'card',
        citizenId: card.citizenId,
        name: card.name,
        birthDate: card.birthDate ?? null,
        sex: card.sex ?? 'unknown',
        issuer: card.issuer ?? '',
        issueDate: card.issueDate ?? null,
        expiryDate: card.expiryDate ?? null,
        address: card.address,
        postcode: postcode.status === 'found' ? postcode.postcode : null,
        postcodeCandidates:
          postcode.status === 'ambiguous'
            ? postcode.candidates
            : postcode.status === 'found'
              ? [postcode.postcode]
              : [],
        phone: '',
        mobile: '',
        email: '',
      };
      post({
        type: 'result',
        person,
        ...(photo ? { photo: btoa(Array.from(photo.jpeg, (b) => String.fromCharCode(b)).join('')) } : {}),
      });
    } catch (error) {
      post({ type: 'error', error: toWire(error) });
    }
  });
}
