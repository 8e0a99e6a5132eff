// The embedded admin shell: every /app/* page is authenticated here.
import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  // APP_BRIDGE_URL is also read by the Shopify library for its own pages:
  // the local Shopify serves App Bridge when Shopify's CDN is out of reach.
  return { apiKey: env.SHOPIFY_API_KEY, appBridgeUrl: env.APP_BRIDGE_URL };
};

export default function App() {
  const { apiKey, appBridgeUrl } = useLoaderData<typeof loader>();
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey} {...(appBridgeUrl ? { __APP_BRIDGE_URL: appBridgeUrl } : {})}>
      <NavMenu>
        <Link to="/app" rel="home">
          Home
        </Link>
        <Link to="/app/profit">Profit</Link>
        <Link to="/app/vip-rules">VIP rules</Link>
        <Link to="/app/instant-refunds">Instant refunds</Link>
        <Link to="/app/tracking">Order tracking</Link>
        <Link to="/app/email">Email</Link>
        <Link to="/app/chat">Chat trigger</Link>
        <Link to="/app/agents">Agents</Link>
        <Link to="/app/agent-desk">Agent desk</Link>
        <Link to="/app/helpdesks">Helpdesks</Link>
        <Link to="/app/exchange-offers">Exchange offers</Link>
        <Link to="/app/data-requests">Customer data requests</Link>
        <Link to="/app/failed-events">Failed events</Link>
        <Link to="/app/settings">Settings</Link>
      </NavMenu>
      <Outlet />
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses so that their headers
// (e.g. the App Bridge redirect) reach the browser.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
