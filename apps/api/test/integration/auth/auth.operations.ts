export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken user { id name email verified verificationMethod roles organisation { id name } } }
}`;

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken user { id name email roles } }
}`;

export const SIGN_OUT = `mutation { signOut }`;

export const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

export const ME = `{ me { id name email roles verified organisation { name } } }`;
