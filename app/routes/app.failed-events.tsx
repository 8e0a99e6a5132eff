// "Events that could not be processed": Shopify events and background work
// that failed past their last retry, with the reason and a Retry button
// (docs/decisions/010-job-queue.md). Nothing that fails is dropped unseen.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Page } from "@shopify/polaris";
import { PostButton } from "../components/form/PostButton";
import { z } from "zod";
import { listFailedJobs, retryFailedJob } from "../services/failed-jobs.server";
import { adminContext } from "../http/admin-context.server";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { answeringShopifyUnavailable } from "../http/shopify-unavailable.server";
import { requestedPage } from "../http/paging.server";
import { ResourceTableCard } from "../components/ResourceTableCard";
import { readForm } from "../http/form-data.server";

export const loader = answeringShopifyUnavailable(async ({ request }: LoaderFunctionArgs) => {
  const { db, shop } = (await adminContext(request)).context;
  const { rows, page } = await listFailedJobs(db, shop, requestedPage(request));
  return {
    page,
    failures: rows.map((row) => ({
      id: row.id,
      summary: row.summary,
      error: row.error,
      attempts: row.attempts,
      failedAt: row.failedAt.toISOString(),
    })),
  };
});

const retrySchema = z.object({ intent: z.literal("retry"), id: z.string().min(1).max(64) });

export const action = answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
  const { context } = await adminContext(request);
  const parsed = retrySchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ error: "Choose an event to retry" }, { status: 400 });
  const outcome = await retryFailedJob(context.db, context.shop, parsed.data.id, context.now);
  if (outcome.kind === "not_found") return json({ error: "That event was retried already, or is not this shop's" }, { status: 404 });
  return json({ retried: parsed.data.id });
});

export default function FailedEvents() {
  const { failures, page } = useLoaderData<typeof loader>();
  const { t } = useTranslation("failedEvents");
  const format = useFormat();
  const navigation = useNavigation();
  const retrying = navigation.state !== "idle" ? navigation.formData?.get("id") : null;
  return (
    <Page title={t("title")} subtitle={t("subtitle")} backAction={{ content: t("common:back"), url: "/app" }}>
      <ResourceTableCard
        empty={{ heading: t("emptyTitle"), body: t("emptyBody") }}
        page={{ info: page }}
        columnContentTypes={["text", "text", "numeric", "text", "text"]}
        headings={[t("what"), t("why"), t("attempts"), t("lastFailed"), ""]}
        rows={failures.map((failure) => [
          failure.summary,
          <Badge key="why" tone="critical">
            {failure.error}
          </Badge>,
          failure.attempts,
          format.instant(failure.failedAt, undefined, "dateTime"),
          <PostButton
            key="retry"
            fields={{ intent: "retry", id: failure.id }}
            loading={retrying === failure.id}
            label={t("retryLabel", { summary: failure.summary })}
          >
            {t("retry")}
          </PostButton>,
        ])}
      />
    </Page>
  );
}
