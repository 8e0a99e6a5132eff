// The Helpdesks page: the shop's endpoint and secret, each helpdesk's setup
// with its test button, the attribution window, and the helpdesk agents
// Concierge couldn't match, to map. See docs/decisions/018-helpdesk-touches.md.
import type { ServiceContext } from "./context";
import {
  assignTouchesToAgent,
  attributionWindowDays,
  helpdeskSettingsFor,
  lastReceivedByHelpdesk,
  rotateHelpdeskSecret,
  unknownTouchAgents,
  updateHelpdeskOptions,
} from "../data/support-touches.server";
import { findAgent, firstAgent, listAgents } from "../data/agents.server";
import {
  SIGNED_TOUCH_MAX_AGE_MS,
  conciergeSignature,
  zendeskSignature,
  HEADER_SIGNATURE,
  HEADER_TIMESTAMP,
  HEADER_TOKEN,
  HEADER_ZENDESK_SIGNATURE,
  HEADER_ZENDESK_TIMESTAMP,
} from "../domain/helpdesk/touches";
import {
  cardEndpoint,
  cardSetup,
  helpdeskSetups,
  parseHelpdeskForm,
  sampleTouch,
  SHOPIFY_INBOX_NOTE,
  touchesEndpoint,
} from "../domain/helpdesk/setups";
import type { FieldErrors, FormSubmission } from "../domain/forms";
import { formMessage } from "../domain/form-message";
import { phrase, verbatim, type Phrase } from "../domain/phrase";
import { queueTouchAttributions, receiveTouch } from "./support-touches.server";

const DAY_MS = 24 * 60 * 60 * 1000;

export type HelpdeskContext = Pick<ServiceContext, "db" | "shop" | "now" | "staff">;

export async function loadHelpdeskSetup(context: HelpdeskContext, appUrl: string) {
  const { db, shop, now } = context;
  const [settings, unknown, agents, received] = await Promise.all([
    helpdeskSettingsFor(db, shop),
    unknownTouchAgents(db, shop),
    listAgents(db, shop),
    lastReceivedByHelpdesk(db, shop),
  ]);
  const endpoint = touchesEndpoint(appUrl, shop);
  return {
    endpoint,
    secret: settings.secret,
    rotatedAt: settings.rotatedAt.toISOString(),
    previousSecretUntil: settings.previousExpiresAt && settings.previousExpiresAt > now ? settings.previousExpiresAt.toISOString() : null,
    windowDays: settings.windowDays,
    zendeskSigningSecretSet: settings.zendeskSigningSecret !== null,
    setups: helpdeskSetups(endpoint, settings.secret).map((setup) => ({
      ...setup,
      received: received.get(setup.id)
        ? { touches: received.get(setup.id)!.touches, lastReceivedAt: received.get(setup.id)!.lastReceivedAt?.toISOString() ?? null }
        : null,
    })),
    shopifyInbox: SHOPIFY_INBOX_NOTE,
    card: cardSetup(cardEndpoint(appUrl, shop), settings.secret),
    unknownAgents: unknown.map((row) => ({ ...row, lastTouchedAt: row.lastTouchedAt?.toISOString() ?? null })),
    agents: agents.filter((agent) => agent.active).map((agent) => ({ id: agent.id, name: agent.name, email: agent.email })),
  };
}

/** What the page says after a form: a phrase, read in the staff member's language; field errors are phrases too (formMessage). */
export type HelpdeskActionResult =
  { ok: true; message: Phrase; tone: "success" | "warning" } | { ok: false; fieldErrors: FieldErrors; message?: Phrase };

