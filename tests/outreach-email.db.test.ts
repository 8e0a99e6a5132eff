// Email from Concierge itself (issue 15): the merchant's SMTP settings, the
// delay email a shipment at risk sends once, in the shopper's language, with
// the shop's branding and the tracking link, through a local SMTP server.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import type { FlowStage, NotifiedStage } from "../app/domain/outreach/stages";
import { queueShipmentAlerts, sendOutreachMessage } from "../app/services/outreach-email.server";
import { UNINSTALLED_REASON } from "../app/jobs/worker.server";
import { action as appUninstalled } from "../app/routes/webhooks.app.uninstalled";
import { deliver } from "./factories/webhooks";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import {
  addFulfillmentEvent,
  createOrder,
  fulfillOrder,
  shopifyTime,
  type FulfillmentEventStatus,
  type OrderRecord,
} from "../local-shopify/store";
import { fulfillmentEventPayload, fulfillmentPayload } from "../local-shopify/webhooks";
import { action as emailAction, loader as emailLoader } from "../app/routes/app.email";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { chooseOutreach, setUpEmailServer } from "./factories/email-settings";
import { answeredFieldErrors, formBody } from "./factories/forms";
import { queuedJobs, runQueuedJobs } from "./factories/jobs";
import { templateEditor } from "./factories/template-editor";
import { loader as clickLoader } from "../app/routes/links.$shop.click.$messageId";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../app/routes/links.$shop.unsubscribe.$messageId";
import { messageLinks } from "../app/services/outreach-links.server";
import { webhookDispatcher, withInstalledLocalShopify } from "./factories/local-shopify";
import { buttonLink, decodedBody, headerOf, startLocalSmtp, withLocalSmtp } from "./factories/smtp";

const DAY = 24 * 60 * 60 * 1000;

const local = withInstalledLocalShopify();
const smtp = withLocalSmtp();

type Choices = { sendDelayAlerts: boolean; stageUpdates?: NotifiedStage[]; flowStages?: FlowStage[] };

/** Maison Nour's server (a reply-to, a user and password; `server` replaces fields) and, by default, the delay email on. */
async function setUpEmail(server: Record<string, string> = {}, choices: Choices = { sendDelayAlerts: true }) {
  await setUpEmailServer(smtp().port, {
    replyTo: "help@maison-nour.example",
    username: "maison",
    password: "s3cret-smtp-password",
    ...server,
  });
  await chooseOutreach(choices);
}

beforeEach(async () => {
  await db.trackingSettings.create({ data: { shop: DEMO_SHOP, primaryColor: "#0b5394", supportEmail: "care@maison-nour.example" } });
});

/** A new order shipped yesterday by UPS, for a customer whose language is `locale`. */
async function shippedOrder(locale = "en") {
  const data = local().store.getShop(DEMO_SHOP);
  const customer = [...data.customers.values()].find((candidate) => candidate.email && candidate.firstName)!;
  const variant = [...data.variants.values()].find((candidate) => candidate.sku !== null)!;
  const order = createOrder(local().store, data, {
    customerId: customer.id,
    lines: [{ variantId: variant.id, quantity: 1 }],
    createdAt: shopifyTime(Date.now() - 2 * DAY),
  });
  order.customerLocale = locale;
  const fulfillment = fulfillOrder(local().store, data, order, {
    at: shopifyTime(Date.now() - DAY),
    tracking: { company: "UPS", number: `1Z${order.id}`, url: null },
    shipmentStatus: "IN_TRANSIT",
  });
  await webhookDispatcher().deliver("fulfillments/create", DEMO_SHOP, fulfillmentPayload(data, order, fulfillment));
  return { order, customer };
}

