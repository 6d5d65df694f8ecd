// An app client's token lifetimes in seconds: AccessTokenValidity / IdTokenValidity / RefreshTokenValidity in the
// client's TokenValidityUnits. Defaults 1 hour, 1 hour, 30 days (DOC).
import type { components } from "../../generated/types.ts";

type Client = components["schemas"]["UserPoolClientType"];
type Unit = "seconds" | "minutes" | "hours" | "days";

const SECONDS: Record<Unit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

export interface TokenValidity {
  accessSec: number;
  idSec: number;
  refreshSec: number;
}

export function tokenValidity(client: Client): TokenValidity {
  const units = client.TokenValidityUnits ?? {};
  const seconds = (value: number | undefined, unit: Unit | undefined, fallbackSec: number, defaultUnit: Unit) =>
    value ? value * SECONDS[unit ?? defaultUnit] : fallbackSec;
  return {
    accessSec: seconds(client.AccessTokenValidity, units.AccessToken as Unit | undefined, 3600, "hours"),
    idSec: seconds(client.IdTokenValidity, units.IdToken as Unit | undefined, 3600, "hours"),
    refreshSec: seconds(client.RefreshTokenValidity, units.RefreshToken as Unit | undefined, 30 * 86400, "days"),
  };
}