export async function submitHelpdeskForm(context: HelpdeskContext, submission: FormSubmission): Promise<HelpdeskActionResult> {
  const { db, shop, now } = context;
  const parsed = parseHelpdeskForm(submission);
  if (!parsed.ok) return parsed;
  const form = parsed.form;
  switch (form.intent) {
    case "options":
      await updateHelpdeskOptions(db, shop, {
        windowDays: form.windowDays,
        ...(form.zendeskSigningSecret ? { zendeskSigningSecret: form.zendeskSigningSecret } : {}),
      });
      return {
        ok: true,
        tone: "success",
        message: phrase("helpdesks:results.saved", { period: phrase("helpdesks:results.days", { count: form.windowDays }) }),
      };
    case "rotate":
      await rotateHelpdeskSecret(db, shop, now);
      return {
        ok: true,
        tone: "warning",
        message: phrase("helpdesks:results.rotated"),
      };
    case "map": {
      const agent = await findAgent(db, shop, form.agentId);
      if (!agent) return { ok: false, fieldErrors: { agentId: formMessage("helpdesks:results.chooseAgent") } };
      const since = new Date(now.getTime() - (await attributionWindowDays(db, shop)) * DAY_MS - SIGNED_TOUCH_MAX_AGE_MS);
      const { count, recentTouchIds } = await assignTouchesToAgent(db, shop, form.agentEmail, agent.id, since);
      await queueTouchAttributions(db, shop, recentTouchIds);
      return {
        ok: true,
        tone: "success",
        message: phrase("helpdesks:results.mapped", {
          touches: phrase("helpdesks:setup.touches", { count }),
          email: form.agentEmail,
          agent: agent.name,
        }),
      };
    }
    case "test":
      return testHelpdesk(context, form.helpdesk);
  }
}

/**
 * Sends a test touch as the chosen helpdesk would (its headers, its
 * signature, a sample conversation by the signed-in staff member or the first
 * agent) through the same checks as a real one; nothing is stored.
 */
async function testHelpdesk(context: HelpdeskContext, helpdesk: "gorgias" | "zendesk" | "generic"): Promise<HelpdeskActionResult> {
  const { db, shop, now } = context;
  const settings = await helpdeskSettingsFor(db, shop);
  const agentEmail = context.staff?.email?.toLowerCase() ?? (await firstAgent(db, shop))?.email ?? "agent@example.com";
  const body = JSON.stringify(sampleTouch(helpdesk, agentEmail, now));
  const headers = new Headers({ "Content-Type": "application/json" });
  const seconds = String(Math.floor(now.getTime() / 1000));
  if (helpdesk === "gorgias") headers.set(HEADER_TOKEN, settings.secret);
  else if (helpdesk === "generic") {
    headers.set(HEADER_TIMESTAMP, seconds);
    headers.set(HEADER_SIGNATURE, conciergeSignature(settings.secret, seconds, body));
  } else {
    if (!settings.zendeskSigningSecret)
      return {
        ok: false,
        fieldErrors: { zendeskSigningSecret: formMessage("helpdesks:results.zendeskSecretFirst") },
        message: phrase("helpdesks:results.zendeskSecretWhy"),
      };
    headers.set(HEADER_ZENDESK_TIMESTAMP, now.toISOString());
    headers.set(HEADER_ZENDESK_SIGNATURE, zendeskSignature(settings.zendeskSigningSecret, now.toISOString(), body));
  }
  const result = await receiveTouch({ db, shop, now }, { rawBody: body, headers });
  const name =
    helpdesk === "gorgias" ? verbatim("Gorgias") : helpdesk === "zendesk" ? verbatim("Zendesk") : phrase("helpdesks:results.jsonWebhook");
  if (result.kind === "tested") {
    return result.agent === "known"
      ? {
          ok: true,
          tone: "success",
          message: phrase("helpdesks:results.testKnown", { name, email: agentEmail }),
        }
      : {
          ok: true,
          tone: "warning",
          message: phrase("helpdesks:results.testUnknown", { name, email: agentEmail }),
        };
  }
  return {
    ok: false,
    fieldErrors: {},
    message: phrase("helpdesks:results.testRefused", { name, reason: phrase(`helpdesks:results.reasons.${result.kind}`) }),
  };
}
