// Welcome campaigns that really send (issue 15, decision 028), on the local
// Shopify and a local SMTP server: only customers subscribed to email
// marketing are welcomed; a campaign of 5,000 customers goes out in batches
// within the SMTP server's per-minute cap and the Admin API budget, resumes
// after a worker dies mid-batch and sends nobody twice; an order after a
// click on a campaign email is credited to the campaign and its agent once.
import { beforeEach, describe, expect, it, vi } from "vitest";
import db, { databasePool } from "../app/db.server";
import { rememberShopSettings } from "../app/data/shops.server";
import { campaignFormSchema } from "../app/domain/campaigns/campaign-form";
import { loader as clickLoader } from "../app/routes/links.$shop.click.$messageId";
import { campaignView, createCampaign, listCampaigns } from "../app/services/campaigns.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { addCustomer, createOrder, shopifyTime, type CustomerRecord } from "../local-shopify/store";
import { orderPayload } from "../local-shopify/webhooks";
import { CustomerEmailMarketingConsentUpdateMutation } from "../app/graphql/customer-email-marketing-consent-update";
import { adminMutation } from "../app/admin-api.server";
import { action as campaignsAction, loader as campaignsLoader } from "../app/routes/app.campaigns._index";
import { loader as campaignLoader } from "../app/routes/app.campaigns.$id";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { runQueuedJobs } from "./factories/jobs";
import { templateEditor } from "./factories/template-editor";
import { webhookDispatcher, withInstalledLocalShopify } from "./factories/local-shopify";
import { seedAgent } from "./factories/profit";
import { startWorkerProcess } from "./factories/processes";
import { enqueue, jobQueue } from "../app/jobs/queue.server";
import { buttonLink, decodedBody, headerOf, withLocalSmtp } from "./factories/smtp";
import { setUpEmailServer } from "./factories/email-settings";

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;

const local = withInstalledLocalShopify();
const smtp = withLocalSmtp();

beforeEach(async () => {
  await rememberShopSettings(db, DEMO_SHOP, { currencyCode: "USD", ianaTimezone: "Asia/Dubai" });
  await setUpEmailServer(smtp().port, { ratePerMinute: "1000" });
});

type Consent = CustomerRecord["emailMarketingState"];

/**
 * New customers in Shopify, each with a first order `daysAgo`, and what
 * Concierge keeps of them (their identity, the consent the import read, or
 * none yet, and the order).
 */
async function newCustomers(count: number, options: { shopify: Consent; kept: string | null; daysAgo?: number; locale?: string }) {
  const data = local().store.getShop(DEMO_SHOP);
  const created: CustomerRecord[] = [];
  for (let index = 0; index < count; index++) {
    created.push(
      addCustomer(local().store, data, {
        firstName: `Guest${index}`,
        lastName: "Welcome",
        email: `guest${index}.${Math.random().toString(36).slice(2, 8)}@example.com`,
        locale: options.locale ?? "en",
        createdAt: shopifyTime(Date.now() - 10 * DAY),
        emailMarketingState: options.shopify,
      }),
    );
  }
  const processedAt = new Date(Date.now() - (options.daysAgo ?? 3) * DAY);
  await db.customer.createMany({
    data: created.map((customer) => ({
      shop: DEMO_SHOP,
      customerId: String(customer.id),
      email: customer.email,
      firstName: customer.firstName,
      lastName: customer.lastName,
      emailMarketingState: options.kept,
      shopifyUpdatedAt: processedAt,
    })),
  });
  await db.order.createMany({
    data: created.map((customer) => ({
      shop: DEMO_SHOP,
      orderId: String(900_000_000 + customer.id),
      name: `#W${customer.id}`,
      customerId: String(customer.id),
      email: customer.email,
      currencyCode: "USD",
      totalPriceMinor: 12_000n,
      processedAt,
      shopifyUpdatedAt: processedAt,
    })),
  });
  return created;
}

async function newCampaign(agentId: string, fields: Record<string, string> = {}) {
  const form = campaignFormSchema.parse({
    name: "Welcome, new customers",
    segment: "first_order",
    segmentDays: "30",
    agentId,
    percentOff: "15",
    channel: "email",
    when: "now",
    ...fields,
  });
  const created = await createCampaign({ db, now: new Date() }, DEMO_SHOP, form);
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  return created.campaignId;
}

