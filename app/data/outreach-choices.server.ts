// What a shop chose to send about its shipments (OutreachChoices), read by the
// transactions that decide the messages and saved by the Email page. Emails
// also need a server (EmailSettings); Flow triggers do not.
import type { DatabaseClient } from "../db.server";
import { DEFAULT_OUTREACH_CHOICES, type OutreachChoices } from "../domain/outreach/email-settings";
import type { FlowStage, NotifiedStage } from "../domain/outreach/stages";

/** The shop's choices, the defaults where it never chose, and whether it has a server to send emails through. */
export async function outreachChoicesOf(db: DatabaseClient, shop: string): Promise<OutreachChoices & { emailReady: boolean }> {
  const [choices, server] = await Promise.all([
    db.outreachChoices.findUnique({ where: { shop }, select: { sendDelayAlerts: true, stageUpdates: true, flowStages: true } }),
    db.emailSettings.findUnique({ where: { shop }, select: { shop: true } }),
  ]);
  return {
    sendDelayAlerts: choices?.sendDelayAlerts ?? DEFAULT_OUTREACH_CHOICES.sendDelayAlerts,
    // The columns hold only what outreachChoicesSchema accepted.
    stageUpdates: (choices?.stageUpdates as NotifiedStage[] | undefined) ?? DEFAULT_OUTREACH_CHOICES.stageUpdates,
    flowStages: (choices?.flowStages as FlowStage[] | undefined) ?? DEFAULT_OUTREACH_CHOICES.flowStages,
    emailReady: server !== null,
  };
}

export async function saveOutreachChoices(db: DatabaseClient, shop: string, choices: OutreachChoices) {
  await db.outreachChoices.upsert({ where: { shop }, create: { shop, ...choices }, update: choices });
}
