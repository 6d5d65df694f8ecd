// createMockCore: the in-process mock without msw (mocks/index.ts adds the msw handlers). It imports the control
// API's synchronous parts, the simulated sign-in and UpdateAuthEventFeedback (control.feedback), so control.signIn
// answers at once (and faker, for the ids it draws); `serve` builds on mocks/mock-core.ts instead and loads them on
// its first /_mock/ request.
import { faker } from "@faker-js/faker/locale/base";
import { provideSignIn } from "./control/sign-in-loader.ts";
import { createCore, operations, type CognitoMockCore, type CognitoMockOptions } from "./mock-core.ts";
import { updateAuthEventFeedback } from "./operations/update-auth-event-feedback.ts";
import { simulateSignIn } from "./risk/sign-in.ts";
import { provideFaker } from "./seeded-faker.ts";

provideFaker(faker);
provideSignIn(simulateSignIn);
operations.provide("UpdateAuthEventFeedback", updateAuthEventFeedback);

export function createMockCore(options: CognitoMockOptions = {}): CognitoMockCore {
  return createCore(options);
}

export type { CognitoMockCore, CognitoMockOptions, From, MockAnswer } from "./mock-core.ts";
