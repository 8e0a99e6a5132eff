// "Events that could not be processed": Shopify events and background work
// that failed past their last retry, with the reason and a Retry button
// (docs/decisions/010-job-queue.md). Nothing that fails is dropped unseen.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, BlockStack, Button, Card, EmptyState, IndexTable, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import db from "../db.server";
import { listFailedJobs, retryFailedJob } from "../services/failed-jobs.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const { rows, total } = await listFailedJobs(db, session.shop);
  return {
    total,
    failures: rows.map((row) => ({
      id: row.id,
      summary: row.summary,
      error: row.error,
      attempts: row.attempts,
      failedAt: row.failedAt.toISOString(),
    })),
  };
};

const retrySchema = z.object({ intent: z.literal("retry"), id: z.string().min(1).max(64) });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const parsed = retrySchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ error: "Choose an event to retry" }, { status: 400 });
  const outcome = await retryFailedJob(db, session.shop, parsed.data.id, new Date());
  if (outcome.kind === "not_found") return json({ error: "That event was retried already, or is not this shop's" }, { status: 404 });
  return json({ retried: parsed.data.id });
};

export default function FailedEvents() {
  const { failures, total } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const retrying = navigation.state !== "idle" ? navigation.formData?.get("id") : null;
  return (
    <Page
      title="Events that could not be processed"
      subtitle="Shopify events and background work that kept failing after every retry. Retry sends one to the queue again."
      backAction={{ url: "/app" }}
    >
      <Card padding="0">
        {failures.length === 0 ? (
          <EmptyState heading="Nothing failed" image="">
            <p>Every Shopify event and background task has been processed. Failures would be listed here with their reason.</p>
          </EmptyState>
        ) : (
          <BlockStack gap="200">
            <IndexTable
              itemCount={failures.length}
              selectable={false}
              headings={[{ title: "What" }, { title: "Why it failed" }, { title: "Attempts" }, { title: "Last failed" }, { title: "" }]}
            >
              {failures.map((failure, index) => (
                <IndexTable.Row id={failure.id} key={failure.id} position={index}>
                  <IndexTable.Cell>
                    <Text as="span">{failure.summary}</Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Badge tone="critical">{failure.error}</Badge>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{failure.attempts}</IndexTable.Cell>
                  <IndexTable.Cell>{new Date(failure.failedAt).toLocaleString()}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Form method="post">
                      <input type="hidden" name="intent" value="retry" />
                      <input type="hidden" name="id" value={failure.id} />
                      <Button submit loading={retrying === failure.id} accessibilityLabel={`Retry: ${failure.summary}`}>
                        Retry
                      </Button>
                    </Form>
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
            {total > failures.length ? (
              <Text as="p" tone="subdued">
                {`The ${failures.length} most recent of ${total}.`}
              </Text>
            ) : null}
          </BlockStack>
        )}
      </Card>
    </Page>
  );
}
