// The Helpdesks page's forms posted through its action as the browser sends
// them (Conform's field names, one intent each): the attribution options and
// an agent mapping, refused next to the field at fault with nothing written,
// and saved with an answer only the form that sent it reads.
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import { helpdeskSettingsFor, unknownTouchAgents } from "../app/data/support-touches.server";
import { action as helpdesksAction } from "../app/routes/app.helpdesks";
import { action as touchAction } from "../app/routes/helpdesk.$shop.touches";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { adminRequest } from "./factories/admin-requests";
import { agentWithCodes } from "./factories/agents";
import { answeredFieldErrors, formBody, type FormFields } from "./factories/forms";
import { touchRequest } from "./factories/helpdesk";
import { installApp, withSignedInStaff } from "./factories/local-shopify";
import { routeAnswer } from "./factories/routes";

const signedIn = withSignedInStaff("chloe@concierge-demo.example");

async function post(fields: FormFields) {
  const request = adminRequest("/app/helpdesks", { shop: DEMO_SHOP, userId: signedIn.staffId(), method: "POST", body: formBody(fields) });
  const response = await routeAnswer(helpdesksAction, request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const stored = () => db.helpdeskSettings.findUniqueOrThrow({ where: { shop: DEMO_SHOP } });

/** A touch by a helpdesk agent no Concierge agent has the email of: kept, listed to map. */
async function touchBy(agentEmail: string) {
  await installApp(signedIn.local());
  const secret = (await helpdeskSettingsFor(db, DEMO_SHOP)).secret;
  const fields = {
    helpdesk: "gorgias",
    customerEmail: "amira@example.com",
    agentEmail,
    channel: "email",
    conversationId: `T-${Math.random().toString(36).slice(2, 8)}`,
    time: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
  };
  const response = await touchAction({
    request: touchRequest(DEMO_SHOP, fields, { scheme: "signature", secret }),
    params: { shop: DEMO_SHOP },
    context: {},
  });
  expect(response.status).toBeLessThan(300);
}

describe("the attribution options form", () => {
  it("saves the window and Zendesk's secret, and keeps the stored secret when the field is left blank", async () => {
    const saved = await post({ intent: "options", windowDays: "5", zendeskSigningSecret: "zendesk-signing-secret" });
    expect(saved).toMatchObject({
      status: 200,
      body: {
        intent: "options",
        saved: true,
        message: "Saved: orders are credited to the last agent who touched the customer within 5 days.",
      },
    });
    expect(await post({ intent: "options", windowDays: "7", zendeskSigningSecret: "" })).toMatchObject({ status: 200 });
    expect(await stored()).toMatchObject({ windowDays: 7, zendeskSigningSecret: "zendesk-signing-secret" });
  });

  it("refuses a window out of range and a short secret next to their fields, and saves nothing", async () => {
    await post({ intent: "options", windowDays: "5", zendeskSigningSecret: "zendesk-signing-secret" });
    for (const windowDays of ["0", "31", "2.5", ""]) {
      const refused = await post({ intent: "options", windowDays, zendeskSigningSecret: "short" });
      expect(refused).toMatchObject({ status: 400, body: { intent: "options", saved: false } });
      expect(answeredFieldErrors(refused.body)).toEqual({
        windowDays: "The window is a whole number of days from 1 to 30",
        zendeskSigningSecret: "Zendesk's signing secret is longer than that",
      });
    }
    expect(await stored()).toMatchObject({ windowDays: 5, zendeskSigningSecret: "zendesk-signing-secret" });
  });
});

describe("an agent mapping", () => {
  it("refuses an agent id that is none of the shop's agents next to its select, and writes nothing", async () => {
    await touchBy("sam@helpdesk.example");
    const stranger = await agentWithCodes(db, "north-wind.myshopify.com", "Stranger", { email: "s@north.test", codes: [] });
    for (const agentId of ["no-such-agent", stranger.id]) {
      const refused = await post({ intent: "map", agentEmail: "sam@helpdesk.example", agentId });
      // The answer names the row that sent it: only that row shows the error.
      expect(refused).toMatchObject({ status: 400, body: { intent: "map", agentEmail: "sam@helpdesk.example", saved: false } });
      expect(answeredFieldErrors(refused.body)).toEqual({ agentId: "Choose an agent of this shop" });
    }
    const missing = await post({ intent: "map", agentEmail: "sam@helpdesk.example" });
    expect(answeredFieldErrors(missing.body)).toEqual({ agentId: "Choose the agent" });
    expect(await db.supportTouch.findMany({ where: { shop: DEMO_SHOP }, select: { agentId: true } })).toEqual([{ agentId: null }]);
    expect((await unknownTouchAgents(db, DEMO_SHOP)).map((row) => row.agentEmail)).toEqual(["sam@helpdesk.example"]);
  });

  it("credits the touches to the chosen agent and says so", async () => {
    await touchBy("sam@helpdesk.example");
    const omar = await agentWithCodes(db, DEMO_SHOP, "Omar Haddad", { email: "omar@concierge-demo.example", codes: [] });
    expect(await post({ intent: "map", agentEmail: "Sam@Helpdesk.Example", agentId: omar.id })).toMatchObject({
      status: 200,
      body: { intent: "map", saved: true, message: "1 touch by sam@helpdesk.example now credit Omar Haddad." },
    });
    expect(await db.supportTouch.findMany({ where: { shop: DEMO_SHOP }, select: { agentId: true } })).toEqual([{ agentId: omar.id }]);
    expect(await unknownTouchAgents(db, DEMO_SHOP)).toEqual([]);
  });
});
