// "Skip the queue, for real" (issue 16): when a helpdesk reports a touch for
// a VIP whose tier names a concierge, that concierge hears of it once per
// touch through the merchant's "VIP contacted" Flow workflows
// (extensions/flow-vip-contacted). The run is queued in the touch's own
// transaction (an OutreachMessage with the unique key vip-contacted:<touch>
// and its flow-trigger job), and only for a touch stored for the first time,
// so a redelivered touch tells nobody again. See docs/decisions/030-contact-reasons.md.
import type { DatabaseClient } from "../db.server";
import { findCustomerTier, findVipRule } from "../data/vip.server";
import type { Touch } from "../domain/helpdesk/touches";
import { queueFlowTrigger } from "./flow-triggers.server";

export interface ConciergeToTell {
  customerId: string;
  tierName: string;
  concierge: { name: string | null; email: string | null; phone: string | null; whatsapp: string | null };
}

/** The customer's tier and its named concierge, when Concierge placed them in a tier that names one. */
export async function conciergeToTell(db: DatabaseClient, shop: string, customerId: string | null): Promise<ConciergeToTell | null> {
  if (!customerId) return null;
  const tier = await findCustomerTier(db, shop, customerId);
  if (!tier?.ruleId || !tier.tierName) return null;
  const rule = await findVipRule(db, shop, tier.ruleId);
  if (!rule?.enabled || !rule.concierge) return null;
  return { customerId, tierName: tier.tierName, concierge: rule.concierge };
}

/** Called in the transaction that stored the touch (`touchId`) for the first time. */
export async function queueConciergeNotice(tx: DatabaseClient, shop: string, touchId: string, touch: Touch, vip: ConciergeToTell) {
  await queueFlowTrigger(tx, shop, {
    handle: "vip-contacted",
    dedupeKey: `vip-contacted:${touchId}`,
    customerId: vip.customerId,
    payload: {
      customer_id: Number(vip.customerId),
      Tier: vip.tierName,
      "Concierge name": vip.concierge.name ?? "",
      "Concierge email": vip.concierge.email ?? "",
      "Concierge phone": vip.concierge.phone ?? vip.concierge.whatsapp ?? "",
      Helpdesk: touch.helpdesk,
      Channel: touch.channel,
      "Agent email": touch.agentEmail,
    },
  });
}
