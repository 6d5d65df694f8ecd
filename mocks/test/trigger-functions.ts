// Trigger functions the trigger tests share: in-process, behind the tests' Invoke-API endpoint, and as the module
// `serve --triggers` loads (its default export). Written as the AWS samples write them.
import type { TriggerFunctions } from "../triggers/runtime.ts";

/** define / create / verify as the AWS samples write them: a secret word, three tries, then failure. */
export function customAuthFunctions(log: any[] = []): TriggerFunctions {
  return {
    define: async (event) => {
      log.push(event);
      const session = event.request.session as { challengeName: string; challengeResult: boolean }[];
      const last = session.at(-1);
      if (last?.challengeName === "SRP_A") event.response.challengeName = "PASSWORD_VERIFIER";
      else if (last?.challengeName === "CUSTOM_CHALLENGE" && last.challengeResult) event.response.issueTokens = true;
      else if (session.filter((s) => s.challengeName === "CUSTOM_CHALLENGE").length >= 3) event.response.failAuthentication = true;
      else event.response.challengeName = "CUSTOM_CHALLENGE";
      return event;
    },
    create: async (event) => {
      log.push(event);
      event.response.publicChallengeParameters = { hint: "the secret word" };
      event.response.privateChallengeParameters = { answer: "swordfish" };
      event.response.challengeMetadata = `ROUND-${event.request.session.length}`;
      return event;
    },
    verify: async (event) => {
      log.push(event);
      event.response.answerCorrect = event.request.challengeAnswer === event.request.privateChallengeParameters.answer;
      return event;
    },
  };
}

/** A pre sign-up that confirms everyone, a V1_0 pre token generation adding a claim, and the custom-auth trio. */
export function serveFunctions(log: any[] = []): TriggerFunctions {
  return {
    "pre-sign-up": async (event) => {
      log.push(event);
      if (event.request.userAttributes.email?.endsWith("@blocked.example")) throw new Error("Domain not allowed");
      event.response.autoConfirmUser = true;
      return event;
    },
    "pre-token": async (event) => {
      log.push(event);
      event.response.claimsOverrideDetails = { claimsToAddOrOverride: { tenant: "acme" } };
      return event;
    },
    ...customAuthFunctions(log),
  };
}

export default serveFunctions();
