// What each step of the setup guide asks, how Concierge knows it is done, and
// where its action goes.
import type { SetupStepKey } from "../../domain/home/setup-guide";

export interface StepCopy {
  title: string;
  body: string;
  /** How the step gets its tick: always from what Concierge sees, never from a click. */
  ticks: string;
  action: string;
}

export const SETUP_STEP_COPY: Readonly<Record<SetupStepKey, StepCopy>> = {
  chatTrigger: {
    title: "Switch on the chat trigger",
    body: "The chat prompt is an app embed of your theme: the button opens the theme editor with Concierge chat selected under App embeds. Switch it on and save.",
    ticks:
      "Ticks when Concierge receives the prompt's first beacon from your storefront, that is when a shopper has seen it on a product page.",
    action: "Open the theme editor",
  },
  trackingPage: {
    title: "Check your tracking page",
    body: "Shoppers find their order at /track without writing to support. Open it on your storefront and look up an order.",
    ticks: "Ticks when Concierge has answered a first lookup.",
    action: "Open the tracking page",
  },
  profitSettings: {
    title: "Set your margin and the team's costs",
    body: "Support's profit needs your gross margin and what the team costs each month (salaries, tools).",
    ticks: "Ticks when both the margin and a month of team costs are saved in Profit.",
    action: "Open Profit settings",
  },
  vipRule: {
    title: "Create a first VIP rule",
    body: "Say who your VIPs are (a tag, what they spent) and what their tier gets: no bot, no queue, a named concierge.",
    ticks: "Ticks when a VIP rule exists.",
    action: "Create a VIP rule",
  },
  agents: {
    title: "Add your agents",
    body: "Each agent gets a personal discount code, so sales made through support are credited to them.",
    ticks: "Ticks when an agent is added.",
    action: "Add an agent",
  },
};
