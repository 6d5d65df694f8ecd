// UpdateAuthEventFeedback (token, unsigned) and AdminUpdateAuthEventFeedback (signed) through the SDK v3 client.
import {
  AdminListUserAuthEventsCommand,
  AdminUpdateAuthEventFeedbackCommand,
  NotAuthorizedException,
  ResourceNotFoundException,
  UpdateAuthEventFeedbackCommand,
  UpdateUserPoolCommand,
  UserNotFoundException,
  UserPoolAddOnNotEnabledException,
  type UpdateAuthEventFeedbackCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { simulateSignIn } from "../risk/sign-in.ts";
import { failure, poolsHarness } from "./pools-harness.ts";
import { blockAndNotifyHighRisk, createPool, createUser } from "./risk-fixtures.ts";

const { client, mock, advance, nowSeconds } = poolsHarness(19);
const feedback = (input: UpdateAuthEventFeedbackCommandInput) => client.send(new UpdateAuthEventFeedbackCommand(input));
const eventsOf = (UserPoolId: string, Username: string) =>
  client.send(new AdminListUserAuthEventsCommand({ UserPoolId, Username })).then((r) => r.AuthEvents ?? []);

/** A blocked, notified sign-in: its mail carries the feedback links. */
async function notifiedSignIn() {
  const pool = await createPool(client);
  const user = await createUser(client, pool);
  await blockAndNotifyHighRisk(client, pool, { SourceArn: "arn:aws:ses:eu-west-1:111122223333:identity/example.com" });
  const result = simulateSignIn(mock.context(), { UserPoolId: pool, Username: user, IpAddress: "198.51.100.7", RiskLevel: "High" });
  return { pool, user, eventId: result.EventId!, token: result.FeedbackToken! };
}

/** The UpdateAuthEventFeedback request a click on the mail's link stands for. */
const clicked = (link: string) => Object.fromEntries(new URL(link).searchParams) as unknown as UpdateAuthEventFeedbackCommandInput;

describe("UpdateAuthEventFeedback", () => {
  test("a click on the mail's link records the user's feedback (Provider User, our choice)", async () => {
    const { pool, user, eventId } = await notifiedSignIn();
    advance(60_000);
    expect(await feedback(clicked(mock.state.outbox[0]!.feedbackLinks.invalid))).toEqual({ $metadata: expect.anything() });
    const [event] = await eventsOf(pool, user);
    expect(event?.EventId).toBe(eventId);
    expect(event?.EventFeedback).toEqual({ FeedbackValue: "Invalid", Provider: "User", FeedbackDate: new Date(nowSeconds() * 1000) });
  });

  test("needs no signature (DOC: the model's noAuth) and answers {}", async () => {
    const { pool, user, eventId, token } = await notifiedSignIn();
    const { response } = mock.handle({
      method: "POST",
      url: "https://cognito-idp.eu-west-1.amazonaws.com/",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.UpdateAuthEventFeedback" },
      body: JSON.stringify({ UserPoolId: pool, Username: user, EventId: eventId, FeedbackToken: token, FeedbackValue: "Valid" }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({});
    expect((await eventsOf(pool, user))[0]?.EventFeedback?.FeedbackValue).toBe("Valid");
  });

  test("another event's token is NotAuthorizedException and changes nothing (text UNKNOWN: ours)", async () => {
    const { pool, user, eventId } = await notifiedSignIn();
    const second = simulateSignIn(mock.context(), { UserPoolId: pool, Username: user, IpAddress: "198.51.100.7" });
    const error = await failure(feedback({ UserPoolId: pool, Username: user, EventId: eventId, FeedbackToken: second.FeedbackToken!, FeedbackValue: "Valid" }));
    expect(error).toBeInstanceOf(NotAuthorizedException);
    expect((await eventsOf(pool, user)).every((e) => e.EventFeedback === undefined)).toBe(true);
  });

  test("an unknown event is ResourceNotFoundException, an unknown user UserNotFoundException (INFERRED)", async () => {
    const { pool, user, token } = await notifiedSignIn();
    const unknownEvent = await failure(feedback({ UserPoolId: pool, Username: user, EventId: "no-such-event", FeedbackToken: token, FeedbackValue: "Valid" }));
    expect(unknownEvent).toBeInstanceOf(ResourceNotFoundException);
    const unknownUser = await failure(feedback({ UserPoolId: pool, Username: "bob", EventId: "no-such-event", FeedbackToken: token, FeedbackValue: "Valid" }));
    expect(unknownUser).toBeInstanceOf(UserNotFoundException);
    expect(unknownUser.message).toBe("User does not exist.");
  });

  test("an event of another user is not found for this one, even with its token", async () => {
    const { pool, eventId, token } = await notifiedSignIn();
    const bob = await createUser(client, pool, "bob");
    const error = await failure(feedback({ UserPoolId: pool, Username: bob, EventId: eventId, FeedbackToken: token, FeedbackValue: "Valid" }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  test("once threat protection is switched off, feedback is refused with UserPoolAddOnNotEnabledException (our choice)", async () => {
    const { pool, user, eventId, token } = await notifiedSignIn();
    await client.send(new UpdateUserPoolCommand({ UserPoolId: pool, UserPoolAddOns: { AdvancedSecurityMode: "OFF" } }));
    const error = await failure(feedback({ UserPoolId: pool, Username: user, EventId: eventId, FeedbackToken: token, FeedbackValue: "Valid" }));
    expect(error).toBeInstanceOf(UserPoolAddOnNotEnabledException);
    const adminError = await failure(client.send(new AdminUpdateAuthEventFeedbackCommand({ UserPoolId: pool, Username: user, EventId: eventId, FeedbackValue: "Valid" })));
    expect(adminError).toBeInstanceOf(UserPoolAddOnNotEnabledException);
  });
});

describe("AdminUpdateAuthEventFeedback", () => {
  test("records the administrator's feedback (Provider Admin, as the model describes) and replaces earlier feedback", async () => {
    const { pool, user, eventId, token } = await notifiedSignIn();
    await feedback({ UserPoolId: pool, Username: user, EventId: eventId, FeedbackToken: token, FeedbackValue: "Invalid" });
    advance(5_000);
    await client.send(new AdminUpdateAuthEventFeedbackCommand({ UserPoolId: pool, Username: user, EventId: eventId, FeedbackValue: "Valid" }));
    expect((await eventsOf(pool, user))[0]?.EventFeedback).toEqual({ FeedbackValue: "Valid", Provider: "Admin", FeedbackDate: new Date(nowSeconds() * 1000) });
  });

  test("an unknown event is ResourceNotFoundException; an unknown user UserNotFoundException", async () => {
    const { pool, user } = await notifiedSignIn();
    const send = (Username: string, EventId: string) =>
      failure(client.send(new AdminUpdateAuthEventFeedbackCommand({ UserPoolId: pool, Username, EventId, FeedbackValue: "Valid" })));
    expect(await send(user, "no-such-event")).toBeInstanceOf(ResourceNotFoundException);
    expect(await send("bob", "no-such-event")).toBeInstanceOf(UserNotFoundException);
  });
});
