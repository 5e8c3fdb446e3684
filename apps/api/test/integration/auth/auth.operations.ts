export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken user { id name email verified verificationMethod roles organisation { id name } } }
}`;

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken user { id name email roles } }
}`;

export const SIGN_OUT = `mutation { signOut }`;

export const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

export const ME = `{ me { id name email roles verified organisation { name } } }`;

export const SIGN_IN_DEVICE = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken deviceToken user { id email } }
}`;

export const REQUEST_PASSWORD_RESET = `mutation Request($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;

export const RESET_PASSWORD = `mutation Reset($input: ResetPasswordInput!) {
  resetPassword(input: $input) { accessToken user { id email } }
}`;

export const RESET_TOKEN_VALID = `query Valid($token: String!) { passwordResetTokenValid(token: $token) }`;

export const MY_SESSIONS = `{ mySessions { id current browser os network createdAt lastUsedAt } }`;

export const REVOKE_SESSION = `mutation Revoke($id: ID!) { revokeSession(id: $id) }`;

export const REVOKE_ALL_SESSIONS = `mutation RevokeAll($keepCurrent: Boolean) { revokeAllSessions(keepCurrent: $keepCurrent) }`;
