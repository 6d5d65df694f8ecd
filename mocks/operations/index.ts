// Operation name -> implementation. Each lives in its own module: a function of (input, context).
import type { OperationContext } from "../context.ts";
import type { Implementations } from "../protocol/dispatch.ts";
import { adminCreateUser } from "./admin-create-user.ts";
import { adminDeleteUser } from "./admin-delete-user.ts";
import { adminListUserAuthEvents } from "./admin-list-user-auth-events.ts";
import { adminUpdateAuthEventFeedback } from "./admin-update-auth-event-feedback.ts";
import { createUserPool } from "./create-user-pool.ts";
import { createUserPoolClient } from "./create-user-pool-client.ts";
import { deleteUserPool } from "./delete-user-pool.ts";
import { deleteUserPoolClient } from "./delete-user-pool-client.ts";
import { describeRiskConfiguration } from "./describe-risk-configuration.ts";
import { describeUserPool } from "./describe-user-pool.ts";
import { listUserPools } from "./list-user-pools.ts";
import { pendingImplementation } from "./pending.ts";
import { setRiskConfiguration } from "./set-risk-configuration.ts";
import { updateAuthEventFeedback } from "./update-auth-event-feedback.ts";
import { updateUserPool } from "./update-user-pool.ts";

export const implementations: Implementations<OperationContext> = {
  SetRiskConfiguration: setRiskConfiguration,
  UpdateAuthEventFeedback: updateAuthEventFeedback,
  UpdateUserPool: updateUserPool,
  DescribeRiskConfiguration: describeRiskConfiguration,
  DescribeUserPool: describeUserPool,
  AdminListUserAuthEvents: adminListUserAuthEvents,
  AdminUpdateAuthEventFeedback: adminUpdateAuthEventFeedback,
  CreateUserPool: createUserPool,
  DeleteUserPool: deleteUserPool,
  CreateUserPoolClient: createUserPoolClient,
  DeleteUserPoolClient: deleteUserPoolClient,
  AdminCreateUser: adminCreateUser,
  ListUserPools: listUserPools,
  AdminDeleteUser: adminDeleteUser,
  // Sign-in (issue 9): pending until branch i9-engine lands the implementations.
  InitiateAuth: pendingImplementation,
  AdminInitiateAuth: pendingImplementation,
  RespondToAuthChallenge: pendingImplementation,
  AdminRespondToAuthChallenge: pendingImplementation,
  SignUp: pendingImplementation,
  ConfirmSignUp: pendingImplementation,
  AdminConfirmSignUp: pendingImplementation,
  ResendConfirmationCode: pendingImplementation,
  ForgotPassword: pendingImplementation,
  ConfirmForgotPassword: pendingImplementation,
  ChangePassword: pendingImplementation,
  AdminSetUserPassword: pendingImplementation,
  GetUser: pendingImplementation,
  AdminGetUser: pendingImplementation,
  AssociateSoftwareToken: pendingImplementation,
  VerifySoftwareToken: pendingImplementation,
  SetUserMFAPreference: pendingImplementation,
  AdminSetUserMFAPreference: pendingImplementation,
  SetUserPoolMfaConfig: pendingImplementation,
  GetUserPoolMfaConfig: pendingImplementation,
  GetTokensFromRefreshToken: pendingImplementation,
  GlobalSignOut: pendingImplementation,
  RevokeToken: pendingImplementation,
};