const recipientsOf = (campaignId: string) => db.outreachMessage.findMany({ where: { shop: DEMO_SHOP, campaignId, kind: "welcome" } });

describe("a welcome campaign", () => {
  it("welcomes only customers subscribed to email marketing, each with their own single-use code", async () => {
    const agent = await seedAgent(DEMO_SHOP, "Layla");
    const [subscribed] = await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED", locale: "ar" });
    // Concierge has not read this one's consent yet; Shopify says not subscribed.
    const [unknown] = await newCustomers(1, { shopify: "NOT_SUBSCRIBED", kept: null });
    // Concierge knows this one unsubscribed.
    await newCustomers(1, { shopify: "UNSUBSCRIBED", kept: "UNSUBSCRIBED" });
    // A customer whose first order is older than the segment's 30 days.
    await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED", daysAgo: 45 });
    const campaignId = await newCampaign(agent.id);
    await runQueuedJobs();

    expect(smtp().messages).toHaveLength(1);
    const [mail] = smtp().messages;
    expect(mail!.to).toEqual([subscribed!.email]);
    const rows = await recipientsOf(campaignId);
    expect(rows.map((row) => [row.customerId, row.status]).sort()).toEqual(
      [
        [String(subscribed!.id), "sent"],
        [String(unknown!.id), "skipped"],
      ].sort(),
    );
    const sent = rows.find((row) => row.status === "sent")!;
    // In the customer's language, right to left, with their code, signed by the agent, with a way out.
    expect(headerOf(mail!.raw, "Subject")).toContain("خصم 15%");
    const body = decodedBody(mail!.raw);
    expect(body).toContain('dir="rtl"');
    expect(body).toContain(sent.discountCode!);
    expect(body).toContain("Layla");
    expect(headerOf(mail!.raw, "List-Unsubscribe")).toContain(`/links/${DEMO_SHOP}/unsubscribe/${sent.id}`);
    const link = new URL(buttonLink(body));
    expect(link.searchParams.get("to")).toBe(`https://${DEMO_SHOP}/discount/${sent.discountCode}`);

    // Each recipient's code is the agent's, and Shopify has them all: one discount holding every code
    // (made before the batches read consent, so the skipped customer's code exists, unsent).
    const codes = await db.agentCode.findMany({ where: { shop: DEMO_SHOP, kind: "campaign" }, orderBy: { codeKey: "asc" } });
    expect(codes.map((code) => [code.agentId, code.codeKey])).toEqual(
      rows.map((row) => [agent.id, row.discountCode!.toUpperCase()]).sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
    const campaign = await db.welcomeCampaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign.status).toBe("sent");
    const discount = local()
      .store.getShop(DEMO_SHOP)
      .discounts.get(Number(campaign.discountNodeId!.split("/").pop()))!;
    expect(discount.redeemCodes?.map((code) => code.code).sort()).toEqual(rows.map((row) => row.discountCode!).sort());
  });

  it("records an address the server refuses for good as bounced, and sends the others", async () => {
    const agent = await seedAgent(DEMO_SHOP, "Layla");
    const customers = await newCustomers(3, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    smtp().bounce.add(customers[1]!.email!.toLowerCase());
    const campaignId = await newCampaign(agent.id);
    await runQueuedJobs();

    expect((await db.welcomeCampaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe("sent");
    const rows = await recipientsOf(campaignId);
    expect(rows.map((row) => [row.customerId, row.status]).sort()).toEqual(
      customers.map((customer, index) => [String(customer.id), index === 1 ? "bounced" : "sent"]).sort(),
    );
    expect(rows.find((row) => row.status === "bounced")!.error).toContain("No such mailbox");
    expect(
      smtp()
        .messages.map((message) => message.to[0])
        .sort(),
    ).toEqual([customers[0]!.email, customers[2]!.email].sort());
  });

  it("sends a campaign made while another waits for its time", async () => {
    const agent = await seedAgent(DEMO_SHOP, "Layla");
    const [customer] = await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    const later = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 16);
    const waiting = await newCampaign(agent.id, { name: "Next week", when: "later", sendAt: later });
    const now = await newCampaign(agent.id, { name: "Today" });
    await runQueuedJobs();

    expect((await db.welcomeCampaign.findUniqueOrThrow({ where: { id: now } })).status).toBe("sent");
    expect((await recipientsOf(now)).map((row) => [row.customerId, row.status])).toEqual([[String(customer!.id), "sent"]]);
    expect((await db.welcomeCampaign.findUniqueOrThrow({ where: { id: waiting } })).status).toBe("scheduled");
  });

  it("sends 5,000 customers in batches within the SMTP cap and the Admin budget, resumes after a worker dies, and sends nobody twice", async () => {
    local().emulator.refillBuckets();
    const agent = await seedAgent(DEMO_SHOP, "Omar");
    await db.emailSettings.update({ where: { shop: DEMO_SHOP }, data: { ratePerMinute: 1000 } });
    await newCustomers(4_990, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    await newCustomers(10, { shopify: "NOT_SUBSCRIBED", kept: null });
    const campaignId = await newCampaign(agent.id);

    // The SMTP server refuses once, mid-batch, after 1,234 messages: the batch's job fails and the queue retries it.
    let refused = false;
    smtp().refuseWhen = (kept) => {
      if (refused || kept !== 1_234) return null;
      refused = true;
      return "Connection lost";
    };
    // Every Admin call the campaign makes, with the bucket Shopify reported after it.
    const calls: { operation: string; available: number; throttled: boolean }[] = [];
    const execute = local().emulator.execute.bind(local().emulator);
    const spy = vi.spyOn(local().emulator, "execute").mockImplementation(async (request) => {
      const response = await execute(request);
      const body = response.body as {
        errors?: { extensions?: { code?: string } }[];
        extensions?: { cost?: { throttleStatus?: { currentlyAvailable: number } } };
      };
      calls.push({
        operation: /\b(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? "anonymous",
        available: body.extensions?.cost?.throttleStatus?.currentlyAvailable ?? Number.NaN,
        throttled: (body.errors ?? []).some((error) => error.extensions?.code === "THROTTLED"),
      });
      return response;
    });

    // A clock one minute further each round: the queue's waits (the next minute, a retry's back-off) made due at once.
    let clock = Math.floor(Date.now() / MINUTE) * MINUTE + 1_000;
    let diedOnce = false;
    for (let round = 0; round < 30; round++) {
      await runQueuedJobs({ now: () => new Date(clock) });
      const campaign = await db.welcomeCampaign.findUniqueOrThrow({ where: { id: campaignId } });
      if (campaign.status === "sent") break;
      if (!diedOnce && smtp().messages.length > 2_000) {
        // A worker dies while talking to the SMTP server: its message stays "sending".
        const next = await db.outreachMessage.findFirstOrThrow({ where: { campaignId, status: "queued" }, orderBy: { id: "asc" } });
        await db.outreachMessage.update({ where: { id: next.id }, data: { status: "sending", sendingAt: new Date(clock) } });
        diedOnce = true;
      }
      clock += MINUTE;
      await db.$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE name = 'campaign-send' AND state IN ('created', 'retry')`;
    }
    spy.mockRestore();

    const rows = await recipientsOf(campaignId);
    const counts = Object.fromEntries(
      ["sent", "perhaps_sent", "skipped", "queued", "sending"].map((s) => [s, rows.filter((r) => r.status === s).length]),
    );
    expect(refused).toBe(true);
    expect(diedOnce).toBe(true);
    expect(counts).toEqual({ sent: 4_989, perhaps_sent: 1, skipped: 10, queued: 0, sending: 0 });
    expect((await db.welcomeCampaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe("sent");

    // Nobody twice: one message caught per sent recipient, each to a different address.
    expect(smtp().messages).toHaveLength(4_989);
    expect(new Set(smtp().messages.map((message) => message.to[0])).size).toBe(4_989);
    // Never more than the merchant's 1,000 emails a minute.
    const perMinute = new Map<number, number>();
    for (const row of rows)
      if (row.sentAt)
        perMinute.set(Math.floor(row.sentAt.getTime() / MINUTE), (perMinute.get(Math.floor(row.sentAt.getTime() / MINUTE)) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(1_000);
    expect(perMinute.size).toBeGreaterThanOrEqual(5);

    // The Admin API: 20 calls of 250 codes, one read per batch, none refused, half the bucket always left to others.
    const operations = calls.map((call) => call.operation);
    expect(operations.filter((name) => name === "DiscountRedeemCodeBulkAdd")).toHaveLength(20);
    expect(operations.filter((name) => name === "CampaignRecipients").length).toBeLessThanOrEqual(110);
    expect(calls.filter((call) => call.throttled)).toEqual([]);
    const { maximumAvailable } = local().emulator.throttleStatus(DEMO_SHOP);
    expect(Math.min(...calls.map((call) => call.available))).toBeGreaterThanOrEqual(maximumAvailable * 0.4);
  }, 420_000);

  it("carries on after its worker process is killed mid-batch, in another worker, sending nobody twice", async () => {
    local().emulator.refillBuckets();
    const agent = await seedAgent(DEMO_SHOP, "Hana");
    await db.emailSettings.update({ where: { shop: DEMO_SHOP }, data: { ratePerMinute: 100_000 } });
    await newCustomers(1_000, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    // A batch job whose worker vanished is taken to be lost after 3 seconds (pg-boss's expiry), then retried at once.
    const boss = await jobQueue();
    const before = await boss.getQueue("campaign-send");
    const workerEnv = { SHOPIFY_ADMIN_ORIGIN: local().url };
    const first = await startWorkerProcess(workerEnv);
    // (After the worker started: a starting worker sets every queue's policy again.)
    await boss.updateQueue("campaign-send", { expireInSeconds: 3, retryDelay: 0, retryBackoff: false });
    let second: Awaited<ReturnType<typeof startWorkerProcess>> | undefined;
    try {
      const campaignId = await newCampaign(agent.id);
      const until = async (done: () => Promise<boolean> | boolean, what: string) => {
        for (const deadline = Date.now() + 180_000; !(await done()); await new Promise((resolve) => setTimeout(resolve, 50)))
          if (Date.now() > deadline) {
            const jobs =
              await db.$queryRaw`SELECT name, state::text, retry_count, output::text FROM pgboss.job WHERE name LIKE 'campaign%' ORDER BY created_on DESC LIMIT 6`;
            const statuses = await db.outreachMessage.groupBy({ by: ["status"], where: { campaignId }, _count: { _all: true } });
            throw new Error(
              `${what}:\n${JSON.stringify({ jobs, statuses })}\n${[first, second].map((child) => child?.output.join("").slice(-1500)).join("\n")}`,
            );
          }
      };
      // SIGKILL in the middle of the sending: no goodbye, its SMTP conversations cut.
      await until(() => smtp().messages.length >= 300, "the first worker never sent 300 emails");
      await first.kill();
      const caughtAtKill = smtp().messages.length;
      expect(caughtAtKill).toBeLessThan(1_000);

      second = await startWorkerProcess(workerEnv);
      await until(
        async () => (await db.welcomeCampaign.findUniqueOrThrow({ where: { id: campaignId } })).status === "sent",
        "the campaign was not finished by the second worker",
      );
      const rows = await recipientsOf(campaignId);
      const count = (status: string) => rows.filter((row) => row.status === status).length;
      // At most the ten in flight when it died are "perhaps sent" (never sent again); everyone else got exactly one.
      expect(count("queued") + count("sending")).toBe(0);
      expect(count("perhaps_sent")).toBeLessThanOrEqual(10);
      expect(count("sent") + count("perhaps_sent")).toBe(1_000);
      expect(smtp().messages.length).toBeGreaterThan(caughtAtKill);
      expect(smtp().messages.length).toBeGreaterThanOrEqual(count("sent"));
      expect(new Set(smtp().messages.map((message) => message.to[0])).size).toBe(smtp().messages.length);
    } finally {
      await first.kill();
      await second?.stop();
      await boss.updateQueue("campaign-send", {
        expireInSeconds: before?.expireInSeconds,
        retryDelay: before?.retryDelay,
        retryBackoff: before?.retryBackoff,
      });
    }
  }, 420_000);

  it("is not left sending when a batch finds the campaign's lock held by a worker that died, and runs one chain of batches", async () => {
    const { sendCampaignBatch, CampaignBatchBusyError } = await import("../app/services/campaign-send.server");
    const agent = await seedAgent(DEMO_SHOP, "Rania");
    await newCustomers(3, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    const campaignId = await newCampaign(agent.id);
    await runQueuedJobs();
    // The campaign as a worker left it when it died mid-batch: sending, its recipients queued, no batch in the queue.
    await db.welcomeCampaign.update({ where: { id: campaignId }, data: { status: "sending", finishedAt: null } });
    await db.outreachMessage.updateMany({ where: { campaignId, kind: "welcome" }, data: { status: "queued", sentAt: null } });
    const caughtBefore = smtp().messages.length;
    const context = {
      db,
      admin: (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin,
      now: () => new Date(),
    };
    const queuedBatches = () => boss.findJobs("campaign-send", { data: { shop: DEMO_SHOP, campaignId }, queued: true });
    const boss = await jobQueue();

    // Its database session not yet ended by PostgreSQL, the dead worker still holds the campaign's lock.
    const deadWorker = await databasePool(db).connect();
    const lock = `campaign-send:${DEMO_SHOP}:${campaignId}`;
    await deadWorker.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [lock]);
    try {
      // The retried batch can't tell a dead holder from a live one: with no next batch queued, it is retried, not ended.
      await expect(sendCampaignBatch(context, DEMO_SHOP, campaignId)).rejects.toBeInstanceOf(CampaignBatchBusyError);
      // With a next batch queued, it leaves the campaign to that one.
      await enqueue(db, "campaign-send", { shop: DEMO_SHOP, campaignId });
      expect(await sendCampaignBatch(context, DEMO_SHOP, campaignId)).toBe("already_sending");
    } finally {
      await deadWorker.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [lock]);
      deadWorker.release();
    }
    // The lock free, a batch run beside the queued one defers to it: one chain, nobody sent anything yet.
    expect(await sendCampaignBatch(context, DEMO_SHOP, campaignId)).toBe("already_sending");
    expect(await queuedBatches()).toHaveLength(1);
    expect(smtp().messages.length).toBe(caughtBefore);

    await runQueuedJobs();
    expect((await db.welcomeCampaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe("sent");
    expect((await recipientsOf(campaignId)).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    expect(smtp().messages.length - caughtBefore).toBe(3);
  });

  it("credits an order after a click on its email to the campaign and its agent, once however often Shopify delivers it", async () => {
    const agent = await seedAgent(DEMO_SHOP, "Nadia", { commissionBps: 800 });
    const [customer] = await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    const campaignId = await newCampaign(agent.id);
    await runQueuedJobs();
    const [sent] = await recipientsOf(campaignId);
    expect(sent!.status).toBe("sent");

    // The customer follows the email's button…
    const link = new URL(buttonLink(decodedBody(smtp().messages[0]!.raw)));
    const click = (await clickLoader({
      request: new Request(link),
      params: { shop: DEMO_SHOP, messageId: sent!.id },
      context: {},
    })) as Response;
    expect(click.status).toBe(302);
    // …and orders with their code, at Shopify's checkout, which takes it once.
    const data = local().store.getShop(DEMO_SHOP);
    const variant = [...data.variants.values()].find((candidate) => candidate.sku !== null)!;
    const order = createOrder(local().store, data, {
      customerId: customer!.id,
      lines: [{ variantId: variant.id, quantity: 1 }],
      discountCode: sent!.discountCode!.toLowerCase(),
      checkoutAt: new Date(),
      createdAt: shopifyTime(Date.now()),
    });
    expect(() =>
      createOrder(local().store, data, {
        customerId: customer!.id,
        lines: [{ variantId: variant.id, quantity: 1 }],
        discountCode: sent!.discountCode!,
        checkoutAt: new Date(),
        createdAt: shopifyTime(Date.now()),
      }),
    ).toThrow(/used/);
    const dispatcher = webhookDispatcher();
    const payload = orderPayload(data, order);
    await dispatcher.deliver("orders/create", DEMO_SHOP, payload, { eventId: `order-${order.id}` });
    await dispatcher.deliver("orders/create", DEMO_SHOP, payload, { eventId: `order-${order.id}` }); // Shopify retries the delivery
    await dispatcher.deliver("orders/paid", DEMO_SHOP, payload); // and another topic about the same order
    await runQueuedJobs();

    const credits = await db.attribution.findMany({ where: { shop: DEMO_SHOP, orderId: String(order.id) } });
    expect(credits).toEqual([
      expect.objectContaining({ source: "agent_code", agentId: agent.id, code: sent!.discountCode!.toUpperCase() }),
    ]);
    const view = await campaignView(db, DEMO_SHOP, campaignId);
    expect(view!.figures).toMatchObject({ contacted: 1, clicked: 1, orders: 1 });
    expect(view!.figures.revenue).toEqual([{ currencyCode: "USD", netMinor: credits[0]!.netMinor }]);
  });
});

describe("the welcome in the template editor", () => {
  const editor = () => templateEditor(local(), DEMO_SHOP);

  it("is edited like every other message, keeps the code and the signature, and campaigns send the merchant's text", async () => {
    const { post, open } = await editor();
    // Concierge's own welcome until the merchant saves theirs, previewed with the unsubscribe link a marketing email carries.
    const shipped = await open("message=welcome&language=fr");
    expect(shipped).toMatchObject({ kind: "welcome", edited: false, template: { button: "Profiter de mon code" } });
    expect(shipped.placeholders).toEqual(expect.arrayContaining(["code", "agentName", "percentOff", "unsubscribeUrl"]));
    expect(shipped.unsubscribeUrl).toContain(`/links/${DEMO_SHOP}/unsubscribe/`);
    expect(shipped.trackingUrl).toMatch(new RegExp(`^https://${DEMO_SHOP}/discount/`));
    // A delay email offers no unsubscribe link.
    expect((await open("message=shipment_delay&language=fr")).unsubscribeUrl).toBeNull();

    const welcome = {
      intent: "save",
      kind: "welcome",
      locale: "en",
      subject: "{{firstName}}, a gift from {{shopName}}",
      body: "Thanks for your first order!\n\nUse {{code}} for {{percentOff}}% off, any time this month.\n\nWarmly, {{agentName}}",
      button: "Use my gift",
    };
    const noCode = await post({ ...welcome, body: "Thanks for your first order!\n\nWarmly, {{agentName}}" });
    expect(noCode.status).toBe(400);
    expect(((await noCode.json()) as { result: { error: Record<string, string[]> } }).result.error).toEqual({
      body: ["This message must include {{code}}"],
    });
    const badPlaceholder = await post({ ...welcome, subject: "Your order {{orderName}}" });
    expect(badPlaceholder.status).toBe(400);
    expect(await db.outreachTemplate.count()).toBe(0);
    expect((await post(welcome)).status).toBe(200);

    const agent = await seedAgent(DEMO_SHOP, "Rania");
    const [english] = await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED", locale: "en" });
    const [arabic] = await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED", locale: "ar" });
    const campaignId = await newCampaign(agent.id, { percentOff: "12" });
    await runQueuedJobs();

    const rows = await recipientsOf(campaignId);
    const mailTo = (customer: CustomerRecord) => smtp().messages.find((message) => message.to[0] === customer.email)!;
    // English: the merchant's text, with this customer's code, the agent's name and the unsubscribe link.
    const edited = mailTo(english!);
    const code = rows.find((row) => row.customerId === String(english!.id))!.discountCode!;
    expect(headerOf(edited.raw, "Subject")).toBe(`${english!.firstName}, a gift from Maison Nour`);
    const body = decodedBody(edited.raw);
    expect(body).toContain(`Use ${code} for 12% off, any time this month.`);
    expect(body).toContain("Warmly, Rania");
    expect(body).toContain("Use my gift");
    expect(body).toContain(`/links/${DEMO_SHOP}/unsubscribe/`);
    // Arabic was not edited: Concierge's welcome.
    expect(headerOf(mailTo(arabic!).raw, "Subject")).toContain("خصم 12%");
  });
});

describe("consent kept current", () => {
  it("leaves out a customer who unsubscribed in Shopify before the campaign was prepared, whatever the order of deliveries", async () => {
    const agent = await seedAgent(DEMO_SHOP, "Salma");
    const [staying, leaving] = await newCustomers(2, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    // The consent webhooks the local Shopify emits, as Shopify would send them.
    const emitted: { topic: string; payload: unknown }[] = [];
    const stop = local().emulator.onWebhook((event) => {
      if (event.topic === "customers/email_marketing_consent_update") emitted.push(event);
    });
    const admin = (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin;
    const setConsent = (customer: CustomerRecord, marketingState: "SUBSCRIBED" | "UNSUBSCRIBED", at: Date) =>
      adminMutation(
        admin,
        CustomerEmailMarketingConsentUpdateMutation,
        {
          input: {
            customerId: `gid://shopify/Customer/${customer.id}`,
            emailMarketingConsent: { marketingState, consentUpdatedAt: at.toISOString() },
          },
        },
        "customerEmailMarketingConsentUpdate",
      );
    await setConsent(leaving!, "UNSUBSCRIBED", new Date(Date.now() - 60_000));
    stop();
    expect(emitted).toHaveLength(1);
    const unsubscribed = emitted[0]!;
    expect(unsubscribed.payload).toMatchObject({
      customer_id: leaving!.id,
      email_address: leaving!.email,
      email_marketing_consent: { state: "unsubscribed" },
    });
    const dispatcher = webhookDispatcher();
    const [delivery] = await dispatcher.deliver(unsubscribed.topic, DEMO_SHOP, unsubscribed.payload, { eventId: "consent-1" });
    expect(delivery!.status).toBe(200);
    await runQueuedJobs();
    const kept = (customer: CustomerRecord) =>
      db.customer.findUniqueOrThrow({ where: { shop_customerId: { shop: DEMO_SHOP, customerId: String(customer.id) } } });
    expect((await kept(leaving!)).emailMarketingState).toBe("UNSUBSCRIBED");

    // Shopify retries the same delivery: nothing changes.
    await dispatcher.deliver(unsubscribed.topic, DEMO_SHOP, unsubscribed.payload, { eventId: "consent-1" });
    await runQueuedJobs();
    expect(await db.webhookEvent.count({ where: { shop: DEMO_SHOP, topic: "CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE" } })).toBe(1);

    // The campaign's recipients are counted from what Concierge keeps: the customer who left is not one of them.
    const campaignId = await newCampaign(agent.id);
    await runQueuedJobs();
    const rows = await recipientsOf(campaignId);
    expect(rows.map((row) => [row.customerId, row.status])).toEqual([[String(staying!.id), "sent"]]);
    expect(smtp().messages.map((message) => message.to[0])).toEqual([staying!.email]);
    const [listed] = await listCampaigns(db, DEMO_SHOP);
    expect(listed).toMatchObject({ recipients: 1 });

    // They subscribe again; the older withdrawal delivered late, as a new event, does not undo it.
    await db.customer.update({
      where: { shop_customerId: { shop: DEMO_SHOP, customerId: String(leaving!.id) } },
      data: { emailMarketingState: "SUBSCRIBED", emailMarketingConsentAt: new Date() },
    });
    await dispatcher.deliver(unsubscribed.topic, DEMO_SHOP, unsubscribed.payload, { eventId: "consent-late" });
    await runQueuedJobs();
    expect((await kept(leaving!)).emailMarketingState).toBe("SUBSCRIBED");
  });

  it("refuses a consent webhook that lacks what it needs with a 400", async () => {
    const [delivery] = await webhookDispatcher().deliver("customers/email_marketing_consent_update", DEMO_SHOP, {
      customer_id: "not-a-number",
      email_marketing_consent: {},
    });
    expect(delivery!.status).toBe(400);
  });
});

describe("the Welcome due Flow trigger", () => {
  it("reaches Shopify once per customer and campaign, with their code, when the campaign sends through Flow too", async () => {
    const agent = await seedAgent(DEMO_SHOP, "Karim");
    const [subscribed] = await newCustomers(1, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    await newCustomers(1, { shopify: "NOT_SUBSCRIBED", kept: null });
    const campaignId = await newCampaign(agent.id, { channel: "both" });
    await runQueuedJobs();
    // A batch job run again (a redelivered job, a retry) changes nothing.
    const { sendCampaignBatch } = await import("../app/services/campaign-send.server");
    await db.welcomeCampaign.update({ where: { id: campaignId }, data: { status: "sending" } });
    await db.outreachMessage.updateMany({ where: { campaignId, kind: "welcome" }, data: { status: "queued" } });
    const admin = (await (await import("../app/shopify.server")).unauthenticated.admin(DEMO_SHOP)).admin;
    await sendCampaignBatch({ db, admin, now: () => new Date() }, DEMO_SHOP, campaignId);
    await runQueuedJobs();

    const [sent] = (await recipientsOf(campaignId)).filter((row) => row.customerId === String(subscribed!.id));
    const runs = local()
      .store.getShop(DEMO_SHOP)
      .flowTriggerRuns.filter((run) => run.handle === "welcome-due");
    expect(runs).toEqual([
      expect.objectContaining({
        payload: {
          customer_id: subscribed!.id,
          Campaign: "Welcome, new customers",
          "Discount code": sent!.discountCode,
          "Percent off": 15,
          Agent: "Karim",
        },
      }),
    ]);
  });
});

describe("the Campaigns page", () => {
  it("refuses a campaign it cannot run with the reason next to the field, and shows a campaign sent with its counts", async () => {
    const userId = await signInStaff(local(), DEMO_SHOP, "chloe@concierge-demo.example");
    const agent = await seedAgent(DEMO_SHOP, "Yasmin");
    await newCustomers(2, { shopify: "SUBSCRIBED", kept: "SUBSCRIBED" });
    const post = async (fields: Record<string, string>) => {
      try {
        return (await campaignsAction({
          request: adminRequest("/app/campaigns", { shop: DEMO_SHOP, userId, method: "POST", body: new URLSearchParams(fields) }),
          params: {},
          context: {},
        })) as Response;
      } catch (thrown) {
        if (thrown instanceof Response) return thrown;
        throw thrown;
      }
    };
    const fields = {
      intent: "create",
      name: "Welcome",
      segment: "first_order",
      segmentDays: "30",
      agentId: agent.id,
      percentOff: "10",
      channel: "email",
      when: "now",
    };

    const tooGenerous = await post({ ...fields, percentOff: "80" });
    expect(tooGenerous.status).toBe(400);
    expect((await tooGenerous.json()).result.error).toEqual({ percentOff: ["Enter a discount from 1 to 50 %"] });
    const noOne = await post({ ...fields, agentId: "somebody-else" });
    expect(noOne.status).toBe(400);
    expect((await noOne.json()).result.error).toEqual({ agentId: ["Choose one of your active agents"] });
    expect(await db.welcomeCampaign.count()).toBe(0);

    const created = await post(fields);
    expect(created.status).toBe(302);
    const campaign = await db.welcomeCampaign.findFirstOrThrow({ where: { shop: DEMO_SHOP } });
    expect(created.headers.get("Location")).toContain(`/app/campaigns/${campaign.id}`);
    await runQueuedJobs();
    expect(smtp().messages).toHaveLength(2);

    const page = await campaignLoader({
      request: adminRequest(`/app/campaigns/${campaign.id}`, { shop: DEMO_SHOP, userId }),
      params: { id: campaign.id },
      context: {},
    });
    const view = page as Exclude<typeof page, Response>;
    expect(view.campaign.status).toBe("sent");
    expect(view.figures).toMatchObject({ contacted: 2, clicked: 0, replied: 0, orders: 0, waiting: 0 });
    const list = await campaignsLoader({ request: adminRequest("/app/campaigns", { shop: DEMO_SHOP, userId }), params: {}, context: {} });
    const listed = list as Exclude<typeof list, Response>;
    expect(listed.campaigns).toEqual([expect.objectContaining({ name: "Welcome", status: "sent", recipients: 2, agentName: "Yasmin" })]);
  });
});
