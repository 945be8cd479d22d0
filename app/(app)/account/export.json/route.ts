import { fileResponse, userRoute } from "@/app/lib/wrappers/route-handler";
import { exportUserData } from "@/app/lib/account/data";

// GET only, changes nothing: the signed-in person's data as a JSON download.
export const GET = userRoute(
  () => "/account",
  async ({ user, now }) =>
    fileResponse(JSON.stringify(await exportUserData(user.id, now), null, 2), "application/json; charset=utf-8", "odjava-my-data.json", {
      disposition: "attachment",
    }),
);
