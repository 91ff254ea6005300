import { createHash } from 'node:crypto';
import { AppError, toWire } from '../../../shared/errors';
import type { AgentMessage, AgentStatus, ClientMessage } from '../../../shared/protocol/agent';
import type { CardService } from '../card/card-service';
import type { AgentContext } from './agent-context';

export interface CallScope {
  clientId: string;
  clientName: string;
  signal: AbortSignal;
  send(message: AgentMessage): void;
}

/** Reader and service state for status replies and broadcasts: names and presence only. */
export function agentStatus(cards: CardService): AgentStatus {
  return {
    pcsc: cards.port.state,
    readers: cards.port.readers().map((r) => ({ name: r.name, cardPresent: r.cardPresent })),
  };
}

/** Serves one authenticated call; every failure becomes an `error` frame with the call's id. */
export async function handleCall(call: ClientMessage, scope: CallScope, ctx: AgentContext): Promise<void> {
  if (call.type === 'ping') return scope.send({ type: 'pong', id: call.id });
  if (call.type === 'status.get')
    return scope.send({ type: 'status', id: call.id, status: agentStatus(ctx.cards) });

  const audit = (outcome: string) =>
    ctx.audit.write({
      event: 'card.read',
      clientId: scope.clientId,
      pageOrigin: call.pageOrigin,
      fields: [...call.fields],
      photo: call.photo,
      outcome,
    });
  try {
    if (!ctx.readLimiter.take(scope.clientId)) {
      throw new AppError('RATE_LIMITED', 'อ่านบัตรบ่อยเกินไป กรุณารอสักครู่ (too many reads; wait a minute)');
    }
    const allowed = await ctx.consent.ask({
      clientName: scope.clientName,
      pageOrigin: call.pageOrigin,
      fields: call.fields,
    });
    if (!allowed) throw new AppError('CONSENT_DENIED', 'ผู้ใช้ไม่อนุญาตให้อ่านบัตร (the read was not allowed)');
    const result = await ctx.cards.read({
      fields: call.fields,
      photo: call.photo,
      requireFreshInsertion: true,
      signal: scope.signal,
      onWaiting: (reason) => scope.send({ type: 'card.waiting', id: call.id, reason }),
      onPhotoProgress: (bytesRead, bytesTotal) =>
        scope.send({ type: 'card.photo.progress', id: call.id, bytesRead, bytesTotal }),
    });
    // Text goes out only once the whole read succeeded, so a pulled card never leaves a partial record behind.
    scope.send({ type: 'card.text', id: call.id, card: result.text });
    if (result.photo) {
      const sha256 = createHash('sha256').update(result.photo).digest('hex');
      scope.send({
        type: 'card.photo',
        id: call.id,
        jpegBase64: Buffer.from(result.photo).toString('base64'),
        sha256,
      });
    }
    scope.send({ type: 'card.done', id: call.id });
    audit('ok');
    ctx.log.info('card.read', {
      clientId: scope.clientId,
      apdus: result.apdus,
      photo: result.photo !== null,
    });
  } catch (error) {
    const wire = toWire(error);
    audit(wire.code);
    ctx.log.warn('card.read_failed', { clientId: scope.clientId, code: wire.code });
    scope.send({ type: 'error', id: call.id, error: wire });
  }
}