async function carrierScan(order: OrderRecord, status: FulfillmentEventStatus, eventId?: string, dispatcher = webhookDispatcher()) {
  const data = local().store.getShop(DEMO_SHOP);
  const fulfillment = order.fulfillments[0]!;
  const event = addFulfillmentEvent(local().store, data, order, fulfillment, { status, at: shopifyTime(Date.now()) });
  const payload = fulfillmentEventPayload(data, order, fulfillment, event);
  await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, payload, { eventId });
  return payload;
}

/** The emails owed for an order (Flow runs, kind flow:*, are tested with shipments at risk). */
const EMAILS = { NOT: { kind: { startsWith: "flow:" } } };
const messagesOf = (order: OrderRecord) =>
  db.outreachMessage.findMany({ where: { shop: DEMO_SHOP, orderId: String(order.id), ...EMAILS } });

describe("the delay email", () => {
  it("is sent once to the shopper, however often the delay is delivered or repeated", async () => {
    await setUpEmail();
    const { order, customer } = await shippedOrder("en");
    const payload = await carrierScan(order, "DELAYED", "delay-1");
    const dispatcher = webhookDispatcher();
    await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, payload, { eventId: "delay-1" }); // Shopify retries the delivery
    await dispatcher.deliver("fulfillment_events/create", DEMO_SHOP, payload); // the same scan as a new event
    await carrierScan(order, "DELAYED"); // the carrier says it again
    await runQueuedJobs();

    expect(smtp().messages).toHaveLength(1);
    const [mail] = smtp().messages;
    expect(mail!.to).toEqual([customer.email]);
    expect(mail!.from).toBe("hello@maison-nour.example");
    expect(headerOf(mail!.raw, "Subject")).toBe(`Your order ${order.name} is running late`);
    const body = decodedBody(mail!.raw);
    // The button is the tracking page through a signed click link ("signed links" below follows it).
    const link = new URL(buttonLink(body));
    expect(link.origin + link.pathname).toMatch(new RegExp(`^https://concierge\\.test/links/${DEMO_SHOP}/click/[a-z0-9]+$`));
    expect(link.searchParams.get("to")).toBe(`https://${DEMO_SHOP}/apps/concierge/track?order=${order.name.slice(1)}`);
    expect(body).toContain(`Hi ${customer.firstName},`);
    expect(body).toContain("border-top:4px solid #0b5394");
    expect(body).toContain("care@maison-nour.example");

    const messages = await messagesOf(order);
    expect(messages).toEqual([expect.objectContaining({ kind: "shipment_delay", status: "sent", toEmail: customer.email, locale: "en" })]);
  });

  it("is not sent once the merchant has uninstalled Concierge: the message says why, and no failed work is listed", async () => {
    await setUpEmail();
    const { order } = await shippedOrder("en");
    // The delay found just before the merchant uninstalls: its email waits in the queue.
    await queueShipmentAlerts(db, DEMO_SHOP, [
      { kind: "delayed", fulfillmentId: String(order.fulfillments[0]!.id), orderId: String(order.id) },
    ]);
    await deliver(appUninstalled, "app/uninstalled", { id: 1, myshopify_domain: DEMO_SHOP }, { shop: DEMO_SHOP, process: false });
    await runQueuedJobs();

    expect(smtp().messages).toHaveLength(0);
    expect(await messagesOf(order)).toEqual([
      expect.objectContaining({ kind: "shipment_delay", status: "failed", error: UNINSTALLED_REASON }),
    ]);
    expect(await queuedJobs("outreach-send")).toEqual([]);
    expect(await db.failedJob.count({ where: { shop: DEMO_SHOP } })).toBe(0);
    // Back in the admin later, the log gives Concierge's reason by its key, which the page shows in the merchant's language.
    expect((await openEmailPage()).messages).toEqual([expect.objectContaining({ status: "failed", notSent: "uninstalled" })]);
  });

  it("is written in Arabic, right to left, for an Arabic-speaking shopper", async () => {
    await setUpEmail();
    const { order } = await shippedOrder("ar-AE");
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    expect(smtp().messages).toHaveLength(1);
    expect(headerOf(smtp().messages[0]!.raw, "Subject")).toBe(`طلبك ${order.name} متأخر قليلاً`);
    const body = decodedBody(smtp().messages[0]!.raw);
    expect(body).toContain('<html lang="ar" dir="rtl">');
    expect(body).toContain("تتبع طلبي");
  });

  it("logs in with the merchant's password, which the database holds only sealed", async () => {
    await setUpEmail();
    const stored = await db.emailSettings.findUniqueOrThrow({ where: { shop: DEMO_SHOP } });
    expect(stored.passwordSealed).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain("s3cret-smtp-password");
    // Saved again without a password: the stored one is kept.
    await setUpEmail({ password: "" });
    const { order } = await shippedOrder();
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    expect(smtp().logins).toEqual([{ username: "maison", password: "s3cret-smtp-password" }]);
  });

  it("is not written when the merchant sends no delay emails, or has no email set up", async () => {
    const first = await shippedOrder();
    await carrierScan(first.order, "DELAYED");
    await setUpEmail({}, { sendDelayAlerts: false });
    const second = await shippedOrder();
    await carrierScan(second.order, "DELAYED");
    await runQueuedJobs();
    expect(await db.outreachMessage.count({ where: EMAILS })).toBe(0);
    expect(smtp().messages).toHaveLength(0);
  });

  it("is tried again when the SMTP server refuses it for a while, and sent once", async () => {
    await setUpEmail();
    const { order } = await shippedOrder();
    smtp().refuseWith = "Try again later";
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    const [waiting] = await messagesOf(order);
    expect(waiting).toMatchObject({ status: "queued" });
    expect(waiting!.error).toContain("Try again later");
    expect(smtp().messages).toHaveLength(0);

    smtp().refuseWith = null;
    const admin = (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin;
    expect(await sendOutreachMessage({ db, admin, now: () => new Date() }, DEMO_SHOP, waiting!.id)).toBe("sent");
    expect(await sendOutreachMessage({ db, admin, now: () => new Date() }, DEMO_SHOP, waiting!.id)).toBe("already_handled");
    expect(smtp().messages).toHaveLength(1);
  });

  it("is recorded as bounced, and never sent again, when the server refuses the address for good", async () => {
    await setUpEmail();
    const { order } = await shippedOrder();
    const customer = local().store.getShop(DEMO_SHOP).customers.get(order.customerId!)!;
    smtp().bounce.add(customer.email!.toLowerCase());
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    const [bounced] = await messagesOf(order);
    expect(bounced).toMatchObject({ status: "bounced" });
    expect(bounced!.error).toContain("No such mailbox");
    expect(smtp().messages).toHaveLength(0);
    // Not queued again: a retry, a redelivered event or a second run sends nothing.
    expect(await queuedJobs("outreach-send")).toHaveLength(0);
    const admin = (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin;
    expect(await sendOutreachMessage({ db, admin, now: () => new Date() }, DEMO_SHOP, bounced!.id)).toBe("already_handled");
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    expect(smtp().messages).toHaveLength(0);
    expect(await messagesOf(order)).toHaveLength(1);
  });

  it("keeps to the merchant's emails a minute, the others waiting for the next minute", async () => {
    await setUpEmail();
    await db.emailSettings.update({ where: { shop: DEMO_SHOP }, data: { ratePerMinute: 2 } });
    // The scans' jobs wait for this test's clock: a worker running them as they come would send on the real
    // clock, whose minute may turn between two scans (then a third email is rightly sent in the new minute).
    const orders = [];
    for (let count = 0; count < 4; count++) orders.push((await shippedOrder()).order);
    const noWorkerYet = webhookDispatcher(undefined, { runJobs: false });
    for (const order of orders) await carrierScan(order, "DELAYED", undefined, noWorkerYet);
    const minute = Math.floor(Date.now() / 60_000) * 60_000; // every send of this run in one minute's window
    await runQueuedJobs({ now: () => new Date(minute + 1000) });
    expect(smtp().messages).toHaveLength(2);
    const waiting = await db.outreachMessage.findMany({ where: { shop: DEMO_SHOP, kind: "shipment_delay", status: "queued" } });
    expect(waiting).toHaveLength(2);
    const ids = new Set(waiting.map((message) => message.id));
    const jobs = (await queuedJobs("outreach-send")).filter((job) => ids.has((job.data as { messageId: string }).messageId));
    expect(jobs).toHaveLength(2); // each in a job of its own for the next minute

    const admin = (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin;
    const nextMinute = () => new Date(minute + 61_000);
    for (const message of waiting) expect(await sendOutreachMessage({ db, admin, now: nextMinute }, DEMO_SHOP, message.id)).toBe("sent");
    expect(smtp().messages).toHaveLength(4);
  });

  it("is never sent again after a worker died during the SMTP conversation", async () => {
    await setUpEmail();
    const { order } = await shippedOrder();
    smtp().refuseWith = "Try again later";
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    smtp().refuseWith = null;
    const [message] = await messagesOf(order);
    // The worker had claimed it and was talking to the server when it died.
    await db.outreachMessage.update({ where: { id: message!.id }, data: { status: "sending", sendingAt: new Date() } });
    const admin = (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin;
    expect(await sendOutreachMessage({ db, admin, now: () => new Date() }, DEMO_SHOP, message!.id)).toBe("already_handled");
    expect(smtp().messages).toHaveLength(0);
    expect((await messagesOf(order))[0]).toMatchObject({ status: "perhaps_sent" });
  });
});

/** Posts one of the Email page's forms, as Chloe. */
async function postEmailForm(intent: "server" | "choices" | "test", fields: Record<string, string | string[]>) {
  const userId = await signInStaff(local(), DEMO_SHOP, "chloe@concierge-demo.example");
  const response = await emailAction({
    request: adminRequest("/app/email", { shop: DEMO_SHOP, userId, method: "POST", body: formBody({ intent, ...fields }) }),
    params: {},
    context: {},
  });
  return { status: response.status, body: (await response.json()) as { saved?: boolean; test?: { ok: boolean; message: string } | null } };
}

async function openEmailPage() {
  const userId = await signInStaff(local(), DEMO_SHOP, "chloe@concierge-demo.example");
  return emailLoader({ request: adminRequest("/app/email", { shop: DEMO_SHOP, userId }), params: {}, context: {} });
}

describe("the Email page", () => {
  it("saves the server, shows the log, and never gives the password back", async () => {
    const server = { fromName: "Maison Nour", host: "127.0.0.1", port: String(smtp().port), security: "none" };
    const refused = await postEmailForm("server", { ...server, fromEmail: "not an email" });
    expect(refused.status).toBe(400);
    expect(answeredFieldErrors(refused.body)).toEqual({ fromEmail: "Enter an email address like hello@yourshop.com" });
    expect(await db.emailSettings.count()).toBe(0);

    const saved = await postEmailForm("server", {
      ...server,
      fromEmail: "hello@maison-nour.example",
      username: "maison",
      password: "s3cret-smtp-password",
    });
    expect(saved).toMatchObject({ status: 200, body: { saved: true } });
    const { order } = await shippedOrder();
    await carrierScan(order, "DELAYED"); // the delay email is on until the merchant says otherwise
    await runQueuedJobs();

    const page = await openEmailPage();
    expect(page.isSetUp).toBe(true);
    expect(page.hasPassword).toBe(true);
    expect(page.server).toMatchObject({ fromEmail: "hello@maison-nour.example", password: "", ratePerMinute: "60" });
    expect(JSON.stringify(page)).not.toContain("s3cret");
    expect(page.messages.filter((message) => message.kind === "shipment_delay")).toEqual([
      expect.objectContaining({ status: "sent", subject: `Your order ${order.name} is running late` }),
    ]);
  });

  it("answers 400 to a form it does not have", async () => {
    await expect(postEmailForm("nothing" as "server", {})).rejects.toMatchObject({ status: 400 });
  });
});

describe("the test email", () => {
  async function testSend(fields: Record<string, string>) {
    const { status, body } = await postEmailForm("test", fields);
    return { status, test: body.test, fieldErrors: answeredFieldErrors(body) };
  }

  it("goes to the address the merchant gives, in the language they choose, through their server", async () => {
    expect(await testSend({ to: "owner@maison-nour.example" })).toEqual({
      status: 400,
      test: { ok: false, message: "Save your sender and server first: the test is sent through them." },
      fieldErrors: {},
    });
    await setUpEmail();
    expect(await testSend({ to: "not an address" })).toEqual({
      status: 400,
      test: null,
      fieldErrors: { to: "Enter the address to send the test to, like you@yourshop.com" },
    });
    expect(await testSend({ to: "Owner@Maison-Nour.example", language: "ar" })).toEqual({
      status: 200,
      test: {
        ok: true,
        message: "The test email was accepted by your server for owner@maison-nour.example. Check that inbox (and its spam folder).",
      },
      fieldErrors: {},
    });
    expect(smtp().messages).toHaveLength(1);
    expect(smtp().messages[0]!.to).toEqual(["owner@maison-nour.example"]);
    expect(headerOf(smtp().messages[0]!.raw, "Subject")).toBe("[Test] طلبك #1001 متأخر قليلاً");
    expect(decodedBody(smtp().messages[0]!.raw)).toContain('dir="rtl"');
    expect(await db.outreachMessage.count()).toBe(0); // a test is no message to a shopper
  });

  it("says in words why the server did not take it, never a 500", async () => {
    await setUpEmail();
    smtp().refuseWith = "Mailbox busy, try later";
    expect(await testSend({ to: "owner@maison-nour.example" })).toEqual({
      status: 502,
      test: {
        ok: false,
        message: expect.stringMatching(
          /^The server turned the email away for now \(a temporary refusal\)\. The server said: "451 Mailbox busy/,
        ),
      },
      fieldErrors: {},
    });
    smtp().refuseWith = null;
    const closed = await startLocalSmtp();
    await closed.close(); // a port where nothing answers
    await setUpEmail({ port: String(closed.port) });
    expect(await testSend({ to: "owner@maison-nour.example" })).toEqual({
      status: 502,
      test: { ok: false, message: `Nothing answers at 127.0.0.1:${closed.port}: check the server's host name and port.` },
      fieldErrors: {},
    });
  });
});

describe("the templates the merchant edits", () => {
  const editor = () => templateEditor(local(), DEMO_SHOP);

  it("refuses a placeholder the message does not offer, by name", async () => {
    const { post } = await editor();
    const refused = await post({
      intent: "save",
      kind: "shipment_delay",
      locale: "en",
      subject: "{{firstName}}, here is {{discountCode}}",
      body: "Hello",
      button: "Track",
    });
    expect(refused.status).toBe(400);
    const { result } = (await refused.json()) as { result: { error: Record<string, string[]> } };
    expect(result.error.subject![0]).toMatch(
      /^\{\{discountCode\}\} is not a placeholder of this message: use \{\{firstName\}\}, \{\{orderName\}\}/,
    );
    expect(await db.outreachTemplate.count()).toBe(0);
  });

  it("sends the merchant's text once saved, in the shopper's language, and the shipped text again after a reset", async () => {
    await setUpEmail();
    const { post, open } = await editor();
    const saved = await post({
      intent: "save",
      kind: "shipment_delay",
      locale: "ar",
      subject: "{{firstName}}، طلبك {{orderName}} تأخر",
      body: "نعتذر عن التأخير.\n\nتابع طلبك هنا: {{trackingUrl}}",
      button: "تتبع الشحنة",
    });
    expect(saved.status).toBe(200);
    const page = await open("message=shipment_delay&language=ar");
    expect(page).toMatchObject({ edited: true, template: { button: "تتبع الشحنة" }, editedKeys: ["shipment_delay:ar"] });
    expect((await open("message=shipment_delay&language=en")).edited).toBe(false); // English keeps the shipped text

    const first = await shippedOrder("ar");
    await carrierScan(first.order, "DELAYED");
    await runQueuedJobs();
    expect(headerOf(smtp().messages[0]!.raw, "Subject")).toBe(`${first.customer.firstName}، طلبك ${first.order.name} تأخر`);
    const body = decodedBody(smtp().messages[0]!.raw);
    expect(body).toContain('dir="rtl"');
    expect(body).toContain("تتبع الشحنة");
    expect(body).toContain(`تابع طلبك هنا: ${buttonLink(body).replace(/&/g, "&amp;")}`);

    expect((await post({ intent: "reset", kind: "shipment_delay", locale: "ar" })).status).toBe(200);
    expect(await open("message=shipment_delay&language=ar")).toMatchObject({ edited: false, editedKeys: [] });
    const second = await shippedOrder("ar");
    await carrierScan(second.order, "DELAYED");
    await runQueuedJobs();
    expect(headerOf(smtp().messages[1]!.raw, "Subject")).toBe(`طلبك ${second.order.name} متأخر قليلاً`);
  });

  it("answers 400 for a message or language it does not have", async () => {
    const { open } = await editor();
    await expect(open("message=password_reset&language=ar")).rejects.toMatchObject({ status: 400 });
  });
});

describe("stage updates", () => {
  it("tell shoppers about the stages the merchant chose, each once, and no other", async () => {
    await setUpEmail({}, { sendDelayAlerts: false, stageUpdates: ["shipped", "delivered"] });
    const { order } = await shippedOrder("fr");
    await carrierScan(order, "IN_TRANSIT");
    await carrierScan(order, "OUT_FOR_DELIVERY");
    const delivered = await carrierScan(order, "DELIVERED", "delivered-1");
    await webhookDispatcher().deliver("fulfillment_events/create", DEMO_SHOP, delivered); // delivered again, as a new event
    await runQueuedJobs();

    expect(smtp().messages.map((mail) => headerOf(mail.raw, "Subject"))).toEqual([
      `Votre commande ${order.name} est en route`,
      `Votre commande ${order.name} a été livrée`,
    ]);
    expect((await messagesOf(order)).map((message) => message.kind).sort()).toEqual(["stage_delivered", "stage_shipped"]);
  });

  it("go by email, through Shopify Flow, or both, as the merchant chose for each stage", async () => {
    await setUpEmail(
      {},
      { sendDelayAlerts: true, stageUpdates: ["out_for_delivery", "delivered"], flowStages: ["shipped", "out_for_delivery"] },
    );
    const { order } = await shippedOrder("en");
    await carrierScan(order, "IN_TRANSIT"); // Flow only
    await carrierScan(order, "OUT_FOR_DELIVERY"); // both
    await carrierScan(order, "DELAYED"); // the delay email only: "delayed" is not sent to Flow
    await carrierScan(order, "DELIVERED"); // email only
    await runQueuedJobs();

    expect(smtp().messages.map((mail) => headerOf(mail.raw, "Subject"))).toEqual([
      `Your order ${order.name} arrives today`,
      `Your order ${order.name} is running late`,
      `Your order ${order.name} was delivered`,
    ]);
    const runs = local()
      .store.getShop(DEMO_SHOP)
      .flowTriggerRuns.filter((run) => run.payload.order_id === order.id);
    expect(runs.map((run) => [run.handle, run.payload.Stage])).toEqual([
      ["shipment-stage", "shipped"],
      ["shipment-stage", "out_for_delivery"],
    ]);
    expect(runs[0]!.payload["Tracking page"]).toBe(`https://${DEMO_SHOP}/apps/concierge/track?order=${order.name.slice(1)}`);
  });

  it("are chosen on the Email page without a server, Flow keeping at risk and delivered until the merchant says otherwise", async () => {
    expect((await openEmailPage()).choices).toEqual({ sendDelayAlerts: true, stageUpdates: [], flowStages: ["delayed", "delivered"] });
    // A merchant who only uses Flow: no sender, no server, and the choice is kept.
    const saved = await postEmailForm("choices", { stageUpdates: ["shipped", "delivered"], flowStages: ["out_for_delivery"] });
    expect(saved).toMatchObject({ status: 200, body: { saved: true } });
    const page = await openEmailPage();
    expect(page.isSetUp).toBe(false);
    expect(page.choices).toEqual({ sendDelayAlerts: false, stageUpdates: ["shipped", "delivered"], flowStages: ["out_for_delivery"] });

    // Flow runs at the stage chosen; the stage emails wait for a server.
    const { order } = await shippedOrder();
    await carrierScan(order, "IN_TRANSIT");
    await carrierScan(order, "OUT_FOR_DELIVERY");
    await runQueuedJobs();
    const runs = local()
      .store.getShop(DEMO_SHOP)
      .flowTriggerRuns.filter((run) => run.payload.order_id === order.id);
    expect(runs.map((run) => [run.handle, run.payload.Stage])).toEqual([["shipment-stage", "out_for_delivery"]]);
    expect(await db.outreachMessage.count({ where: EMAILS })).toBe(0);
    expect(smtp().messages).toHaveLength(0);

    const refused = await postEmailForm("choices", { stageUpdates: "shipped", flowStages: ["delivered", "teleported"] });
    expect(refused.status).toBe(400);
    expect(answeredFieldErrors(refused.body)).toEqual({
      "flowStages[1]": "Choose among delayed, shipped, out for delivery and delivered",
    });
    expect((await openEmailPage()).choices).toEqual(page.choices);
  });

  it("are not sent for a scan that is old news", async () => {
    await setUpEmail({}, { sendDelayAlerts: false, stageUpdates: ["delivered"] });
    const { order } = await shippedOrder();
    const data = local().store.getShop(DEMO_SHOP);
    const fulfillment = order.fulfillments[0]!;
    const event = addFulfillmentEvent(local().store, data, order, fulfillment, {
      status: "DELIVERED",
      at: shopifyTime(Date.now() - 3 * DAY),
    });
    await webhookDispatcher().deliver("fulfillment_events/create", DEMO_SHOP, fulfillmentEventPayload(data, order, fulfillment, event));
    await runQueuedJobs();
    expect(smtp().messages).toHaveLength(0);
  });
});

/** Opens one of the email's links as the shopper's browser would, through the app's route. */
async function openLink(link: string, method: "GET" | "POST" = "GET"): Promise<Response> {
  const url = new URL(link);
  const [, , shop, action, messageId] = url.pathname.split("/");
  const args = { request: new Request(url, { method }), params: { shop, messageId }, context: {} };
  if (action === "click") return (await clickLoader(args)) as Response;
  return (await (method === "POST" ? unsubscribeAction(args) : unsubscribeLoader(args))) as Response;
}

describe("signed links", () => {
  async function delayEmail(locale = "en") {
    await setUpEmail();
    const { order, customer } = await shippedOrder(locale);
    await carrierScan(order, "DELAYED");
    await runQueuedJobs();
    const [message] = await messagesOf(order);
    return { order, customer, message: message!, link: buttonLink(decodedBody(smtp().messages.at(-1)!.raw)) };
  }

  it("lead the shopper to the tracking page and log the click on the message", async () => {
    const { order, customer, message, link } = await delayEmail();
    const response = await openLink(link);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`https://${DEMO_SHOP}/apps/concierge/track?order=${order.name.slice(1)}`);
    await openLink(link);
    expect(await db.outreachMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      clickCount: 2,
      customerId: String(customer.id),
      firstClickedAt: expect.any(Date),
    });
    expect(await db.outreachClick.findMany({ where: { shop: DEMO_SHOP, messageId: message.id } })).toEqual([
      expect.objectContaining({ customerId: String(customer.id), email: customer.email!.toLowerCase() }),
      expect.objectContaining({ customerId: String(customer.id) }),
    ]);
  });

  it("do nothing when forged or altered: another destination, message or shop, or no signature", async () => {
    const { message, link } = await delayEmail();
    const other = await db.outreachMessage.create({ data: { shop: DEMO_SHOP, kind: "shipment_delay", dedupeKey: "other", orderId: "1" } });
    const altered = (change: (url: URL) => void) => {
      const url = new URL(link);
      change(url);
      return url.toString();
    };
    const forgeries = [
      altered((url) => url.searchParams.set("to", "https://evil.example/phish")),
      altered((url) => url.searchParams.set("to", `https://${DEMO_SHOP}/collections/all`)),
      altered((url) => (url.pathname = url.pathname.replace(message.id, other.id))),
      altered((url) => (url.pathname = url.pathname.replace(DEMO_SHOP, "another-shop.myshopify.com"))),
      altered((url) => url.searchParams.delete("s")),
      altered((url) => url.searchParams.set("s", "A".repeat(43))),
      altered((url) => url.searchParams.set("s", "not even base64!")),
    ];
    for (const forged of forgeries) {
      const response = await openLink(forged);
      expect(response.status, forged).toBe(404);
      expect(response.headers.get("Location")).toBeNull();
    }
    const unsubscribeForged = new URL(`https://concierge.test/links/${DEMO_SHOP}/unsubscribe/${message.id}`);
    unsubscribeForged.searchParams.set("s", new URL(link).searchParams.get("s")!); // a click signature is no unsubscribe signature
    expect((await openLink(unsubscribeForged.toString(), "POST")).status).toBe(404);

    expect(await db.outreachClick.count()).toBe(0);
    expect(
      await db.outreachMessage.findMany({ where: { shop: DEMO_SHOP, ...EMAILS }, select: { clickCount: true, unsubscribedAt: true } }),
    ).toEqual([
      { clickCount: 0, unsubscribedAt: null },
      { clickCount: 0, unsubscribedAt: null },
    ]);
    expect(await queuedJobs("outreach-unsubscribe")).toHaveLength(0);
  });

  it("unsubscribe the shopper in Shopify after they confirm, in their language, once", async () => {
    const { customer, message } = await delayEmail("ar");
    const shopper = local().store.getShop(DEMO_SHOP).customers.get(customer.id)!;
    shopper.emailMarketingState = "SUBSCRIBED";
    const link = messageLinks(DEMO_SHOP, message.id).unsubscribe();

    // Opening the link (or a mail scanner fetching it) only asks.
    const asked = await openLink(link);
    expect(asked.status).toBe(200);
    const question = await asked.text();
    expect(question).toContain('<html lang="ar" dir="rtl">');
    expect(question).toContain("إلغاء الاشتراك");
    expect(question).toContain(`<form method="post" action="${new URL(link).pathname}?s=`);
    expect(await queuedJobs("outreach-unsubscribe")).toHaveLength(0);

    const confirmed = await openLink(link, "POST");
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("تم إلغاء اشتراكك");
    await openLink(link, "POST"); // the button pressed twice, or the mail client's one-click too
    expect(await queuedJobs("outreach-unsubscribe")).toHaveLength(1);
    await runQueuedJobs();

    expect(shopper.emailMarketingState).toBe("UNSUBSCRIBED");
    expect(shopper.emailMarketingUpdatedAt).toBeTruthy();
    expect((await db.outreachMessage.findUniqueOrThrow({ where: { id: message.id } })).unsubscribedAt).toBeInstanceOf(Date);
    // Back on the link later: already done.
    expect(await (await openLink(link)).text()).toContain("تم إلغاء اشتراكك");
  });
});
