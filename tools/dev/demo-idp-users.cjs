// The demo identity provider's people and its one client. The client id and
// secret match the demo connection the API seeds (apps/api/src/database/seeds/sso-seed.ts).
const DEMO_PASSWORD = 'commons-demo-2026';
const DEMO_IDP_CLIENT_ID = 'midlands-commons-demo';
const DEMO_IDP_CLIENT_SECRET = 'demo-client-secret-not-secret';

/** People at the NHSmail-like demo domain nhs.example (owned by Walsall Healthcare NHS Trust in the demo seeds). */
const DEMO_IDP_USERS = [
  { sub: 'demo-0001', email: 'priya.shah@nhs.example', name: 'Priya Shah', password: DEMO_PASSWORD, listed: true },
  { sub: 'demo-0002', email: 'tom.evans@nhs.example', name: 'Tom Evans', password: DEMO_PASSWORD, listed: true },
  { sub: 'demo-0003', email: 'grace.okafor@nhs.example', name: 'Grace Okafor', password: DEMO_PASSWORD, listed: true },
  // Not confirmed by the provider: organisation sign-in refuses it.
  { sub: 'demo-0009', email: 'unverified@nhs.example', name: 'Una Verified', password: DEMO_PASSWORD, email_verified: false, listed: false },
];

module.exports = { DEMO_PASSWORD, DEMO_IDP_CLIENT_ID, DEMO_IDP_CLIENT_SECRET, DEMO_IDP_USERS };
