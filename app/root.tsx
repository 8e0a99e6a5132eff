import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { loader as adminLoader } from "./routes/app";

export default function App() {
  // The admin's pages are in the staff member's language, right to left in Arabic.
  const admin = useRouteLoaderData<typeof adminLoader>("routes/app");
  return (
    <html lang={admin?.locale ?? "en"} dir={admin?.dir ?? "ltr"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <link rel="preconnect" href="https://cdn.shopify.com/" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
