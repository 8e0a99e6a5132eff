// The profit page's data as its components receive it (the loader's JSON).
import type { SerializeFrom } from "@remix-run/node";
import type { ProfitDashboard } from "../../services/profit-dashboard.server";

export type Dashboard = SerializeFrom<ProfitDashboard>;
