// The Helpdesks page: the shop's endpoint and secret, each helpdesk's setup
// with its test button, the attribution window, and the helpdesk agents
// Concierge couldn't match, to map. Each form's action (app/routes/
// app.helpdesks.forms.server.ts) hands these what its schema parsed
// (app/domain/helpdesk/forms.ts). See docs/decisions/018-helpdesk-touches.md.
import type { ServiceContext } from "./context";
import {
  assignTouchesToAgent,
  attributionWindowDays,
  helpdeskSettingsFor,
  lastReceivedByHelpdesk,
  rotateHelpdeskSecret as rotateSecret,
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
import { cardEndpoint, cardSetup, helpdeskSetups, sampleTouch, SHOPIFY_INBOX_NOTE, touchesEndpoint } from "../domain/helpdesk/setups";
import type { AgentMapping, HelpdeskOptions, HelpdeskOptionsValues, TestedHelpdesk } from "../domain/helpdesk/forms";
import type { FieldErrors } from "../domain/forms";
import { formMessage } from "../domain/form-message";
import type { AdminLocale } from "../i18n/locales";
import { phrase, verbatim, type Phrase } from "../domain/phrase";
import { queueTouchAttributions, receiveTouch } from "./support-touches.server";

const DAY_MS = 24 * 60 * 60 * 1000;

export type HelpdeskContext = Pick<ServiceContext, "db" | "shop" | "now" | "staff">;

/** `language`: the staff member's, which the customer card's URL asks the card to be written in. */
export async function loadHelpdeskSetup(context: HelpdeskContext, appUrl: string, language: AdminLocale) {
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
    options: { windowDays: String(settings.windowDays), zendeskSigningSecret: "" } satisfies HelpdeskOptionsValues,
    zendeskSigningSecretSet: settings.zendeskSigningSecret !== null,
    setups: helpdeskSetups(endpoint, settings.secret).map((setup) => ({
      ...setup,
      received: received.get(setup.id)
        ? { touches: received.get(setup.id)!.touches, lastReceivedAt: received.get(setup.id)!.lastReceivedAt?.toISOString() ?? null }
        : null,
    })),
    shopifyInbox: SHOPIFY_INBOX_NOTE,
    card: cardSetup(cardEndpoint(appUrl, shop), settings.secret, language),
    unknownAgents: unknown.map((row) => ({ ...row, lastTouchedAt: row.lastTouchedAt?.toISOString() ?? null })),
    agents: agents.filter((agent) => agent.active).map((agent) => ({ id: agent.id, name: agent.name, email: agent.email })),
  };
}

export type HelpdeskSetupPage = Awaited<ReturnType<typeof loadHelpdeskSetup>>;

/** What a form's save says: a phrase, read in the staff member's language; a refusal is keyed by the field it is about (formMessage). */
export type HelpdeskSaveResult = { ok: true; message: Phrase } | { ok: false; fieldErrors: FieldErrors };

/** What a button's post says (a new secret, a test touch), in a banner of that tone. */
export interface HelpdeskNotice {
  ok: boolean;
  tone: "success" | "warning" | "critical";
  message: Phrase;
}

/** The attribution window and, when one was typed, Zendesk's signing secret (left blank, the stored one stays). */
export async function saveHelpdeskOptions(context: HelpdeskContext, options: HelpdeskOptions): Promise<HelpdeskSaveResult> {
  const { db, shop } = context;
  await updateHelpdeskOptions(db, shop, {
    windowDays: options.windowDays,
    ...(options.zendeskSigningSecret ? { zendeskSigningSecret: options.zendeskSigningSecret } : {}),
  });
  return {
    ok: true,
    message: phrase("helpdesks:results.saved", { period: phrase("helpdesks:results.days", { count: options.windowDays }) }),
  };
}

/**
 * A helpdesk email's touches credited to one of the shop's agents from now
 * on, and the recent ones' orders credited again (through the job queue).
 */
export async function mapHelpdeskAgent(context: HelpdeskContext, mapping: AgentMapping): Promise<HelpdeskSaveResult> {
  const { db, shop, now } = context;
  const agent = await findAgent(db, shop, mapping.agentId);
  if (!agent) return { ok: false, fieldErrors: { agentId: formMessage("helpdesks:form.agentOfShop") } };
  const since = new Date(now.getTime() - (await attributionWindowDays(db, shop)) * DAY_MS - SIGNED_TOUCH_MAX_AGE_MS);
  const { count, recentTouchIds } = await assignTouchesToAgent(db, shop, mapping.agentEmail, agent.id, since);
  await queueTouchAttributions(db, shop, recentTouchIds);
  return {
    ok: true,
    message: phrase("helpdesks:results.mapped", {
      touches: phrase("helpdesks:setup.touches", { count }),
      email: mapping.agentEmail,
      agent: agent.name,
    }),
  };
}

/** A new secret; the previous one keeps working for a day (PREVIOUS_SECRET_GRACE_MS). */
export async function rotateHelpdeskSecret(context: HelpdeskContext): Promise<HelpdeskNotice> {
  await rotateSecret(context.db, context.shop, context.now);
  return { ok: true, tone: "warning", message: phrase("helpdesks:results.rotated") };
}

/**
 * Sends a test touch as the chosen helpdesk would (its headers, its
 * signature, a sample conversation by the signed-in staff member or the first
 * agent) through the same checks as a real one; nothing is stored.
 */
export async function sendHelpdeskTest(context: HelpdeskContext, helpdesk: TestedHelpdesk): Promise<HelpdeskNotice> {
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
    if (!settings.zendeskSigningSecret) return { ok: false, tone: "critical", message: phrase("helpdesks:results.zendeskSecretWhy") };
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
    tone: "critical",
    message: phrase("helpdesks:results.testRefused", { name, reason: phrase(`helpdesks:results.reasons.${result.kind}`) }),
  };
}
