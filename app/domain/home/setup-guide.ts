// The home page's setup guide: the five things a merchant sets up in their
// first hour, each ticked from what Concierge itself has seen (rows in its
// database), never from a click on the guide.

export const SETUP_STEPS = ["chatTrigger", "trackingPage", "profitSettings", "vipRule", "agents"] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

/** What Concierge has seen of the shop, read from its own tables. */
export interface SetupFacts {
  /** A beacon from the storefront's chat prompt: the app embed is on in the live theme. */
  chatBeaconSeen: boolean;
  /** A lookup (found or not) on the /track page. */
  trackingLookupSeen: boolean;
  /** The gross margin entered in Profit settings. */
  marginEntered: boolean;
  /** A month of the team's costs entered. */
  teamCostsEntered: boolean;
  vipRules: number;
  agents: number;
}

export interface SetupStep {
  key: SetupStepKey;
  done: boolean;
}

export interface SetupProgress {
  steps: SetupStep[];
  completed: number;
  total: number;
  /** The first step not done yet: the one the guide opens on. */
  next: SetupStepKey | null;
}

function isDone(key: SetupStepKey, facts: SetupFacts): boolean {
  switch (key) {
    case "chatTrigger":
      return facts.chatBeaconSeen;
    case "trackingPage":
      return facts.trackingLookupSeen;
    case "profitSettings":
      return facts.marginEntered && facts.teamCostsEntered;
    case "vipRule":
      return facts.vipRules > 0;
    case "agents":
      return facts.agents > 0;
  }
}

export function setupProgress(facts: SetupFacts): SetupProgress {
  const steps = SETUP_STEPS.map((key) => ({ key, done: isDone(key, facts) }));
  const completed = steps.filter((step) => step.done).length;
  return { steps, completed, total: steps.length, next: steps.find((step) => !step.done)?.key ?? null };
}
