import { currentUser } from "../../lib/auth";
import { exportUserData } from "../../lib/account/data";

// GET only, changes nothing: the signed-in person's data as a JSON download.
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.redirect(new URL("/sign-in?next=%2Faccount", request.url), 303);
  const data = await exportUserData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="odjava-my-data.json"',
      "cache-control": "private, no-store",
    },
  });
}
