// What the admin shows while the next page loads (a navigation that takes
// time): Polaris's skeleton of a page with two cards and a side card, in
// place of the page being left, so a click is seen to have done something.
import { useLocation, useNavigation } from "@remix-run/react";
import { BlockStack, Card, Layout, SkeletonBodyText, SkeletonDisplayText, SkeletonPage } from "@shopify/polaris";
import { useEffect, useState } from "react";

/** Waits this long before showing the skeleton: a page that arrives sooner shows no flash. */
const DELAY_MS = 250;

/** True while the app is loading another page (not a form answered on this one) for longer than DELAY_MS. */
export function useLoadingAnotherPage(): boolean {
  const navigation = useNavigation();
  const location = useLocation();
  const loading = navigation.state === "loading" && navigation.location.pathname !== location.pathname;
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!loading) return setLate(false);
    const timer = window.setTimeout(() => setLate(true), DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [loading]);
  return loading && late;
}

export function PageSkeleton() {
  return (
    <div aria-busy="true" data-page-skeleton="">
      <SkeletonPage primaryAction>
        <Layout>
          <Layout.Section>
            <BlockStack gap="400">
              {[0, 1].map((card) => (
                <Card key={card}>
                  <BlockStack gap="400">
                    <SkeletonDisplayText size="small" />
                    <SkeletonBodyText lines={4} />
                  </BlockStack>
                </Card>
              ))}
            </BlockStack>
          </Layout.Section>
          <Layout.Section variant="oneThird">
            <Card>
              <BlockStack gap="400">
                <SkeletonDisplayText size="small" />
                <SkeletonBodyText lines={2} />
              </BlockStack>
            </Card>
          </Layout.Section>
        </Layout>
      </SkeletonPage>
    </div>
  );
}
