// Every sign-in scenario (issue 9): password flows, SRP, challenges, tokens, the user lifecycle.
import type { Case } from "../../harness/case.ts";
import { signInChallengeCases } from "./sign-in-challenges.ts";
import { signInLifecycleCases } from "./sign-in-lifecycle.ts";
import { signInNotFoundCases, signInRefusalCases } from "./sign-in-not-found.ts";
import { signInPasswordCases } from "./sign-in-password.ts";
import { signInSrpCases } from "./sign-in-srp.ts";
import { signInTokenCases } from "./sign-in-tokens.ts";

export const signInCases: Case[] = [...signInPasswordCases, ...signInSrpCases, ...signInChallengeCases, ...signInTokenCases, ...signInLifecycleCases, ...signInNotFoundCases, ...signInRefusalCases];
