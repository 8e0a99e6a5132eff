// What a shop chose to send about its shipments (OutreachChoices), read by the
// transactions that decide the messages and saved by the Email page. Emails
// also need a server (EmailSettings: hasEmailServer); Flow triggers do not.
// Read in the fulfillment-event job's transaction: the server is looked up
// only when there is an email to send.
import type { DatabaseClient } from "../db.server";
import { DEFAULT_OUTREACH_CHOICES, type OutreachChoices } from "../domain/outreach/email-settings";
import type { FlowStage, NotifiedStage } from "../domain/outreach/stages";

/** The shop's choices, the defaults where it never chose. */
export async function outreachChoicesOf(db: DatabaseClient, shop: string): Promise<OutreachChoices> {
  const choices = await db.outreachChoices.findUnique({
    where: { shop },
    select: { sendDelayAlerts: true, stageUpdates: true, flowStages: true },
  });
  if (!choices) return DEFAULT_OUTREACH_CHOICES;
  // The columns hold only what outreachChoicesSchema accepted.
  return {
    sendDelayAlerts: choices.sendDelayAlerts,
    stageUpdates: choices.stageUpdates as NotifiedStage[],
    flowStages: choices.flowStages as FlowStage[],
  };
}

/** Whether the shop saved a sender and server, without which no email goes out. */
export async function hasEmailServer(db: DatabaseClient, shop: string): Promise<boolean> {
  return (await db.emailSettings.findUnique({ where: { shop }, select: { shop: true } })) !== null;
}

export async function saveOutreachChoices(db: DatabaseClient, shop: string, choices: OutreachChoices) {
  await db.outreachChoices.upsert({ where: { shop }, create: { shop, ...choices }, update: choices });
}
