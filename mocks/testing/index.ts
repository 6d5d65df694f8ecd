// `cognito-conformance/testing`: the helper for any runner with beforeAll/afterEach/afterAll hooks.
export { installCognitoMock, type CognitoMockForTests, type CognitoMockHelperOptions, type Hooks } from "./hooks.ts";
