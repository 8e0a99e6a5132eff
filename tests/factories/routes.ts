// Calling a route module's loader or action as Remix would: a thrown
// Response (authentication, a 404) is the answer too, and plain data is
// answered as JSON.
export type RouteFunction = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

export async function routeAnswer(route: RouteFunction, request: Request, params: Record<string, string> = {}): Promise<Response> {
  try {
    const result = await route({ request, params, context: {} });
    return result instanceof Response ? result : Response.json(result);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
