// Behaviour scenarios: written once as data, run on every target (aws-behavior.md §3–§7, issue 3).
import type { Case } from "../../harness/case.ts";
import { appClientCases } from "./app-clients.ts";
import { authEventCases } from "./auth-events.ts";
import { cidrListCases } from "./cidr-lists.ts";
import { customAuthCases } from "./custom-auth.ts";
import { deviceCases } from "./devices.ts";
import { groupCases, tagCases } from "./groups-and-tags.ts";
import { logExportCases } from "./log-export.ts";
import { managedLoginCases, managedLoginNotFoundCases } from "./managed-login-config.ts";
import { notificationCases } from "./notifications.ts";
import { passkeyCases } from "./passkeys.ts";
import { poolExtraCases, poolExtraNotFoundCases } from "./pool-extras.ts";
import { poolLifecycleCases } from "./pools-lifecycle.ts";
import { riskConfigurationCases } from "./risk-configuration.ts";
import { riskDecisionCases } from "./risk-decisions.ts";
import { riskSignInCases } from "./risk-sign-ins.ts";
import { signInCases } from "./sign-in.ts";
import { stampAndEchoCases } from "./stamps-and-echoes.ts";
import { tierGateCases } from "./tier-gates.ts";
import { triggerErrorCases } from "./trigger-errors.ts";
import { triggerCases } from "./triggers.ts";
import { unsignedCases } from "./unsigned.ts";
import { updateUserPoolCases } from "./update-user-pool.ts";
import { userAndClientCases } from "./users-and-clients.ts";
import { usersManageCases, usersNotFoundCases } from "./users-manage.ts";

export const behaviourCases: Case[] = [
  ...riskConfigurationCases,
  ...cidrListCases,
  ...tierGateCases,
  ...updateUserPoolCases,
  ...poolLifecycleCases,
  ...authEventCases,
  ...riskDecisionCases,
  ...riskSignInCases,
  ...unsignedCases,
  ...stampAndEchoCases,
  ...notificationCases,
  ...userAndClientCases,
  ...signInCases,
  ...usersManageCases,
  ...usersNotFoundCases,
  ...groupCases,
  ...tagCases,
  ...appClientCases,
  ...logExportCases,
  ...poolExtraCases,
  ...poolExtraNotFoundCases,
  ...managedLoginCases,
  ...managedLoginNotFoundCases,
  ...deviceCases,
  ...passkeyCases,
  ...triggerCases,
  ...customAuthCases,
  ...triggerErrorCases,
];
