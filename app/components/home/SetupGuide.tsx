// The setup guide, the pattern of Shopify's own apps: progress ("2 of 5 tasks
// complete"), steps that expand with their action, ticked from what Concierge
// has seen done. It can be hidden, and shown again from the home page.
import { BlockStack, Box, Button, Card, InlineStack, ProgressBar, Text, UnstyledButton } from "@shopify/polaris";
import { CardTitle } from "../CardTitle";
import { useState } from "react";
import type { SetupStepKey } from "../../domain/home/setup-guide";
import { PostButton } from "../form/PostButton";
import { useTranslation } from "react-i18next";

export interface SetupGuideView {
  steps: Array<{ key: SetupStepKey; done: boolean }>;
  completed: number;
  total: number;
  next: SetupStepKey | null;
  themeEditorUrl: string;
}

function StepMark({ done }: { done: boolean }) {
  // A filled check when done, an outlined circle when not (the shape of Polaris's own guide).
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" style={{ flex: "none" }}>
      {done ? (
        <>
          <circle cx="10" cy="10" r="9" fill="#303030" />
          <path d="M6 10.2l2.6 2.6L14 7.4" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" />
        </>
      ) : (
        <circle cx="10" cy="10" r="8.5" fill="none" stroke="#8a8a8a" strokeWidth="1.5" strokeDasharray="3 2" />
      )}
    </svg>
  );
}

export function SetupGuide({ guide, stepUrls }: { guide: SetupGuideView; stepUrls: Record<SetupStepKey, string> }) {
  const { t } = useTranslation("home");
  const [open, setOpen] = useState<SetupStepKey | null>(guide.next);
  const external = (key: SetupStepKey) => key === "chatTrigger" || key === "trackingPage";
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="start" gap="200" wrap={false}>
          <CardTitle title={t("guide.title")} detail={t("guide.subtitle")} />
          <PostButton fields={{ intent: "dismiss-guide" }} plain label={t("guide.hideLabel")}>
            {t("guide.hide")}
          </PostButton>
        </InlineStack>
        <InlineStack gap="300" blockAlign="center" wrap={false}>
          <Text as="p" variant="bodySm" id="setup-progress">
            {t("guide.progress", { completed: guide.completed, total: guide.total })}
          </Text>
          <Box width="100%">
            <ProgressBar progress={(guide.completed / guide.total) * 100} size="small" tone="primary" ariaLabelledBy="setup-progress" />
          </Box>
        </InlineStack>
        <BlockStack gap="100" as="ul">
          {guide.steps.map((step) => {
            const copy = (part: "title" | "body" | "ticks" | "action") => t(`guide.steps.${step.key}.${part}`);
            const expanded = open === step.key;
            return (
              <Box as="li" key={step.key} padding="200" borderRadius="200" background={expanded ? "bg-surface-secondary" : undefined}>
                <BlockStack gap="200">
                  <UnstyledButton
                    onClick={() => setOpen(expanded ? null : step.key)}
                    aria-expanded={expanded}
                    aria-controls={`setup-step-${step.key}`}
                    data-step={step.key}
                    data-done={step.done ? "true" : "false"}
                  >
                    <InlineStack gap="200" blockAlign="center" wrap={false}>
                      <StepMark done={step.done} />
                      <Text as="span" fontWeight={expanded ? "semibold" : "regular"}>
                        {copy("title")}
                      </Text>
                      <Text as="span" visuallyHidden>
                        {step.done ? t("guide.done") : t("guide.notDone")}
                      </Text>
                    </InlineStack>
                  </UnstyledButton>
                  {expanded ? (
                    <div id={`setup-step-${step.key}`} style={{ paddingInlineStart: "28px" }}>
                      <BlockStack gap="200">
                        <Text as="p">{copy("body")}</Text>
                        <Text as="p" tone="subdued">
                          {step.done ? t("guide.seen") : copy("ticks")}
                        </Text>
                        <InlineStack>
                          <Button
                            url={stepUrls[step.key]}
                            target={external(step.key) ? "_blank" : undefined}
                            variant={step.done ? undefined : "primary"}
                          >
                            {copy("action")}
                          </Button>
                        </InlineStack>
                      </BlockStack>
                    </div>
                  ) : null}
                </BlockStack>
              </Box>
            );
          })}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
