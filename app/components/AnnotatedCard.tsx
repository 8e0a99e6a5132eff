// A settings page's section: its title and what it is for on one side, a
// card of its parts, one under the other, on the other side.
import { BlockStack, Card, Layout } from "@shopify/polaris";
import type { ReactNode } from "react";

export function AnnotatedCard({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Layout.AnnotatedSection title={title} description={description}>
      <Card>
        <BlockStack gap="300">{children}</BlockStack>
      </Card>
    </Layout.AnnotatedSection>
  );
}
